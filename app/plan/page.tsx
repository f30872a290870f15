import type { Metadata } from "next";

import { ChartTable } from "@/components/charts/chart-table";
import { LazyPlanChart } from "@/components/plan/lazy-plan-chart";
import { PLAN_FIELD_LABELS } from "@/components/plan/plan-field-labels";
import { PlanForm } from "@/components/plan/plan-form";
import { PlanTable } from "@/components/plan/plan-table";
import { SavePlanForm } from "@/components/plan/save-plan-form";
import { GlossaryLink } from "@/components/ui/glossary-link";
import { Link } from "@/components/ui/link";
import { QueryErrors } from "@/components/ui/query-errors";
import { getCurrentUser } from "@/lib/auth/session";
import { listRankingOptions } from "@/lib/data/leaderboard/list-ranking-options";
import { getPlanForQuery, type CapacityPlan } from "@/lib/data/plans/get-plan-for-query";
import { getScenario } from "@/lib/data/scenarios/get-scenario";
import { listShareableTeams } from "@/lib/data/scenarios/list-shareable-teams";
import { AppError, ValidationError } from "@/lib/errors";
import { formatNumber, formatUsd } from "@/lib/format/numbers";
import { parseSearchParams } from "@/lib/http/page-helpers";
import { serializePlan } from "@/lib/serializers/plan";
import { errorsByField } from "@/lib/validation/field-errors";
import { planQuerySchema } from "@/lib/validation/plan";

export const metadata: Metadata = { title: "Capacity planner" };

export default async function PlanPage({ searchParams }: PageProps<"/plan">) {
  const raw = await searchParams;
  const { data: query, errors } = parseSearchParams(planQuerySchema, raw);
  const user = await getCurrentUser();
  const caller = user ? { id: user.id, role: user.role } : null;

  let plan: CapacityPlan | null = null;
  // The bare page is an empty form, not an error; any query (the form submitted, even without a model)
  // is planned, so what is missing is said at its field.
  if (Object.values(raw).some((v) => v !== undefined)) {
    try {
      plan = await getPlanForQuery({ query, user: caller });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      errors.push(...(error instanceof ValidationError ? error.errors : [{ path: "scenario", message: error.message }]));
    }
  }
  const { models } = await listRankingOptions();
  const body = plan ? serializePlan(plan) : null;
  const teams = caller ? await listShareableTeams({ user: caller }) : [];
  const current = plan?.scenario && caller ? await getScenario({ id: plan.scenario.id, user: caller, revision: plan.scenario.revision }) : null;
  const csvParams = new URLSearchParams(
    Object.entries(raw).flatMap(([k, v]) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v.map((x) => [k, x]) : [[k, v]])),
  );
  if (plan?.scenario && !query.scenario) csvParams.set("scenario", plan.scenario.id);
  csvParams.set("format", "csv");

  return (
    <div className="space-y-6">
      <h1>Capacity planner</h1>
      <p className="max-w-3xl text-sm">
        From a workload to a fleet: how many accelerators of each offering serve your demand at your interactivity target, what they cost per month and how many
        megawatts they draw, or, in power mode, how many tokens a day each delivers within your site&apos;s megawatts. Throughput, prices and power come from
        the same results and cost model as the <Link href="/leaderboard">leaderboard</Link>.
      </p>
      <QueryErrors
        errors={errors}
        heading={plan ? "These values were ignored:" : "Fix these to see a plan:"}
        tone="error"
        fields={{ labels: PLAN_FIELD_LABELS, idPrefix: "p-" }}
        testId="plan-errors"
      />
      {plan?.scenario ? (
        <p className="rounded border border-sky-200 bg-sky-50 p-3 text-sm dark:border-sky-800 dark:bg-sky-950" data-testid="plan-scenario-banner">
          Planned under scenario <Link href={`/scenarios/${plan.scenario.id}`}>{plan.scenario.name}</Link>, revision {plan.scenario.revision}
          {plan.overrides.length ? <> · overridden here: {plan.overrides.join(", ")}</> : null}
        </p>
      ) : null}
      <PlanForm
        query={query}
        plan={plan}
        errors={errorsByField(errors, Object.keys(PLAN_FIELD_LABELS))}
        raw={raw}
        models={models.map((m) => ({ value: m.slug, label: m.name }))}
      />
      {plan && body ? (
        <>
          <p className="text-sm" data-testid="plan-summary">
            {body.mode === "demand" ? (
              <>
                Demand {formatNumber(plan.tokensPerDay, 0)} {plan.params.tokenBasis} tokens/day, peak{" "}
                <GlossaryLink term="plan-peak-tokens-per-second">{formatNumber(plan.peakTokensPerSecond, 0)} tok/s</GlossaryLink>
              </>
            ) : (
              <>Power cap {plan.inputs.powerCapMw} MW</>
            )}
            {plan.inputs.powerCapMw !== undefined && body.mode === "demand" ? <> · power cap {plan.inputs.powerCapMw} MW</> : null}
            {plan.inputs.budgetUsdPerMonth !== undefined ? <> · budget {formatUsd(plan.inputs.budgetUsdPerMonth, 0)}/month</> : null} · utilization{" "}
            {plan.params.utilization} · prices as of {plan.asOf} · <a href={`/api/v1/plan?${csvParams}`}>Download CSV</a>
          </p>
          {body.plans.length === 0 ? (
            <p data-testid="plan-empty">No offering has a result for this model under these filters.</p>
          ) : (
            <>
              <PlanTable plans={body.plans} mode={body.mode} />
              <section aria-labelledby="plan-chart-title" className="space-y-2">
                <h2 id="plan-chart-title">
                  <GlossaryLink term="plan-monthly-cost">Monthly cost</GlossaryLink> against <GlossaryLink term="plan-megawatts">megawatts</GlossaryLink>
                </h2>
                <LazyPlanChart
                  points={body.plans
                    .filter((p) => p.megawatts !== null && p.acceleratorsNeeded > 0)
                    .map((p) => ({ label: p.offering.name, megawatts: p.megawatts!, monthlyCostUsd: p.monthlyCostUsd, ranked: p.rank !== null }))}
                />
                <ChartTable
                  caption="Monthly cost and megawatts per offering"
                  testId="plan-chart-table"
                  columns={["Offering", "MW", "$/month", "Ranked"]}
                  rows={body.plans.map((p) => [
                    p.offering.name,
                    p.megawatts === null ? "—" : formatNumber(p.megawatts, 3),
                    formatUsd(p.monthlyCostUsd, 0),
                    p.rank ?? "no",
                  ])}
                />
              </section>
            </>
          )}
          {body.unplannable.length ? (
            <p className="text-sm text-slate-600">Not planned (no power figure): {body.unplannable.map((u) => u.offering.name).join(", ")}</p>
          ) : null}
          {caller ? (
            <section aria-labelledby="save-plan-title" className="space-y-2">
              <h2 id="save-plan-title">Save this plan</h2>
              <SavePlanForm
                payload={JSON.stringify({ params: plan.params, plan: plan.inputs })}
                teams={teams.map((t) => ({ id: t.id, name: t.name }))}
                current={
                  current && current.revision === current.latestRevision
                    ? {
                        id: current.id,
                        name: current.name,
                        revision: current.revision,
                        share: current.team ? `team:${current.team.id}` : "private",
                        canEdit: current.canEdit,
                      }
                    : null
                }
              />
            </section>
          ) : (
            <p className="text-sm">
              <Link href="/signin?callbackUrl=/plan">Sign in</Link> to save a plan with your team.
            </p>
          )}
        </>
      ) : null}
    </div>
  );
}
