import type { ReactNode } from "react";

import { ChartTable } from "@/components/charts/chart-table";
import { CostBarChart } from "@/components/charts/cost-bar-chart";
import { ParetoChart } from "@/components/charts/pareto-chart";
import { Link } from "@/components/ui/link";
import { QueryErrors } from "@/components/ui/query-errors";
import { getCurrentUser } from "@/lib/auth/session";
import { modelTypeBySlug } from "@/lib/cost/model-type";
import { getParetoSeries } from "@/lib/data/leaderboard/get-pareto-series";
import { getLeaderboardForQuery } from "@/lib/data/leaderboard/leaderboard-for-query";
import { listRankingOptions } from "@/lib/data/leaderboard/list-ranking-options";
import { AppError, ValidationError } from "@/lib/errors";
import { formatNumber, formatUsd } from "@/lib/format/numbers";
import { parseSearchParams } from "@/lib/http/page-helpers";
import { serializeLeaderboard, toTableRow } from "@/lib/serializers/leaderboard";
import { leaderboardQuerySchema } from "@/lib/validation/leaderboard-query";
import type { ScenarioParams } from "@/lib/validation/scenario-params";

import { AssumptionsSummary } from "./assumptions-summary";
import { LeaderboardFilters } from "./leaderboard-filters";
import { LeaderboardTable } from "./leaderboard-table";
import { SaveScenarioButton } from "./save-scenario-button";

export type RawSearchParams = Record<string, string | string[] | undefined>;

// Rows rendered by default, the ten the chart above the table shows; "show more" raises the limit
// through the URL. Every row is about 30 elements the server renders and the phone hydrates: at 25 rows
// the table was two thirds of the page (filtered view at 100k submissions: 122 KB, 50 req/s on one
// core; at 10 rows 82 KB, 70 req/s; npm run bench:pages).
const PAGE_ROWS = 10;
const MORE_ROWS = 50;

// What the ranking holds once a default scenario is applied, which the URL alone does not say: its
// models, else its model type, else every model.
function rankedSubject(params: ScenarioParams, allModels: { slug: string; name: string }[]): { title: string; typeLabel?: string } {
  const typeLabel = params.modelType ? modelTypeBySlug(params.modelType)?.label : undefined;
  const names = (params.models ?? []).map((slug) => allModels.find((m) => m.slug === slug)?.name);
  if (names.length && names.every(Boolean)) return { title: names.join(", "), typeLabel };
  return { title: typeLabel ?? "all models", typeLabel };
}

export async function LeaderboardView({
  searchParams,
  modelType,
  action,
  anonymous = false,
  breadcrumb,
  intro,
}: {
  searchParams: RawSearchParams;
  modelType?: string;
  action: string;
  /** The cached view for visitors without a session: reads no cookie, so it can be shared. */
  anonymous?: boolean;
  /** Shown above the page's heading, which this view renders since only the ranking knows its subject. */
  breadcrumb?: ReactNode;
  /** Shown below the heading. */
  intro?: ReactNode;
}) {
  const { data: query, errors } = parseSearchParams(leaderboardQuerySchema, searchParams);
  // Signed-in users rank under their default scenario unless the URL names one (or scenario=none).
  const user = anonymous ? null : await getCurrentUser();
  const caller = user;

  let result: Awaited<ReturnType<typeof getLeaderboardForQuery>>;
  try {
    result = await getLeaderboardForQuery({ query, user: caller, modelTypeOverride: modelType, defaultLimit: PAGE_ROWS });
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    // A bad value or an unreadable scenario is reported beside the default ranking, never a crash.
    errors.push(...(error instanceof ValidationError ? error.errors : [{ path: "scenario", message: error.message }]));
    // Still one page of rows: a refused query string must not cost more to render than a valid one.
    result = await getLeaderboardForQuery({ query: leaderboardQuerySchema.parse({}), user: null, modelTypeOverride: modelType, defaultLimit: PAGE_ROWS });
  }
  const { board, scenario, overrides } = result;
  const body = serializeLeaderboard(board, scenario, overrides);
  const { models: allModels, vendors } = await listRankingOptions();
  const models = modelType ? (await listRankingOptions({ modelType })).models : allModels;
  const subject = rankedSubject(board.params, allModels);
  const singleModel = board.params.models?.length === 1 ? board.params.models[0] : undefined;
  const pareto = singleModel ? await getParetoSeries({ modelSlug: singleModel, params: board.params }) : [];
  const top = body.rows.slice(0, 10);
  const csvParams = new URLSearchParams(
    Object.entries(searchParams).flatMap(([k, v]) => (v === undefined ? [] : Array.isArray(v) ? v.map((x) => [k, x]) : [[k, v]])),
  );
  if (modelType) csvParams.set("modelType", modelType);
  csvParams.set("format", "csv");
  // The API never applies a default scenario by itself: name it so the export matches this view.
  if (scenario && !query.scenario) csvParams.set("scenario", scenario.id);
  const moreParams = new URLSearchParams(csvParams);
  moreParams.delete("format");
  if (modelType) moreParams.delete("modelType");
  moreParams.set("limit", String(Math.min(1000, body.rows.length + MORE_ROWS)));

  return (
    <>
      {breadcrumb}
      <h1>Cost per million tokens: {subject.title}</h1>
      {intro}
      <div className="space-y-6">
        <QueryErrors errors={errors} />
        {scenario ? (
          <p className="rounded border border-sky-200 bg-sky-50 p-3 text-sm dark:border-sky-800 dark:bg-sky-950" data-testid="scenario-banner">
            Ranked under scenario <Link href={`/scenarios/${scenario.id}`}>{scenario.name}</Link>, revision {scenario.revision}
            {overrides.length ? <> · overridden here: {overrides.join(", ")}</> : null}
            {!query.scenario ? (
              <>
                {" "}
                (your default · <a href="?scenario=none">rank without it</a>)
              </>
            ) : null}
          </p>
        ) : null}
        <AssumptionsSummary params={board.params} asOf={board.asOf} />
        <div className="grid grid-cols-[minmax(0,1fr)] gap-6 lg:grid-cols-[17rem_minmax(0,1fr)]">
          {/* Results first on phones, filters in a sidebar on wide screens. Below the sidebar's breakpoint the
            form waits behind the "Filters" link (app/globals.css), except when the query has errors to show. */}
          <aside
            id="filters"
            aria-label="Filters and assumptions"
            className="filters-on-request render-when-visible order-2 lg:order-1"
            data-open={errors.length ? "" : undefined}
          >
            <LeaderboardFilters
              action={action}
              query={query}
              params={board.params}
              models={models.map((m) => ({ value: m.slug, label: m.name }))}
              vendors={vendors.map((v) => ({ value: v.slug, label: v.name }))}
              fixedModelType={modelType}
              allModelsLabel={!modelType && subject.typeLabel ? `All ${subject.typeLabel} models` : undefined}
            />
          </aside>
          <div className="order-1 min-w-0 space-y-6 lg:order-2">
            <div className="flex flex-wrap items-center justify-between gap-3">
              <p className="text-sm text-slate-600 dark:text-slate-400" data-testid="row-count">
                {board.totalRows} offering × model rows{board.totalRows > body.rows.length ? `, top ${body.rows.length} shown` : ""}
              </p>
              <div className="flex gap-4 text-sm">
                {board.totalRows > body.rows.length ? (
                  <a href={`?${moreParams}`} data-testid="show-more">
                    Show {Math.min(board.totalRows, body.rows.length + MORE_ROWS) - body.rows.length} more
                  </a>
                ) : null}
                <a href={`/api/v1/leaderboard?${csvParams}`} data-testid="csv-export">
                  Export CSV
                </a>
                <SaveScenarioButton searchParams={searchParams} modelType={modelType} />
                <a href="#filters" className="lg:hidden">
                  Filters
                </a>
              </div>
            </div>
            {body.rows.length === 0 ? (
              <p data-testid="empty-leaderboard" className="rounded border border-slate-200 p-4 dark:border-slate-800">
                No offering has an approved result that meets these filters. Loosen the interactivity target or TTFT limit, or allow more precisions.
              </p>
            ) : (
              <>
                <section aria-labelledby="cost-chart-title" className="space-y-2">
                  <h2 id="cost-chart-title">Cheapest {top.length}</h2>
                  <CostBarChart
                    bars={top.map((r) => ({
                      label: singleModel ? r.offering.name : `${r.offering.name} · ${r.model.name}`,
                      usdPerMillionTokens: r.usdPerMillionTokens,
                    }))}
                    tokenBasis={board.params.tokenBasis}
                  />
                  <ChartTable
                    testId="cost-chart-table"
                    caption="Cost chart data"
                    columns={["Offering", "Model", `$/M ${board.params.tokenBasis} tokens`]}
                    rows={top.map((r) => [r.offering.name, r.model.name, formatUsd(r.usdPerMillionTokens, 3)])}
                  />
                </section>
                <section aria-labelledby="ranking-title" className="render-when-visible space-y-2">
                  <h2 id="ranking-title">Ranking</h2>
                  <LeaderboardTable rows={body.rows.map(toTableRow)} tokenBasis={board.params.tokenBasis} />
                </section>
              </>
            )}
            {singleModel && pareto.length ? (
              <section aria-labelledby="pareto-title" className="render-when-visible space-y-2">
                <h2 id="pareto-title">Throughput vs interactivity</h2>
                <p className="text-sm text-slate-600 dark:text-slate-400">
                  Pareto frontier of each configuration (accelerator, precision, engine, source) for this model, from the same filtered results as the ranking:
                  the point at your interactivity target is the throughput the ranking costs (see <Link href="/glossary#pareto-frontier">Pareto frontier</Link>
                  ).
                </p>
                <ParetoChart series={pareto} target={board.params.interactivityTarget} />
                <ChartTable
                  testId="pareto-chart-table"
                  caption="Pareto chart data"
                  columns={["Series", "tok/s per user", "tok/s per accelerator"]}
                  rows={pareto.flatMap((s) => [
                    ...s.points.map((p) => [s.label, formatNumber(p.interactivity, 1), formatNumber(p.throughputPerAccelerator, 1)]),
                    ...(board.params.interactivityTarget && s.atTarget
                      ? [[`${s.label} at target`, formatNumber(s.atTarget.interactivity, 1), formatNumber(s.atTarget.throughputPerAccelerator, 1)]]
                      : []),
                  ])}
                />
              </section>
            ) : null}
          </div>
        </div>
      </div>
    </>
  );
}
