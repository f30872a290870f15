// How far one assumption can move before the top-ranked offering loses its place. Built on the
// closed-form pairwise solver in break-even.ts: costs are linear in g(x), so the top row and each
// challenger cross at most once, and the first crossing on either side of the current value is exact.
import { breakEven, costCurve, type BreakEvenParameter, type BreakEvenRange, type BreakEvenResult, type BreakEvenRow } from "./break-even";

export type SensitivityRow = BreakEvenRow & { key: string };

export type RankLoss = {
  /** Value of the parameter at which `challengerKey` becomes cheaper than the top row. */
  value: number;
  challengerKey: string;
};

export type RankSensitivity = {
  parameter: BreakEvenParameter;
  current: number;
  range: BreakEvenRange;
  topKey: string;
  /** Nearest value above `current` where the top row loses first place; null when it keeps it up to range.max. */
  lossAbove: RankLoss | null;
  /** Nearest value below `current` where the top row loses first place; null when it keeps it down to range.min. */
  lossBelow: RankLoss | null;
  /** The pairwise result of the top row against every challenger, in the rows' order. */
  pairs: { challengerKey: string; result: BreakEvenResult }[];
  /** Set when no value of the parameter can change the order at all (e.g. utilization applied to every row). */
  invariantReason: string | null;
};

/**
 * `rows` are ranked, cheapest first, under the scenario (so rows[0] is the top offering at `current`).
 * Keys must be unique: break-even.ts names the cheaper side by offeringSlug, so rows are relabelled
 * with their key before solving.
 */
export function rankSensitivity(
  rows: readonly SensitivityRow[],
  parameter: BreakEvenParameter,
  current: number,
  range: BreakEvenRange,
): RankSensitivity | null {
  if (rows.length === 0) return null;
  if (new Set(rows.map((r) => r.key)).size !== rows.length) throw new RangeError("rankSensitivity needs a unique key per row");
  const labelled = rows.map((r) => ({ ...r, offeringSlug: r.key }));
  const [top, ...challengers] = labelled;
  const pairs = challengers.map((challenger) => ({ challengerKey: challenger.key, result: breakEven(top, challenger, parameter, range) }));

  let lossAbove: RankLoss | null = null;
  let lossBelow: RankLoss | null = null;
  for (const { challengerKey, result } of pairs) {
    if (result.kind !== "point") continue;
    if (result.cheaperAbove === challengerKey && result.value > current && (!lossAbove || result.value < lossAbove.value)) {
      lossAbove = { value: result.value, challengerKey };
    }
    if (result.cheaperBelow === challengerKey && result.value < current && (!lossBelow || result.value > lossBelow.value)) {
      lossBelow = { value: result.value, challengerKey };
    }
  }
  const invariantReason =
    parameter === "utilization" ? "Utilization divides every offering's cost by the same factor, so no utilization changes the ranking." : null;
  return { parameter, current, range, topKey: top.key, lossAbove, lossBelow, pairs, invariantReason };
}

/** Cost curves of several rows over [from, to], as one table of points for a line chart. */
export function costCurves(
  rows: readonly SensitivityRow[],
  parameter: BreakEvenParameter,
  from: number,
  to: number,
  steps: number,
): { x: number; costs: Record<string, number> }[] {
  const curves = rows.map((row) => ({ key: row.key, points: costCurve(row, parameter, from, to, steps) }));
  return Array.from({ length: steps + 1 }, (_, i) => ({
    x: curves[0]?.points[i]?.x ?? from,
    costs: Object.fromEntries(curves.map((c) => [c.key, c.points[i].usdPerMillionTokens])),
  }));
}
