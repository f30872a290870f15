import "server-only";
import { paretoFrontier } from "@/lib/cost/pareto";
import { tokensPerSecondPerAccelerator } from "@/lib/cost/throughput";
import type { ScenarioParams } from "@/lib/validation/scenario-params";
import { getRankingSnapshot, type RankingSnapshot } from "./ranking-snapshot";

export type ParetoSeries = {
  key: string;
  label: string;
  points: { id: string; interactivity: number; throughputPerAccelerator: number }[];
};

// Frontier of each (accelerator × precision) of one model, for the throughput-vs-interactivity chart.
const memo = new WeakMap<RankingSnapshot, Map<string, ParetoSeries[]>>();

export async function getParetoSeries({ modelSlug, params }: { modelSlug: string; params: ScenarioParams }): Promise<ParetoSeries[]> {
  const snapshot = await getRankingSnapshot();
  const key = JSON.stringify([modelSlug, params.precisions ?? null, params.tokenBasis]);
  let cache = memo.get(snapshot);
  if (!cache) memo.set(snapshot, (cache = new Map()));
  const hit = cache.get(key);
  if (hit) return hit;
  const series = computeParetoSeries(snapshot, modelSlug, params);
  if (cache.size >= 200) cache.delete(cache.keys().next().value!);
  cache.set(key, series);
  return series;
}

function computeParetoSeries(snapshot: RankingSnapshot, modelSlug: string, params: ScenarioParams): ParetoSeries[] {
  const model = snapshot.modelsBySlug.get(modelSlug);
  if (!model) return [];
  const groups = new Map<string, { id: string; interactivity: number; throughputPerAccelerator: number }[]>();
  for (const p of snapshot.pointsByModel.get(model.id) ?? []) {
    if (!p.interactivityTokensPerSecondPerUser) continue;
    if (params.precisions?.length && !params.precisions.includes(p.precision as never)) continue;
    const throughput = tokensPerSecondPerAccelerator({ ...p, tokenBasis: params.tokenBasis });
    if (!throughput) continue;
    const key = `${p.acceleratorId}|${p.precision}`;
    const list = groups.get(key) ?? [];
    list.push({ id: p.id, interactivity: p.interactivityTokensPerSecondPerUser, throughputPerAccelerator: throughput });
    groups.set(key, list);
  }
  const series: ParetoSeries[] = [];
  for (const [key, points] of groups) {
    const [acceleratorId, precision] = key.split("|");
    const frontier = paretoFrontier(points);
    if (frontier.length === 0) continue;
    series.push({ key, label: `${snapshot.accelerators.get(acceleratorId)?.name ?? "?"} ${precision}`, points: frontier });
  }
  return series.sort((a, b) => a.label.localeCompare(b.label)).slice(0, 12);
}
