// Throughput–interactivity trade-off of one configuration (accelerator, model, precision, engine/features):
// its Pareto frontier and the throughput it sustains at a required per-user speed.

export type ParetoPoint = {
  id: string;
  /** Per-user output tokens per second. */
  interactivity: number;
  /** Tokens per second per accelerator, on one token basis. */
  throughputPerAccelerator: number;
  ttftMsP99?: number | null;
  /** Measured average power per accelerator, when the result has it. */
  wattsPerAccelerator?: number | null;
};

function dominates(a: ParetoPoint, b: ParetoPoint): boolean {
  return (
    a.interactivity >= b.interactivity &&
    a.throughputPerAccelerator >= b.throughputPerAccelerator &&
    (a.interactivity > b.interactivity || a.throughputPerAccelerator > b.throughputPerAccelerator)
  );
}

/**
 * Points no other point beats on both interactivity and throughput, sorted by interactivity ascending
 * (so throughput strictly decreases along the result). Of exact duplicates the smallest id is kept.
 */
export function paretoFrontier<P extends ParetoPoint>(points: readonly P[]): P[] {
  const valid = points.filter(
    (p) => Number.isFinite(p.interactivity) && p.interactivity > 0 && Number.isFinite(p.throughputPerAccelerator) && p.throughputPerAccelerator > 0,
  );
  const sorted = [...valid].sort((a, b) => a.interactivity - b.interactivity || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const frontier: P[] = [];
  for (const candidate of sorted) {
    if (valid.some((other) => dominates(other, candidate))) continue;
    const duplicate = frontier.some(
      (kept) => kept.interactivity === candidate.interactivity && kept.throughputPerAccelerator === candidate.throughputPerAccelerator,
    );
    if (!duplicate) frontier.push(candidate);
  }
  return frontier;
}

/** Points whose measured p99 TTFT is within the limit; points without a p99 TTFT cannot show they meet it. */
export function filterByTtft<P extends ParetoPoint>(points: readonly P[], ttftLimitMs: number | null | undefined): P[] {
  if (ttftLimitMs == null) return [...points];
  return points.filter((p) => p.ttftMsP99 != null && p.ttftMsP99 <= ttftLimitMs);
}

export type ThroughputAtInteractivity = {
  throughputPerAccelerator: number;
  /** Interactivity the figure stands for: the target when interpolated, else the measured point's. */
  interactivity: number;
  interpolated: boolean;
  /** The measured point used, or the two points interpolated between (lower interactivity first). */
  sourceIds: string[];
  /** Measured power per accelerator, interpolated alike; null unless every source point has it. */
  wattsPerAccelerator: number | null;
};

function measured(point: ParetoPoint): ThroughputAtInteractivity {
  return {
    throughputPerAccelerator: point.throughputPerAccelerator,
    interactivity: point.interactivity,
    interpolated: false,
    sourceIds: [point.id],
    wattsPerAccelerator: point.wattsPerAccelerator ?? null,
  };
}

/**
 * Throughput per accelerator a configuration sustains while giving every user at least `target`
 * tokens/s. The target is a minimum per-user speed:
 * - a frontier point exactly at the target: that measured point (not interpolated);
 * - target between two frontier points: linear interpolation between those two neighbours (flagged);
 * - target at or below the slowest measured point: that point, which has the frontier's highest
 *   throughput and already meets the target (measured, not interpolated: nothing is read below it);
 * - target above the fastest measured point: null — never extrapolated.
 * `frontier` must come from paretoFrontier (sorted by interactivity, throughput decreasing).
 */
export function throughputAtInteractivity(frontier: readonly ParetoPoint[], target: number): ThroughputAtInteractivity | null {
  if (frontier.length === 0 || !Number.isFinite(target)) return null;
  const first = frontier[0];
  const last = frontier[frontier.length - 1];
  if (target > last.interactivity) return null;
  if (target <= first.interactivity) return measured(first);

  const exact = frontier.find((p) => p.interactivity === target);
  if (exact) return measured(exact);

  const upperIndex = frontier.findIndex((p) => p.interactivity > target);
  const lower = frontier[upperIndex - 1];
  const upper = frontier[upperIndex];
  const share = (target - lower.interactivity) / (upper.interactivity - lower.interactivity);
  const lerp = (a: number, b: number) => a + (b - a) * share;
  const lowerWatts = lower.wattsPerAccelerator ?? null;
  const upperWatts = upper.wattsPerAccelerator ?? null;
  return {
    throughputPerAccelerator: lerp(lower.throughputPerAccelerator, upper.throughputPerAccelerator),
    interactivity: target,
    interpolated: true,
    sourceIds: [lower.id, upper.id],
    wattsPerAccelerator: lowerWatts != null && upperWatts != null ? lerp(lowerWatts, upperWatts) : null,
  };
}
