import "server-only";

import type { ScenarioParams } from "@/lib/validation/scenario-params";

import { configurationFrontiers, type ConfigurationFrontier } from "./configuration-points";
import { getRankingSnapshot, type RankingSnapshot } from "./ranking-snapshot";

export type ParetoSeries = {
  /** The configuration key: a ranked row's meta.configurationKey names the series it was read from. */
  key: string;
  label: string;
  acceleratorSlug: string;
  points: { id: string; interactivity: number; throughputPerAccelerator: number }[];
  /** The point the ranking uses under these filters (read at the interactivity target), if any. */
  atTarget: { interactivity: number | null; throughputPerAccelerator: number; interpolated: boolean } | null;
};

export const MAX_SERIES = 12;

// The throughput-vs-interactivity chart, built from the very frontiers the ranking reads (same point
// filters: precision, features, TTFT, evidence, workload; one series per configuration, so engines,
// rounds and workloads are never mixed in one line).
export async function getParetoSeries({
  modelSlug,
  params,
  acceleratorSlug,
}: {
  modelSlug: string;
  params: ScenarioParams;
  acceleratorSlug?: string;
}): Promise<ParetoSeries[]> {
  const snapshot = await getRankingSnapshot();
  return computeParetoSeries(snapshot, modelSlug, params, acceleratorSlug);
}

function label(snapshot: RankingSnapshot, c: ConfigurationFrontier): string {
  const parts = [snapshot.accelerators.get(c.acceleratorId)?.name ?? "?", c.precision, c.engine];
  if (c.sample.source) parts.push(`(${c.sample.source})`);
  return parts.join(" ");
}

function computeParetoSeries(snapshot: RankingSnapshot, modelSlug: string, params: ScenarioParams, acceleratorSlug?: string): ParetoSeries[] {
  const model = snapshot.modelsBySlug.get(modelSlug);
  if (!model) return [];
  const series: ParetoSeries[] = [];
  for (const c of configurationFrontiers(snapshot, model.id, params)) {
    const accelerator = snapshot.accelerators.get(c.acceleratorId);
    if (!accelerator || (acceleratorSlug && accelerator.slug !== acceleratorSlug)) continue;
    const points = c.frontier();
    if (points.length === 0) continue;
    series.push({
      key: c.key,
      label: label(snapshot, c),
      acceleratorSlug: accelerator.slug,
      points,
      atTarget: c.choice
        ? {
            interactivity: c.choice.interactivity ?? null,
            throughputPerAccelerator: c.choice.tokensPerSecondPerAccelerator,
            interpolated: c.choice.interpolated,
          }
        : null,
    });
  }
  // The fastest configurations at the target first, so the chart keeps the ones the ranking can pick.
  const speed = (s: ParetoSeries) => s.atTarget?.throughputPerAccelerator ?? -1;
  return series
    .sort((a, b) => speed(b) - speed(a) || a.label.localeCompare(b.label))
    .slice(0, MAX_SERIES)
    .sort((a, b) => a.label.localeCompare(b.label));
}
