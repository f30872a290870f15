import { describe, expect, it } from "vitest";

import {
  breakEven,
  breakEvenElectricity,
  breakEvenUtilization,
  costCurve,
  rankRows,
  usdPerMillionTokensAt,
  type CostAssumptions,
  type RankInput,
} from "@/lib/cost";

const assumptions: CostAssumptions = {
  electricityUsdPerKwh: 0.08,
  pue: 1.3,
  utilization: 0.5,
  amortizationYears: 4,
  annualOpexRate: 0.05,
  cloudDiscount: 0,
  tokenBasis: "output",
};
const point = { tokenBasis: "output" as const, tokensPerSecondPerAccelerator: 1000, interpolated: false, sourceIds: ["p"] };
const inputs: RankInput[] = [
  // capex 280,320 / 8 = 35,040 $/acc → 1.0 $/h ; opex 0.2 $/h ; 16 kW / 8 = 2 kW all-in × 0.08 = 0.16 $/h → 1.36 $/h
  { offeringSlug: "onprem", modelSlug: "m", offering: { kind: "onprem", capexUsdPerUnit: 280_320, acceleratorsPerUnit: 8, allInKwPerUnit: 16 }, point },
  // 16 / 8 = 2 $/h
  { offeringSlug: "cloud", modelSlug: "m", offering: { kind: "cloud", usdPerUnitHour: 16, acceleratorsPerUnit: 8 }, point },
  // 8 / 8 = 1 $/h
  { offeringSlug: "cloud-cheap", modelSlug: "m", offering: { kind: "cloud", usdPerUnitHour: 8, acceleratorsPerUnit: 8 }, point },
];
const { rows } = rankRows(inputs, assumptions);
const row = (slug: string) => rows.find((r) => r.offeringSlug === slug)!;
// 1,000 tok/s × 3,600 × 0.5 = 1.8 M tokens per accelerator-hour
// on-prem: (1.2 + 2·x) / 1.8 $/M in electricity x ; cloud: 2 / 1.8 = 1.1111 $/M

describe("breakEvenElectricity", () => {
  it("solves the closed form between on-prem and cloud", () => {
    // 1.2 + 2x = 2 → x = 0.4 $/kWh ; cheaper below: on-prem, above: cloud
    const result = breakEvenElectricity(row("onprem"), row("cloud"), { min: 0, max: 0.5 });
    expect(result).toEqual({
      kind: "point",
      parameter: "electricityUsdPerKwh",
      value: expect.closeTo(0.4, 12),
      withinRange: true,
      cheaperBelow: "onprem",
      cheaperAbove: "cloud",
    });
    // the same answer with the rows swapped
    expect(breakEvenElectricity(row("cloud"), row("onprem"), { min: 0, max: 0.5 })).toMatchObject({
      value: expect.closeTo(0.4, 12),
      cheaperBelow: "onprem",
      cheaperAbove: "cloud",
    });
  });

  it("reports no break-even in a range that stops short of it", () => {
    const result = breakEvenElectricity(row("onprem"), row("cloud"), { min: 0, max: 0.3 });
    expect(result).toEqual({
      kind: "none",
      parameter: "electricityUsdPerKwh",
      value: expect.closeTo(0.4, 12),
      withinRange: false,
      reason: "No break-even in [0 $/kWh, 0.3 $/kWh]: the costs cross at 0.4 $/kWh; onprem is cheaper across the range.",
      cheaper: "onprem",
    });
  });

  it("reports no break-even when the crossing would need a negative price", () => {
    // 1.2 + 2x = 1 → x = −0.1 $/kWh: cloud-cheap wins at any price
    const result = breakEvenElectricity(row("onprem"), row("cloud-cheap"), { min: 0, max: 0.5 });
    expect(result).toMatchObject({ kind: "none", value: null, cheaper: "cloud-cheap" });
    expect(result.kind === "none" && result.reason).toContain("impossible electricity price");
  });

  it("reports no break-even between two cloud rows, whose prices include energy", () => {
    const result = breakEvenElectricity(row("cloud"), row("cloud-cheap"), { min: 0, max: 1 });
    expect(result).toMatchObject({ kind: "none", value: null, cheaper: "cloud-cheap" });
    expect(result.kind === "none" && result.reason).toContain("move in parallel");
  });
});

describe("breakEvenElectricity between two on-prem rows", () => {
  it("finds where the cheaper-to-build, hungrier row loses", () => {
    // lean: capex 140,160 / 8 = 17,520 $/acc → 17,520 / 35,040 = 0.5 $/h + opex 17,520 × 0.05 / 8,760 = 0.1 $/h
    //       measured 2,000 W → 2 kW × PUE 1.3 = 2.6 kW ; cost (0.6 + 2.6x) / 1.8
    // onprem: (1.2 + 2x) / 1.8 ; equal when 1.2 + 2x = 0.6 + 2.6x → x = 1.0 $/kWh
    const [lean] = rankRows(
      [
        {
          offeringSlug: "onprem-lean",
          modelSlug: "m",
          offering: { kind: "onprem", capexUsdPerUnit: 140_160, acceleratorsPerUnit: 8 },
          point: { ...point, measuredWattsPerAccelerator: 2000 },
        },
      ],
      assumptions,
    ).rows;
    const result = breakEvenElectricity(row("onprem"), lean, { min: 0, max: 2 });
    expect(result).toMatchObject({ kind: "point", value: expect.closeTo(1, 12), cheaperBelow: "onprem-lean", cheaperAbove: "onprem" });
  });
});

describe("breakEvenUtilization", () => {
  it("never finds one under the documented formula, which scales every row alike", () => {
    const result = breakEvenUtilization(row("onprem"), row("cloud"), { min: 0.1, max: 1 }, "all");
    expect(result).toMatchObject({ kind: "none", parameter: "utilization", value: null, cheaper: "onprem" });
    expect(result.kind === "none" && result.reason).toContain("same factor");
  });

  it("solves on-prem utilization against cloud priced only for the hours used", () => {
    // on-prem: 1.36 $/h / (1,000 × 3,600 / 1e6) = 0.37778 $/M at full use → 0.37778 / u
    // cloud at the scenario's 0.5: 2 / 1.8 = 1.11111 $/M
    // 0.37778 / u = 1.11111 → u = 0.34 ; below it cloud is cheaper
    const result = breakEvenUtilization(row("onprem"), row("cloud"), { min: 0.1, max: 1 });
    expect(result).toEqual({
      kind: "point",
      parameter: "onpremUtilization",
      value: expect.closeTo(0.34, 12),
      withinRange: true,
      cheaperBelow: "cloud",
      cheaperAbove: "onprem",
    });
  });

  it("says where the crossing is when it lies outside the range", () => {
    const result = breakEven(row("onprem"), row("cloud"), "onpremUtilization", { min: 0.5, max: 1 });
    expect(result).toMatchObject({ kind: "none", value: expect.closeTo(0.34, 12), cheaper: "onprem" });
    expect(result.kind === "none" && result.reason).toBe("No break-even in [50 %, 100 %]: the costs cross at 34 %; onprem is cheaper across the range.");
  });
});

describe("costCurve", () => {
  it("agrees with the ranked cost at the scenario's own values", () => {
    expect(usdPerMillionTokensAt(row("onprem"), "electricityUsdPerKwh", 0.08)).toBeCloseTo(row("onprem").usdPerMillionTokens, 12);
    expect(usdPerMillionTokensAt(row("onprem"), "utilization", 0.5)).toBeCloseTo(row("onprem").usdPerMillionTokens, 12);
    expect(usdPerMillionTokensAt(row("cloud"), "onpremUtilization", 0.5)).toBeCloseTo(row("cloud").usdPerMillionTokens, 12);
  });

  it("traces on-prem cost over electricity price", () => {
    // (1.2 + 2x) / 1.8 at x = 0, 0.1, 0.2, 0.3, 0.4 → 0.66667, 0.77778, 0.88889, 1.0, 1.11111
    const curve = costCurve(row("onprem"), "electricityUsdPerKwh", 0, 0.4, 4);
    expect(curve.map((p) => p.x)).toEqual([0, 0.1, 0.2, expect.closeTo(0.3, 12), 0.4]);
    expect(curve.map((p) => p.usdPerMillionTokens)).toEqual([2 / 3, 7 / 9, 8 / 9, 1, 10 / 9].map((v) => expect.closeTo(v, 12)));
  });

  it("traces on-prem cost over utilization and keeps cloud flat", () => {
    // 0.37778 / u at u = 0.25, 0.5, 0.75, 1 → 1.51111, 0.75556, 0.50370, 0.37778
    const onprem = costCurve(row("onprem"), "onpremUtilization", 0.25, 1, 3);
    expect(onprem.map((p) => p.usdPerMillionTokens)).toEqual([1.36 / 0.9, 1.36 / 1.8, 1.36 / 2.7, 1.36 / 3.6].map((v) => expect.closeTo(v, 12)));
    const cloud = costCurve(row("cloud"), "onpremUtilization", 0.25, 1, 3);
    expect(new Set(cloud.map((p) => p.usdPerMillionTokens.toFixed(12)))).toEqual(new Set([(2 / 1.8).toFixed(12)]));
  });

  it("rejects impossible steps and values", () => {
    expect(() => costCurve(row("onprem"), "electricityUsdPerKwh", 0, 1, 0)).toThrow(/steps/);
    expect(() => costCurve(row("onprem"), "utilization", 0, 1, 4)).toThrow(/utilization/);
    expect(() => breakEvenElectricity(row("onprem"), row("cloud"), { min: 0.5, max: 0.1 })).toThrow(/above max/);
  });
});
