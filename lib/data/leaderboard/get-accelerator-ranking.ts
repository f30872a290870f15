import "server-only";

import { modelTypeBySlug } from "@/lib/cost/model-type";
import { priceInEffect } from "@/lib/cost/offering-cost";
import { endOfDayUtc } from "@/lib/format/dates";
import { DEFAULT_SCENARIO_PARAMS } from "@/lib/validation/scenario-params";

import { getLeaderboard, type LeaderboardRow } from "./get-leaderboard";
import { getParetoSeries, type ParetoSeries } from "./get-pareto-series";
import { getRankingSnapshot } from "./ranking-snapshot";

export type AcceleratorModelSummary = {
  model: { slug: string; name: string; typeLabel: string };
  resultCount: number;
  /** Cheapest row of each offering kind on this accelerator, under the default assumptions. */
  cheapest: { cloud: LeaderboardRow | null; onprem: LeaderboardRow | null; estimate: LeaderboardRow | null };
  /** Best tokens/s per MW of facility power among the model's rows (power figures are per result, not per price). */
  tokensPerSecondPerMegawatt: number | null;
  /** Why the model has results here but no ranked row. */
  notRankedReason: string | null;
};

export type AcceleratorRanking = {
  asOf: string;
  models: AcceleratorModelSummary[];
  /** Set when the accelerator has results but no ranked row at all: what a buyer needs to know. */
  notRankedReason: string | null;
  chart: { model: { slug: string; name: string }; series: ParetoSeries[] } | null;
};

// What a buyer asks first about one accelerator: per model, the cheapest $/M tokens of each kind of
// offering, tokens/s per MW, and the throughput-vs-interactivity trade-off — all read from the same
// ranking as the leaderboard (default assumptions), so the numbers agree with it.
export async function getAcceleratorRanking({ slug, chartModel }: { slug: string; chartModel?: string }): Promise<AcceleratorRanking> {
  const snapshot = await getRankingSnapshot();
  const accelerator = [...snapshot.accelerators.values()].find((a) => a.slug === slug);
  const asOf = new Date().toISOString().slice(0, 10);
  if (!accelerator) return { asOf, models: [], notRankedReason: null, chart: null };

  const resultCounts = new Map<string, number>();
  for (const p of snapshot.points) {
    if (p.acceleratorId === accelerator.id) resultCounts.set(p.modelId, (resultCounts.get(p.modelId) ?? 0) + 1);
  }
  const board = await getLeaderboard({ params: DEFAULT_SCENARIO_PARAMS, asOf });
  const rows = board.rows.filter((r) => r.acceleratorSlug === slug);
  const offerings = snapshot.offeringsByAccelerator.get(accelerator.id) ?? [];
  const priced = offerings.filter((o) => priceInEffect(o.prices, endOfDayUtc(asOf).getTime()));
  const offeringSlugs = new Set(offerings.map((o) => o.slug));
  const excluded = board.excluded.filter((e) => offeringSlugs.has(e.offeringSlug));

  const reasonFor = (modelSlug: string): string => {
    if (offerings.length === 0) return "No offering in the catalog rents or sells this accelerator, so there is no sourced price to cost its results with.";
    if (priced.length === 0) return "Its offerings have no sourced price in effect today.";
    const why = excluded.find((e) => e.modelSlug === modelSlug);
    if (why) return `Its results cannot be costed: ${why.reason}.`;
    return "None of its results for this model has a throughput on the output-token basis under the default filters.";
  };

  const models: AcceleratorModelSummary[] = [];
  for (const [modelId, resultCount] of resultCounts) {
    const model = snapshot.models.get(modelId);
    if (!model) continue;
    const own = rows.filter((r) => r.modelSlug === model.slug);
    const first = (kind: string) => own.find((r) => r.offeringKind === kind) ?? null;
    const perMw = own.map((r) => r.tokensPerSecondPerMegawatt).filter((v): v is number => v != null);
    models.push({
      model: { slug: model.slug, name: model.name, typeLabel: modelTypeBySlug(model.modelType)?.label ?? model.modelType },
      resultCount,
      cheapest: { cloud: first("cloud"), onprem: first("onprem"), estimate: first("estimate") },
      tokensPerSecondPerMegawatt: perMw.length ? Math.max(...perMw) : null,
      notRankedReason: own.length ? null : reasonFor(model.slug),
    });
  }
  // Ranked models first, cheapest first; then the rest by result count.
  const best = (m: AcceleratorModelSummary) =>
    Math.min(...[m.cheapest.cloud, m.cheapest.onprem, m.cheapest.estimate].map((r) => r?.usdPerMillionTokens ?? Number.POSITIVE_INFINITY));
  models.sort((a, b) => best(a) - best(b) || b.resultCount - a.resultCount || a.model.name.localeCompare(b.model.name));

  const anyRanked = models.some((m) => !m.notRankedReason);
  const notRankedReason =
    models.length > 0 && !anyRanked
      ? offerings.length === 0 || priced.length === 0
        ? reasonFor("")
        : "None of its results can be costed under the default assumptions."
      : null;

  const chosen = (chartModel && models.find((m) => m.model.slug === chartModel)) || [...models].sort((a, b) => b.resultCount - a.resultCount)[0];
  let chart: AcceleratorRanking["chart"] = null;
  if (chosen) {
    const series = await getParetoSeries({ modelSlug: chosen.model.slug, params: DEFAULT_SCENARIO_PARAMS, acceleratorSlug: slug });
    chart = { model: { slug: chosen.model.slug, name: chosen.model.name }, series };
  }
  return { asOf, models, notRankedReason, chart };
}
