// Axis maths for the server-rendered charts (components/charts): domains and tick values, no I/O.
// Positions are fractions of the plot (0 = start, 1 = end), so a chart can be drawn in percentages
// and stretch to any width with its text kept at its real size.

export type Axis = { min: number; max: number; ticks: number[]; position: (value: number) => number };

/** 1, 2 or 5 × a power of ten: the step a reader can add up in their head. */
function niceStep(rough: number): number {
  const power = 10 ** Math.floor(Math.log10(rough));
  const fraction = rough / power;
  return (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * power;
}

/** A linear axis from 0 to a round value at or above `maxValue`, with about `count` ticks. */
export function linearAxisFromZero(maxValue: number, count = 5): Axis {
  const top = Number.isFinite(maxValue) && maxValue > 0 ? maxValue : 1;
  const step = niceStep(top / count);
  const max = Math.ceil(top / step - 1e-9) * step;
  const ticks: number[] = [];
  // Rounded to the step's precision so 0.1 + 0.2 prints as 0.3.
  const digits = Math.max(0, -Math.floor(Math.log10(step)));
  for (let i = 0; i * step <= max + step / 2; i++) ticks.push(Number((i * step).toFixed(digits)));
  return { min: 0, max, ticks, position: (value) => value / max };
}

/**
 * A log axis covering every value (a little padded so no point sits on the frame), ticks at
 * 1-2-5 × 10^k inside it; falls back to the bounding powers of ten when that leaves fewer than two.
 */
export function logAxis(values: number[]): Axis {
  const positive = values.filter((v) => Number.isFinite(v) && v > 0);
  const low = positive.length ? Math.min(...positive) : 1;
  const high = positive.length ? Math.max(...positive) : 10;
  let min = low / 1.25;
  let max = high * 1.25;
  const ticks: number[] = [];
  for (let power = Math.floor(Math.log10(min)); power <= Math.ceil(Math.log10(max)); power++) {
    for (const m of [1, 2, 5]) {
      const tick = Number((m * 10 ** power).toPrecision(1));
      if (tick >= min && tick <= max) ticks.push(tick);
    }
  }
  if (ticks.length < 2) {
    min = 10 ** Math.floor(Math.log10(min));
    max = 10 ** Math.ceil(Math.log10(max));
    ticks.splice(0, ticks.length, min, max);
  }
  const span = Math.log10(max) - Math.log10(min);
  return { min, max, ticks, position: (value) => (Math.log10(value) - Math.log10(min)) / span };
}

/** Short tick labels: 1.5k, 20k, 1.2M. */
export function formatTick(value: number): string {
  const abs = Math.abs(value);
  const trim = (n: number) => String(Number(n.toFixed(1)));
  if (abs >= 1e6) return `${trim(value / 1e6)}M`;
  if (abs >= 1e3) return `${trim(value / 1e3)}k`;
  return abs > 0 && abs < 1 ? String(Number(value.toPrecision(2))) : trim(value);
}
