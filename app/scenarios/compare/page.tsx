import type { Metadata } from "next";

import { GlossaryLink } from "@/components/ui/glossary-link";
import { Link } from "@/components/ui/link";
import { QueryErrors } from "@/components/ui/query-errors";
import { Select } from "@/components/ui/select";
import { TableWrap } from "@/components/ui/table-wrap";
import { requirePageUser } from "@/lib/auth/page-guards";
import { MODEL_TYPES } from "@/lib/cost/model-type";
import { listModels } from "@/lib/data/catalog/list-models";
import { compareScenarios } from "@/lib/data/scenarios/compare-scenarios";
import { listScenarios } from "@/lib/data/scenarios/list-scenarios";
import { AppError, type FieldError } from "@/lib/errors";
import { formatNumber, formatUsd } from "@/lib/format/numbers";
import { parseSearchParams } from "@/lib/http/page-helpers";
import { scenarioCompareQuerySchema as querySchema } from "@/lib/validation/scenario-query";

export const metadata: Metadata = { title: "Compare scenarios" };

const MAX_ROWS = 200;

function RankChange({ change }: { change: number | null }) {
  if (change === null) return <>—</>;
  if (change === 0) return <span>=</span>;
  return change > 0 ? (
    <span className="text-emerald-700 dark:text-emerald-400">▲ {change}</span>
  ) : (
    <span className="text-red-700 dark:text-red-400">▼ {-change}</span>
  );
}

export default async function CompareScenariosPage({ searchParams }: PageProps<"/scenarios/compare">) {
  const user = await requirePageUser("/scenarios/compare");
  const caller = user;
  const { data: query, errors } = parseSearchParams(querySchema, await searchParams);
  const notes: FieldError[] = [...errors];
  const [scenarios, models] = await Promise.all([listScenarios({ user: caller }), listModels()]);

  let result: Awaited<ReturnType<typeof compareScenarios>> | null = null;
  if (query.a && query.b) {
    try {
      result = await compareScenarios({
        user: caller,
        a: { id: query.a, revision: query.ra },
        b: { id: query.b, revision: query.rb },
        model: query.model,
        modelType: query.modelType,
      });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      notes.push({ path: "scenario", message: error.message });
    }
  }
  const options = scenarios.map((s) => ({ value: s.id, label: `${s.name}${s.visibility === "team" && s.team ? ` (team ${s.team.name})` : ""}` }));
  const rows = result?.rows.slice(0, MAX_ROWS) ?? [];

  return (
    <div className="space-y-6">
      <p className="text-sm text-slate-500">
        <Link href="/scenarios">Scenarios</Link>
      </p>
      <h1>Compare two scenarios</h1>
      <p className="max-w-3xl text-slate-600 dark:text-slate-400">
        The same leaderboard ranked under scenario A and scenario B: each offering&apos;s place and cost under both.
      </p>
      <form method="get" className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 p-4 dark:border-slate-800" data-testid="compare-form">
        <Select name="a" label="Scenario A" value={query.a} options={options} allLabel="Choose…" />
        <Select name="b" label="Scenario B" value={query.b} options={options} allLabel="Choose…" />
        <Select
          name="modelType"
          label="Model type"
          value={query.modelType}
          options={MODEL_TYPES.map((t) => ({ value: t.slug, label: t.label }))}
          allLabel="As each scenario says"
        />
        <Select
          name="model"
          label="Model"
          value={query.model}
          options={models.map((m) => ({ value: m.slug, label: m.name }))}
          allLabel="As each scenario says"
        />
        <button type="submit" className="rounded bg-brand-600 px-4 py-1.5 text-sm font-medium text-white hover:bg-brand-700" data-testid="compare-submit">
          Compare
        </button>
      </form>
      <QueryErrors errors={notes} />
      {result ? (
        <section aria-labelledby="comparison-title" className="space-y-3">
          <h2 id="comparison-title">
            <Link href={`/scenarios/${result.a.id}`}>{result.a.name}</Link> (revision {result.a.revision}) vs{" "}
            <Link href={`/scenarios/${result.b.id}`}>{result.b.name}</Link> (revision {result.b.revision})
          </h2>
          <p className="text-sm text-slate-600 dark:text-slate-400" data-testid="compare-summary">
            {result.a.totalRows} rows ranked under A, {result.b.totalRows} under B. Rank change is places gained under B; cost change is B − A.
          </p>
          {!result.sameTokenBasis ? (
            <p className="rounded border border-amber-300 bg-amber-50 p-3 text-sm dark:border-amber-700 dark:bg-amber-950" data-testid="token-basis-warning">
              A ranks on {result.a.params.tokenBasis} tokens and B on {result.b.params.tokenBasis} tokens: costs on different{" "}
              <GlossaryLink term="token-basis">token bases</GlossaryLink> are not comparable, so no cost change is shown.
            </p>
          ) : null}
          <TableWrap label="Scenario comparison">
            <table data-testid="scenario-compare-table">
              <caption className="sr-only">Rank and cost of every offering under both scenarios</caption>
              <thead>
                <tr>
                  <th scope="col">Offering</th>
                  <th scope="col">Model</th>
                  <th scope="col">Rank A</th>
                  <th scope="col">Rank B</th>
                  <th scope="col">Rank change</th>
                  <th scope="col">
                    <GlossaryLink term="usd-per-million-tokens">$/M tokens A</GlossaryLink>
                  </th>
                  <th scope="col">
                    <GlossaryLink term="usd-per-million-tokens">$/M tokens B</GlossaryLink>
                  </th>
                  <th scope="col">Cost change</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.key} data-row-key={r.key}>
                    <td>
                      <Link href={`/offerings/${r.offeringSlug}`}>{r.offeringName}</Link>
                    </td>
                    <td>{r.modelName}</td>
                    <td>{r.rankA ?? "not ranked"}</td>
                    <td>{r.rankB ?? "not ranked"}</td>
                    <td data-testid="rank-change">
                      <RankChange change={r.rankChange} />
                    </td>
                    <td>{formatUsd(r.usdPerMillionTokensA, 3)}</td>
                    <td>{formatUsd(r.usdPerMillionTokensB, 3)}</td>
                    <td data-testid="cost-change">
                      {r.usdPerMillionTokensChange === null
                        ? "—"
                        : Math.abs(r.usdPerMillionTokensChange) < 1e-12
                          ? "no change"
                          : `${r.usdPerMillionTokensChange >= 0 ? "+" : "−"}${formatUsd(Math.abs(r.usdPerMillionTokensChange), 3)}${r.relativeCostChange === null ? "" : ` (${r.relativeCostChange >= 0 ? "+" : "−"}${formatNumber(Math.abs(r.relativeCostChange) * 100, 1)} %)`}`}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
          {result.rows.length > MAX_ROWS ? (
            <p className="text-sm text-slate-500">
              First {MAX_ROWS} of {result.rows.length} rows shown; narrow by model type or model.
            </p>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
