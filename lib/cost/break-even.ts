// Where two ranked rows swap places as one assumption moves, and the cost curve behind a break-even chart.
//
// Each row's cost per million tokens is written as cost(x) = a + b·g(x):
// - electricityUsdPerKwh: g(x) = x. Cloud rows: a = rent, b = 0 (energy is in the price). On-prem rows:
//   a = capex + opex, b = facility kW (all per accelerator-hour, divided by million tokens per hour).
// - utilization (the formula in docs/architecture.md, applied to every row): g(u) = 1/u, a = 0, b = $/acc-h / million
//   tokens per acc-hour at full use. Every row scales by the same 1/u, so rows never swap places.
// - onpremUtilization: only on-prem rows are charged 1/u (capacity paid 24/7, used u of the time);
//   cloud rows keep the cost at the scenario's utilization (a = that cost, b = 0), as rented capacity can
//   follow demand.
// Two rows cross where a_A + b_A·g = a_B + b_B·g, i.e. g* = (a_B − a_A) / (b_A − b_B).
import { formatFigure as fmt } from "./format";
import type { RankedRow } from "./rank";

export type BreakEvenParameter = "electricityUsdPerKwh" | "utilization" | "onpremUtilization";

export type BreakEvenRow = Pick<
  RankedRow<unknown>,
  "offeringSlug" | "offeringKind" | "usdPerAcceleratorHour" | "costBreakdown" | "power" | "tokensPerSecondPerAccelerator" | "utilization"
>;

export type BreakEvenRange = { min: number; max: number };

export type BreakEvenResult =
  | {
      kind: "point";
      parameter: BreakEvenParameter;
      value: number;
      withinRange: true;
      /** Offering slug cheaper below / above the break-even value. */
      cheaperBelow: string;
      cheaperAbove: string;
    }
  | {
      kind: "none";
      parameter: BreakEvenParameter;
      /** Where the costs would cross, when they cross at all (outside the range or not physical). */
      value: number | null;
      withinRange: false;
      reason: string;
      /** Offering slug cheaper across the whole range; null when the costs are equal throughout. */
      cheaper: string | null;
    };

const PARAMETER_TEXT: Record<BreakEvenParameter, { label: string; format: (x: number) => string }> = {
  electricityUsdPerKwh: { label: "electricity price", format: (x) => `${fmt(x)} $/kWh` },
  utilization: { label: "utilization", format: (x) => `${fmt(x * 100)} %` },
  onpremUtilization: { label: "on-prem utilization", format: (x) => `${fmt(x * 100)} %` },
};

type Linear = { a: number; b: number };

function millionTokensPerAcceleratorHour(row: BreakEvenRow, utilization: number): number {
  return (row.tokensPerSecondPerAccelerator * 3600 * utilization) / 1e6;
}

function coefficients(row: BreakEvenRow, parameter: BreakEvenParameter): Linear {
  if (parameter === "electricityUsdPerKwh") {
    const perMillion = millionTokensPerAcceleratorHour(row, row.utilization);
    // Rent and all-in ownership estimates do not move with the electricity price.
    if (row.costBreakdown.kind !== "onprem") return { a: row.usdPerAcceleratorHour / perMillion, b: 0 };
    const fixed = row.costBreakdown.capexUsdPerAcceleratorHour + row.costBreakdown.opexUsdPerAcceleratorHour;
    return { a: fixed / perMillion, b: (row.power?.facilityKwPerAccelerator ?? 0) / perMillion };
  }
  const atFullUse = row.usdPerAcceleratorHour / millionTokensPerAcceleratorHour(row, 1);
  if (parameter === "onpremUtilization" && row.offeringKind === "cloud") return { a: atFullUse / row.utilization, b: 0 };
  return { a: 0, b: atFullUse };
}

function transform(parameter: BreakEvenParameter, x: number): number {
  return parameter === "electricityUsdPerKwh" ? x : 1 / x;
}

function requireValidX(parameter: BreakEvenParameter, x: number): void {
  if (!Number.isFinite(x)) throw new RangeError(`${parameter} must be a finite number, got ${x}`);
  if (parameter === "electricityUsdPerKwh" ? x < 0 : x <= 0 || x > 1) {
    throw new RangeError(`${parameter} ${x} is outside its domain`);
  }
}

/** The row's cost per million tokens with `parameter` set to x and everything else as ranked. */
export function usdPerMillionTokensAt(row: BreakEvenRow, parameter: BreakEvenParameter, x: number): number {
  requireValidX(parameter, x);
  const { a, b } = coefficients(row, parameter);
  return a + b * transform(parameter, x);
}

/** steps + 1 evenly spaced points from `from` to `to`, both included. */
export function costCurve(
  row: BreakEvenRow,
  parameter: BreakEvenParameter,
  from: number,
  to: number,
  steps: number,
): { x: number; usdPerMillionTokens: number }[] {
  if (!Number.isInteger(steps) || steps < 1) throw new RangeError(`steps must be a whole number ≥ 1, got ${steps}`);
  return Array.from({ length: steps + 1 }, (_, i) => {
    const x = i === steps ? to : from + ((to - from) * i) / steps;
    return { x, usdPerMillionTokens: usdPerMillionTokensAt(row, parameter, x) };
  });
}

function cheaperAt(rowA: BreakEvenRow, rowB: BreakEvenRow, parameter: BreakEvenParameter, x: number): string | null {
  const costA = usdPerMillionTokensAt(rowA, parameter, x);
  const costB = usdPerMillionTokensAt(rowB, parameter, x);
  const scale = Math.max(Math.abs(costA), Math.abs(costB), 1e-12);
  if (Math.abs(costA - costB) <= scale * 1e-12) return null;
  return costA < costB ? rowA.offeringSlug : rowB.offeringSlug;
}

/** Value of `parameter` at which rowA and rowB cost the same per million tokens, searched in [min, max]. */
export function breakEven(rowA: BreakEvenRow, rowB: BreakEvenRow, parameter: BreakEvenParameter, range: BreakEvenRange): BreakEvenResult {
  requireValidX(parameter, range.min);
  requireValidX(parameter, range.max);
  if (range.min > range.max) throw new RangeError(`range min ${range.min} is above max ${range.max}`);
  const text = PARAMETER_TEXT[parameter];
  const span = `[${text.format(range.min)}, ${text.format(range.max)}]`;
  const midpoint = (range.min + range.max) / 2;
  const none = (value: number | null, why: string): BreakEvenResult => {
    const cheaper = cheaperAt(rowA, rowB, parameter, midpoint);
    const who = cheaper ? `${cheaper} is cheaper across the range` : `${rowA.offeringSlug} and ${rowB.offeringSlug} cost the same across the range`;
    return { kind: "none", parameter, value, withinRange: false, reason: `No break-even in ${span}: ${why}; ${who}.`, cheaper };
  };

  // Both costs are b/u here: they meet only at u → ∞, so the order holds at every utilization.
  if (parameter === "utilization") {
    return none(null, "utilization divides every offering's cost by the same factor, so the ranking cannot change");
  }
  const A = coefficients(rowA, parameter);
  const B = coefficients(rowB, parameter);
  if (A.b === B.b) return none(null, `both costs move in parallel with the ${text.label}`);
  const g = (B.a - A.a) / (A.b - B.b);
  const value = parameter === "electricityUsdPerKwh" ? g : 1 / g;
  const physical = parameter === "electricityUsdPerKwh" ? value >= 0 : g > 0 && value <= 1;
  if (!physical || !Number.isFinite(value)) return none(null, `the costs would only cross at an impossible ${text.label}`);
  if (value < range.min || value > range.max) return none(value, `the costs cross at ${text.format(value)}`);

  // In g-space the row with the smaller slope wins beyond g*; g rises with electricity, falls with utilization.
  const flatter = A.b < B.b ? rowA.offeringSlug : rowB.offeringSlug;
  const steeper = A.b < B.b ? rowB.offeringSlug : rowA.offeringSlug;
  const gRisesWithX = parameter === "electricityUsdPerKwh";
  return {
    kind: "point",
    parameter,
    value,
    withinRange: true,
    cheaperBelow: gRisesWithX ? steeper : flatter,
    cheaperAbove: gRisesWithX ? flatter : steeper,
  };
}

export function breakEvenElectricity(rowA: BreakEvenRow, rowB: BreakEvenRow, range: BreakEvenRange): BreakEvenResult {
  return breakEven(rowA, rowB, "electricityUsdPerKwh", range);
}

/** appliesTo "all" is the documented formula (never a break-even); "onprem" charges idle hours to on-prem rows only. */
export function breakEvenUtilization(rowA: BreakEvenRow, rowB: BreakEvenRow, range: BreakEvenRange, appliesTo: "all" | "onprem" = "onprem"): BreakEvenResult {
  return breakEven(rowA, rowB, appliesTo === "all" ? "utilization" : "onpremUtilization", range);
}
