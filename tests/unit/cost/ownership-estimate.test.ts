import { describe, expect, it } from "vitest";

import { computeRow, offeringCostInput, usdPerMillionTokensAt, type CostAssumptions, type RankInput } from "@/lib/cost";

const base: CostAssumptions = {
  electricityUsdPerKwh: 0.1,
  pue: 1.3,
  utilization: 0.5,
  amortizationYears: 4,
  annualOpexRate: 0.08,
  cloudDiscount: 0,
  tokenBasis: "output",
};
// InferenceX-style estimate: 1.30 $/GPU-hr, one GPU per unit. 1,000 tok/s at 50 % → 1.8 M tokens/h → 0.7222 $/M.
const estimate: RankInput = {
  offeringSlug: "inferencex-hyperscaler-h100-ownership",
  modelSlug: "llama",
  offering: { kind: "estimate", usdPerUnitHour: 1.3, acceleratorsPerUnit: 1 },
  acceleratorProvisionedKw: 1.4,
  point: { tokenBasis: "output", tokensPerSecondPerAccelerator: 1000, interpolated: false, sourceIds: ["s"], measuredWattsPerAccelerator: 700 },
};

function costOf(assumptions: CostAssumptions) {
  const result = computeRow(estimate, assumptions);
  if (!("row" in result)) throw new Error(result.excluded.reason);
  return result.row;
}

describe("ownership estimates", () => {
  it("cost the fixed all-in rate per accelerator-hour", () => {
    const row = costOf(base);
    expect(row.offeringKind).toBe("estimate");
    expect(row.usdPerAcceleratorHour).toBeCloseTo(1.3, 12);
    expect(row.costBreakdown).toEqual({ kind: "estimate", allInUsdPerAcceleratorHour: 1.3 });
    expect(row.usdPerMillionTokens).toBeCloseTo(1.3 / 1.8, 10);
  });

  it("are not moved by electricity price, PUE, amortization, opex rate or cloud discount", () => {
    const reference = costOf(base).usdPerMillionTokens;
    for (const change of [
      { electricityUsdPerKwh: 0.4 },
      { electricityUsdPerKwh: 0 },
      { pue: 2 },
      { amortizationYears: 2 },
      { annualOpexRate: 0.3 },
      { cloudDiscount: 0.5 },
    ]) {
      expect(costOf({ ...base, ...change }).usdPerMillionTokens, JSON.stringify(change)).toBe(reference);
    }
  });

  it("still move with utilization, like any cost per delivered token", () => {
    expect(costOf({ ...base, utilization: 1 }).usdPerMillionTokens).toBeCloseTo(costOf(base).usdPerMillionTokens / 2, 12);
  });

  it("are flat along the electricity-price curve used by break-even analysis", () => {
    const row = { ...costOf(base), rank: 1 };
    expect(usdPerMillionTokensAt(row, "electricityUsdPerKwh", 0)).toBeCloseTo(usdPerMillionTokensAt(row, "electricityUsdPerKwh", 1), 12);
  });

  it("take their price from the hourly field and never from capex", () => {
    expect(offeringCostInput({ kind: "estimate", acceleratorsPerUnit: 8 }, { usdPerUnitHour: 16, capexUsdPerUnit: null })).toEqual({
      kind: "estimate",
      usdPerUnitHour: 16,
      acceleratorsPerUnit: 8,
    });
    expect(offeringCostInput({ kind: "estimate", acceleratorsPerUnit: 8 }, { usdPerUnitHour: null, capexUsdPerUnit: 100 })).toBeNull();
  });
});
