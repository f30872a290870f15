// Lighthouse's mobile profile slows the CPU down 4× because it assumes a high-end desktop host: 4× of
// that lands in the mid-tier phone bracket. On a slower host the same 4× emulates a slower phone (and a
// faster phone on a faster host); Lighthouse warns of a slow host in its report. Its documentation asks
// for the multiplier to be calibrated from the host's benchmark index, with the table of Lighthouse's own
// CPU throttling calculator, which this reproduces
// (https://github.com/GoogleChrome/lighthouse/blob/main/docs/throttling.md#calibrating-the-cpu-slowdown).
// How to read the figures: docs/operations.md.

/** Hosts below this index are too slow (or too busy) to emulate the target phone at all. */
export const MIN_BENCHMARK_INDEX = 150;

/**
 * The CPU slowdown that makes this host behave like Lighthouse's target mid-tier phone, from its
 * benchmark index (the calculator's piecewise-linear fit: 150 → 1×, 800 → 2×, 1300 → 3×, +1× per 233
 * above). Undefined below MIN_BENCHMARK_INDEX.
 */
export function cpuSlowdownForBenchmarkIndex(benchmarkIndex: number): number | undefined {
  if (!Number.isFinite(benchmarkIndex) || benchmarkIndex < MIN_BENCHMARK_INDEX) return undefined;
  if (benchmarkIndex >= 1300) return 3 + (benchmarkIndex - 1300) / 233;
  if (benchmarkIndex >= 800) return 2 + (benchmarkIndex - 800) / 500;
  return 1 + (benchmarkIndex - 150) / 650;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The benchmark index a CPU slowdown suits (the inverse of cpuSlowdownForBenchmarkIndex). */
export function benchmarkIndexForCpuSlowdown(multiplier: number): number {
  if (multiplier >= 3) return 1300 + (multiplier - 3) * 233;
  if (multiplier >= 2) return 800 + (multiplier - 2) * 500;
  return 150 + (multiplier - 1) * 650;
}
