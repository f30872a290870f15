import "server-only";
import { paretoFrontier, throughputAtInteractivity, type ParetoPoint } from "@/lib/cost/pareto";
import { tokensPerSecondPerAccelerator, paidAcceleratorCount } from "@/lib/cost/throughput";
import type { RankPoint } from "@/lib/cost/rank";
import type { ScenarioParams } from "@/lib/validation/scenario-params";
import type { RankingSnapshot, SnapshotPoint } from "./ranking-snapshot";

// One configuration = (model, accelerator, precision, engine, feature set): the unit a Pareto
// frontier is built over. Its chosen point is what every offering of that accelerator is costed on.
export type ConfigurationChoice = {
  modelId: string;
  acceleratorId: string;
  precision: string;
  engine: string;
  point: RankPoint;
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
  return withinLength(p.inputTokens, f.inputTokens) && withinLength(p.outputTokens, f.outputTokens);
}

function configurationKey(p: SnapshotPoint): string {
  return `${p.acceleratorId}|${p.precision}|${p.engine}|${p.speculativeDecoding}|${p.disaggregated}|${p.kvCacheOffload}`;
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
      if (c.throughputPerAccelerator > best.throughputPerAccelerator || (c.throughputPerAccelerator === best.throughputPerAccelerator && c.id < best.id)) best = c;
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

function computeChoices(points: SnapshotPoint[], f: PointFilterParams): ConfigurationChoice[] {
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
  const choices: ConfigurationChoice[] = [];
  for (const candidates of groups.values()) {
    const point = chooseForConfiguration(candidates, f);
    if (!point) continue;
    const s = candidates[0].source;
    choices.push({ modelId: s.modelId, acceleratorId: s.acceleratorId, precision: s.precision, engine: s.engine, point });
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

// Choices depend only on the snapshot and the point filters, not on prices or power assumptions:
// memoized per snapshot so repeated leaderboard views skip the per-point work.
const memo = new WeakMap<RankingSnapshot, Map<string, ConfigurationChoice[]>>();
const MEMO_LIMIT = 500;

export function configurationChoices(snapshot: RankingSnapshot, modelId: string, f: PointFilterParams): ConfigurationChoice[] {
  let cache = memo.get(snapshot);
  if (!cache) {
    cache = new Map();
    memo.set(snapshot, cache);
  }
  const key = JSON.stringify([
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
  ]);
  const hit = cache.get(key);
  if (hit) return hit;
  const choices = computeChoices(snapshot.pointsByModel.get(modelId) ?? [], f);
  if (cache.size >= MEMO_LIMIT) cache.delete(cache.keys().next().value!);
  cache.set(key, choices);
  return choices;
}
