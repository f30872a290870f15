import "server-only";

import { paretoFrontier, throughputAtInteractivity, type ParetoPoint } from "@/lib/cost/pareto";
import type { RankPoint } from "@/lib/cost/rank";
import { paidAcceleratorCount, tokensPerSecondPerAccelerator } from "@/lib/cost/throughput";
import type { ScenarioParams } from "@/lib/validation/scenario-params";

import type { RankingSnapshot, SnapshotPoint } from "./ranking-snapshot";

// One configuration = (model, accelerator, precision, engine, feature set, source and round, length
// class): the unit a Pareto frontier is built over, so one frontier never mixes engines, rounds or
// workloads. Its chosen point is what every offering of that accelerator is costed on.
export type ConfigurationChoice = {
  modelId: string;
  acceleratorId: string;
  precision: string;
  engine: string;
  /** Identifies the configuration; the throughput-vs-interactivity chart uses it as its series key. */
  key: string;
  /** The (first) measured result behind the chosen point: evidence, source, workload of the row. */
  sample: SnapshotPoint;
  point: RankPoint;
};

/** A configuration's frontier (points with a per-user speed) and the point the ranking chose from it. */
export type ConfigurationFrontier = {
  key: string;
  modelId: string;
  acceleratorId: string;
  precision: string;
  engine: string;
  sample: SnapshotPoint;
  /** Computed on first use: only the chart needs it, and the leaderboard's hot path should not pay for it. */
  frontier: () => { id: string; interactivity: number; throughputPerAccelerator: number }[];
  choice: RankPoint | null;
};

type PointFilterParams = Pick<
  ScenarioParams,
  | "precisions"
  | "allowSpeculativeDecoding"
  | "allowDisaggregated"
  | "allowKvCacheOffload"
  | "interactivityTarget"
  | "ttftMsLimit"
  | "tokenBasis"
  | "inputTokens"
  | "outputTokens"
  | "evidence"
  | "workloadClass"
  | "servingRegime"
>;

// Workload lengths "of interest" match results within this factor (a 1k/1k run stands for 800–1.25k).
const LENGTH_TOLERANCE = 1.25;

function withinLength(actual: number | null, wanted: number | undefined): boolean {
  if (wanted === undefined) return true;
  if (actual == null) return false;
  return actual <= wanted * LENGTH_TOLERANCE && actual >= wanted / LENGTH_TOLERANCE;
}

// MLPerf Server/Interactive results carry no measured TTFT but passed the benchmark's p99 bound,
// which is then an upper bound of their TTFT.
function ttftP99Bound(p: SnapshotPoint): number | null {
  return p.ttftMsP99 ?? p.ttftLimitMsP99;
}

function keepPoint(p: SnapshotPoint, f: PointFilterParams): boolean {
  if (f.precisions && f.precisions.length > 0 && !f.precisions.includes(p.precision as never)) return false;
  if (!f.allowSpeculativeDecoding && p.speculativeDecoding) return false;
  if (!f.allowDisaggregated && p.disaggregated) return false;
  if (!f.allowKvCacheOffload && p.kvCacheOffload) return false;
  if (f.ttftMsLimit !== undefined) {
    const bound = ttftP99Bound(p);
    if (bound == null || bound > f.ttftMsLimit) return false;
  }
  if (f.evidence && f.evidence.length > 0 && !f.evidence.includes(p.evidence)) return false;
  if (f.workloadClass && p.workloadClass !== f.workloadClass) return false;
  if (f.servingRegime && p.servingRegime !== f.servingRegime) return false;
  return withinLength(p.inputTokens, f.inputTokens) && withinLength(p.outputTokens, f.outputTokens);
}

function configurationKey(p: SnapshotPoint): string {
  return [
    p.acceleratorId,
    p.precision,
    p.engine,
    p.speculativeDecoding,
    p.disaggregated,
    p.kvCacheOffload,
    p.evidence,
    p.source ?? "",
    p.workloadClass ?? "",
  ].join("|");
}

type CandidatePoint = ParetoPoint & { source: SnapshotPoint };

function toCandidate(p: SnapshotPoint, f: PointFilterParams): CandidatePoint | null {
  const throughput = tokensPerSecondPerAccelerator({
    outputTokensPerSecond: p.outputTokensPerSecond,
    inputTokensPerSecond: p.inputTokensPerSecond,
    acceleratorCount: p.acceleratorCount,
    prefillAcceleratorCount: p.prefillAcceleratorCount,
    decodeAcceleratorCount: p.decodeAcceleratorCount,
    tokenBasis: f.tokenBasis,
  });
  if (throughput == null || !(throughput > 0)) return null;
  return {
    id: p.id,
    interactivity: p.interactivityTokensPerSecondPerUser ?? 0,
    throughputPerAccelerator: throughput,
    ttftMsP99: ttftP99Bound(p),
    wattsPerAccelerator: p.averagePowerWatts ? p.averagePowerWatts / paidAcceleratorCount({ ...p, tokenBasis: f.tokenBasis }) : null,
    source: p,
  };
}

function chooseForConfiguration(candidates: CandidatePoint[], f: PointFilterParams): RankPoint | null {
  if (f.interactivityTarget === undefined) {
    // No latency target: the configuration's best measured throughput.
    let best = candidates[0];
    for (const c of candidates) {
      if (c.throughputPerAccelerator > best.throughputPerAccelerator || (c.throughputPerAccelerator === best.throughputPerAccelerator && c.id < best.id))
        best = c;
    }
    return {
      tokenBasis: f.tokenBasis,
      tokensPerSecondPerAccelerator: best.throughputPerAccelerator,
      interactivity: best.source.interactivityTokensPerSecondPerUser,
      interpolated: false,
      sourceIds: [best.id],
      measuredWattsPerAccelerator: best.wattsPerAccelerator,
    };
  }
  const frontier = paretoFrontier(candidates.filter((c) => c.interactivity > 0));
  const read = throughputAtInteractivity(frontier, f.interactivityTarget);
  if (!read) return null;
  return {
    tokenBasis: f.tokenBasis,
    tokensPerSecondPerAccelerator: read.throughputPerAccelerator,
    interactivity: read.interactivity,
    interpolated: read.interpolated,
    sourceIds: read.sourceIds,
    measuredWattsPerAccelerator: read.wattsPerAccelerator,
  };
}

function groupCandidates(points: SnapshotPoint[], f: PointFilterParams): Map<string, CandidatePoint[]> {
  const groups = new Map<string, CandidatePoint[]>();
  for (const p of points) {
    if (!keepPoint(p, f)) continue;
    const candidate = toCandidate(p, f);
    if (!candidate) continue;
    const key = configurationKey(p);
    const list = groups.get(key);
    if (list) list.push(candidate);
    else groups.set(key, [candidate]);
  }
  return groups;
}

function once<T>(compute: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= compute());
}

// Memoized frontiers keep only their points, not the candidates built from them (an object per
// result per filter set held for the snapshot's lifetime); the chart rebuilds them when it asks.
function lazyFrontier(points: SnapshotPoint[], f: PointFilterParams): ConfigurationFrontier["frontier"] {
  return once(() =>
    paretoFrontier(
      points.flatMap((p) => {
        const c = toCandidate(p, f);
        return c && c.interactivity > 0 ? [c] : [];
      }),
    ).map((c) => ({ id: c.id, interactivity: c.interactivity, throughputPerAccelerator: c.throughputPerAccelerator })),
  );
}

function computeFrontiers(points: SnapshotPoint[], f: PointFilterParams): ConfigurationFrontier[] {
  const frontiers: ConfigurationFrontier[] = [];
  for (const [key, candidates] of groupCandidates(points, f)) {
    const choice = chooseForConfiguration(candidates, f);
    const sample = (choice && candidates.find((c) => c.id === choice.sourceIds[0])?.source) ?? candidates[0].source;
    frontiers.push({
      key,
      modelId: sample.modelId,
      acceleratorId: sample.acceleratorId,
      precision: sample.precision,
      engine: sample.engine,
      sample,
      frontier: lazyFrontier(
        candidates.map((c) => c.source),
        f,
      ),
      choice,
    });
  }
  return frontiers;
}

function computeChoices(frontiers: ConfigurationFrontier[]): ConfigurationChoice[] {
  const choices: ConfigurationChoice[] = [];
  for (const c of frontiers) {
    if (!c.choice) continue;
    choices.push({
      modelId: c.modelId,
      acceleratorId: c.acceleratorId,
      precision: c.precision,
      engine: c.engine,
      key: c.key,
      sample: c.sample,
      point: c.choice,
    });
  }
  return keepCostCandidates(choices);
}

// Only configurations that can be the cheapest for some offering reach the costing step. Without
// measured power an accelerator-hour costs the same whatever the configuration, so the one with the
// highest throughput per accelerator wins on every offering; configurations with measured power can
// still win on-prem through lower power, so they all stay.
function keepCostCandidates(choices: ConfigurationChoice[]): ConfigurationChoice[] {
  const fastest = new Map<string, ConfigurationChoice>();
  const withPower: ConfigurationChoice[] = [];
  for (const choice of choices) {
    if (choice.point.measuredWattsPerAccelerator != null) withPower.push(choice);
    const best = fastest.get(choice.acceleratorId);
    if (
      !best ||
      choice.point.tokensPerSecondPerAccelerator > best.point.tokensPerSecondPerAccelerator ||
      (choice.point.tokensPerSecondPerAccelerator === best.point.tokensPerSecondPerAccelerator && choice.point.sourceIds[0] < best.point.sourceIds[0])
    ) {
      fastest.set(choice.acceleratorId, choice);
    }
  }
  return [...new Set([...fastest.values(), ...withPower])];
}

// Frontiers and choices depend only on the snapshot and the point filters, not on prices or power
// assumptions: memoized per snapshot so repeated leaderboard views skip the per-point work.
type Memo = { frontiers: ConfigurationFrontier[]; choices: ConfigurationChoice[] };
const memo = new WeakMap<RankingSnapshot, Map<string, Memo>>();
const MEMO_LIMIT = 500;

function filterKey(modelId: string, f: PointFilterParams): string {
  return JSON.stringify([
    modelId,
    f.precisions ?? null,
    f.allowSpeculativeDecoding,
    f.allowDisaggregated,
    f.allowKvCacheOffload,
    f.interactivityTarget ?? null,
    f.ttftMsLimit ?? null,
    f.tokenBasis,
    f.inputTokens ?? null,
    f.outputTokens ?? null,
    f.evidence ? [...f.evidence].sort() : null,
    f.workloadClass ?? null,
    f.servingRegime ?? null,
  ]);
}

function memoized(snapshot: RankingSnapshot, modelId: string, f: PointFilterParams): Memo {
  let cache = memo.get(snapshot);
  if (!cache) {
    cache = new Map();
    memo.set(snapshot, cache);
  }
  const key = filterKey(modelId, f);
  const hit = cache.get(key);
  if (hit) return hit;
  const frontiers = computeFrontiers(snapshot.pointsByModel.get(modelId) ?? [], f);
  const entry = { frontiers, choices: computeChoices(frontiers) };
  if (cache.size >= MEMO_LIMIT) cache.delete(cache.keys().next().value!);
  cache.set(key, entry);
  return entry;
}

export function configurationChoices(snapshot: RankingSnapshot, modelId: string, f: PointFilterParams): ConfigurationChoice[] {
  return memoized(snapshot, modelId, f).choices;
}

/** Every configuration of a model under the filters, with its frontier: what the chart draws. */
export function configurationFrontiers(snapshot: RankingSnapshot, modelId: string, f: PointFilterParams): ConfigurationFrontier[] {
  return memoized(snapshot, modelId, f).frontiers;
}
