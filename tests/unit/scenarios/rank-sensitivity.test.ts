import { describe, expect, it } from "vitest";

import { rankRows, type CostAssumptions, type RankInput } from "@/lib/cost";
import { costCurves, rankSensitivity, type SensitivityRow } from "@/lib/cost/rank-sensitivity";

const base: CostAssumptions = {
  electricityUsdPerKwh: 0.08,
  pue: 1.3,
  utilization: 0.5,
  amortizationYears: 4,
  annualOpexRate: 0.05,
  cloudDiscount: 0,
  tokenBasis: "output",
};
const point = { tokenBasis: "output" as const, tokensPerSecondPerAccelerator: 1000, interpolated: false, sourceIds: ["p"] };
// 1,000 tok/s × 3,600 × 0.5 = 1.8 M tokens per accelerator-hour.
const inputs: RankInput[] = [
  // capex 35,040 $/acc → 1.0 $/h, opex 0.2 $/h, 2 kW all-in: (1.2 + 2x) / 1.8 $/M
  { offeringSlug: "onprem-a", modelSlug: "m", offering: { kind: "onprem", capexUsdPerUnit: 280_320, acceleratorsPerUnit: 8, allInKwPerUnit: 16 }, point },
  // 2 $/h: 2 / 1.8 = 1.1111 $/M at any electricity price
  { offeringSlug: "cloud-b", modelSlug: "m", offering: { kind: "cloud", usdPerUnitHour: 16, acceleratorsPerUnit: 8 }, point },
  // capex 17,520 $/acc → 0.5 $/h, opex 0.1 $/h, 4 kW all-in: (0.6 + 4x) / 1.8 $/M
  { offeringSlug: "onprem-c", modelSlug: "m", offering: { kind: "onprem", capexUsdPerUnit: 140_160, acceleratorsPerUnit: 8, allInKwPerUnit: 32 }, point },
];

function ranked(assumptions: CostAssumptions): SensitivityRow[] {
  return rankRows(inputs, assumptions).rows.map((r) => ({ ...r, key: r.offeringSlug }));
}

describe("rankSensitivity: electricity price", () => {
  it("finds where the on-prem leader loses first place going up, and that nothing overtakes it going down", () => {
    const rows = ranked(base);
    // at 0.08 $/kWh: C = 0.92/1.8 = 0.511, A = 1.36/1.8 = 0.756, B = 1.111
    expect(rows.map((r) => r.key)).toEqual(["onprem-c", "onprem-a", "cloud-b"]);
    const s = rankSensitivity(rows, "electricityUsdPerKwh", 0.08, { min: 0, max: 1 })!;
    expect(s.topKey).toBe("onprem-c");
    // C vs A: 0.6 + 4x = 1.2 + 2x → x = 0.3 ; C vs B: 0.6 + 4x = 2 → x = 0.35 ; the first crossing wins
    expect(s.lossAbove).toEqual({ value: expect.closeTo(0.3, 12), challengerKey: "onprem-a" });
    expect(s.lossBelow).toBeNull();
    expect(s.pairs.map((p) => [p.challengerKey, p.result.kind === "point" ? p.result.value : null])).toEqual([
      ["onprem-a", expect.closeTo(0.3, 12)],
      ["cloud-b", expect.closeTo(0.35, 12)],
    ]);
    expect(s.invariantReason).toBeNull();
  });

  it("finds losses on both sides when the leader sits between two crossings", () => {
    // at 0.32 $/kWh: A = 1.84/1.8 = 1.022, C = 1.88/1.8 = 1.044, B = 1.111
    const rows = ranked({ ...base, electricityUsdPerKwh: 0.32 });
    expect(rows[0].key).toBe("onprem-a");
    const s = rankSensitivity(rows, "electricityUsdPerKwh", 0.32, { min: 0, max: 1 })!;
    // A vs B: 1.2 + 2x = 2 → 0.4 (cloud cheaper above) ; A vs C: 0.3 (C cheaper below)
    expect(s.lossAbove).toEqual({ value: expect.closeTo(0.4, 12), challengerKey: "cloud-b" });
    expect(s.lossBelow).toEqual({ value: expect.closeTo(0.3, 12), challengerKey: "onprem-c" });
  });

  it("reports no break-even in range when the crossing lies beyond the range", () => {
    const s = rankSensitivity(ranked(base), "electricityUsdPerKwh", 0.08, { min: 0, max: 0.25 })!;
    expect(s.lossAbove).toBeNull();
    expect(s.lossBelow).toBeNull();
    expect(s.pairs[0].result).toMatchObject({ kind: "none", value: expect.closeTo(0.3, 12), cheaper: "onprem-c" });
  });

  it("a cloud leader never loses its place to another cloud offering over electricity", () => {
    const cloudOnly = rankRows(
      inputs
        .filter((i) => i.offering.kind === "cloud")
        .concat([{ ...inputs[1], offeringSlug: "cloud-d", offering: { kind: "cloud", usdPerUnitHour: 24, acceleratorsPerUnit: 8 } }]),
      base,
    ).rows.map((r) => ({ ...r, key: r.offeringSlug }));
    const s = rankSensitivity(cloudOnly, "electricityUsdPerKwh", 0.08, { min: 0, max: 1 })!;
    expect(s.topKey).toBe("cloud-b");
    expect(s.lossAbove).toBeNull();
    expect(s.lossBelow).toBeNull();
    expect(s.pairs[0].result.kind === "none" && s.pairs[0].result.reason).toContain("move in parallel");
  });
});

describe("rankSensitivity: utilization", () => {
  it("says utilization applied to every offering can never change the order", () => {
    const s = rankSensitivity(ranked(base), "utilization", 0.5, { min: 0.01, max: 1 })!;
    expect(s.lossAbove).toBeNull();
    expect(s.lossBelow).toBeNull();
    expect(s.invariantReason).toContain("same factor");
  });

  it("with idle hours charged to on-prem only, solves where the on-prem leader falls behind cloud", () => {
    const s = rankSensitivity(ranked(base), "onpremUtilization", 0.5, { min: 0.01, max: 1 })!;
    // C at full use: 0.92 $/h / 3.6 M = 0.25556 $/M, so C = 0.25556/u ; B stays at 2/1.8 = 1.1111 $/M
    // 0.25556/u = 1.1111 → u = 0.23
    expect(s.topKey).toBe("onprem-c");
    expect(s.lossBelow).toEqual({ value: expect.closeTo(0.23, 12), challengerKey: "cloud-b" });
    expect(s.lossAbove).toBeNull();
  });
});

describe("rankSensitivity: inputs", () => {
  it("returns null for an empty ranking and refuses duplicate keys", () => {
    expect(rankSensitivity([], "electricityUsdPerKwh", 0.08, { min: 0, max: 1 })).toBeNull();
    const rows = ranked(base);
    expect(() => rankSensitivity([rows[0], { ...rows[1], key: rows[0].key }], "electricityUsdPerKwh", 0.08, { min: 0, max: 1 })).toThrow(RangeError);
  });
});

describe("costCurves", () => {
  it("tabulates each row's cost at evenly spaced values", () => {
    const rows = ranked(base);
    const points = costCurves(rows, "electricityUsdPerKwh", 0, 0.4, 4);
    expect(points.map((p) => p.x)).toEqual([0, 0.1, 0.2, expect.closeTo(0.3, 12), 0.4]);
    // C: (0.6 + 4x)/1.8 ; A: (1.2 + 2x)/1.8 ; B: 2/1.8
    expect(points[0].costs["onprem-c"]).toBeCloseTo(0.6 / 1.8, 12);
    expect(points[4].costs["onprem-c"]).toBeCloseTo(2.2 / 1.8, 12);
    expect(points[4].costs["onprem-a"]).toBeCloseTo(2 / 1.8, 12);
    expect(points[2].costs["cloud-b"]).toBeCloseTo(2 / 1.8, 12);
  });
});
