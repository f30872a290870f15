import { describe, expect, it } from "vitest";

import { bestPerGroup, rankRows, type CostAssumptions, type RankInput, type RankPoint } from "@/lib/cost";

const assumptions: CostAssumptions = {
  electricityUsdPerKwh: 0.1,
  pue: 1.5,
  utilization: 0.5,
  amortizationYears: 4,
  annualOpexRate: 0.05,
  cloudDiscount: 0.2,
  tokenBasis: "output",
};
const point = (tokensPerSecondPerAccelerator: number, extra: Partial<RankPoint> = {}): RankPoint => ({
  tokenBasis: "output",
  tokensPerSecondPerAccelerator,
  interpolated: false,
  sourceIds: ["s1"],
  ...extra,
});
const cloud = (usdPerUnitHour: number) => ({ kind: "cloud" as const, usdPerUnitHour, acceleratorsPerUnit: 8 });
// 280,320 $ / 8 = 35,040 $ per accelerator → capex 35,040 / (4 × 8,760) = 1.0 $/h ; opex 35,040 × 0.05 / 8,760 = 0.2 $/h
const onprem = (allInKwPerUnit?: number) => ({ kind: "onprem" as const, capexUsdPerUnit: 280_320, acceleratorsPerUnit: 8, allInKwPerUnit });

// Million tokens per accelerator-hour at utilization 0.5: 1,000 tok/s → 1.8 ; 1,500 tok/s → 2.7
const inputs: RankInput<{ name: string }>[] = [
  // 16 / 8 = 2 $/h × (1 − 0.2) = 1.6 $/h ; 1.6 / 1.8 = 0.8889 $/M
  { offeringSlug: "cloud-a", modelSlug: "llama", offering: cloud(16), acceleratorProvisionedKw: 2, point: point(1000), meta: { name: "Cloud A" } },
  // 24 / 8 = 3 × 0.8 = 2.4 $/h ; 2.4 / 1.8 = 1.3333 $/M — tied with cloud-alpha
  { offeringSlug: "cloud-zeta", modelSlug: "llama", offering: cloud(24), point: point(1000) },
  // no power figure at all: an on-prem cost cannot be computed
  { offeringSlug: "onprem-d", modelSlug: "llama", offering: onprem(), point: point(1000) },
  // measured 700 W → 0.7 kW × PUE 1.5 = 1.05 kW × 0.1 $/kWh = 0.105 $/h ; 1.0 + 0.2 + 0.105 = 1.305 $/h ; 1.305 / 2.7 = 0.48333 $/M
  {
    offeringSlug: "onprem-b",
    modelSlug: "llama",
    offering: onprem(16),
    acceleratorProvisionedKw: 1.73,
    point: point(1500, { measuredWattsPerAccelerator: 700, interpolated: true, sourceIds: ["s1", "s2"], interactivity: 30 }),
  },
  { offeringSlug: "cloud-total", modelSlug: "llama", offering: cloud(16), point: point(1000, { tokenBasis: "total" }) },
  { offeringSlug: "cloud-alpha", modelSlug: "llama", offering: cloud(24), point: point(1000) },
  { offeringSlug: "cloud-zero", modelSlug: "llama", offering: cloud(16), point: point(0) },
  // offering all-in 16 kW / 8 = 2 kW (facility included, no PUE) × 0.1 = 0.2 $/h ; 1.0 + 0.2 + 0.2 = 1.4 $/h ; 1.4 / 1.8 = 0.77778 $/M
  { offeringSlug: "onprem-c", modelSlug: "llama", offering: onprem(16), acceleratorProvisionedKw: 1.73, point: point(1000) },
];

describe("rankRows", () => {
  const { rows, excluded } = rankRows(inputs, assumptions);

  it("orders rows by cost per million tokens, ties by offering slug", () => {
    expect(rows.map((r) => [r.rank, r.offeringSlug])).toEqual([
      [1, "onprem-b"],
      [2, "onprem-c"],
      [3, "cloud-a"],
      [4, "cloud-alpha"],
      [5, "cloud-zeta"],
    ]);
    expect(rows.map((r) => r.usdPerMillionTokens)).toEqual([
      expect.closeTo(1.305 / 2.7, 12),
      expect.closeTo(1.4 / 1.8, 12),
      expect.closeTo(1.6 / 1.8, 12),
      expect.closeTo(2.4 / 1.8, 12),
      expect.closeTo(2.4 / 1.8, 12),
    ]);
  });

  it("gives the same order whatever the input order", () => {
    const reversed = rankRows([...inputs].reverse(), assumptions).rows.map((r) => r.offeringSlug);
    expect(reversed).toEqual(rows.map((r) => r.offeringSlug));
  });

  it("lists the rows it could not cost, with the reason", () => {
    expect(excluded).toEqual([
      { offeringSlug: "onprem-d", modelSlug: "llama", reason: expect.stringContaining("needs a power figure") },
      { offeringSlug: "cloud-total", modelSlug: "llama", reason: "throughput is on the total token basis, the ranking on output" },
      { offeringSlug: "cloud-zero", modelSlug: "llama", reason: "no positive throughput per accelerator" },
    ]);
  });

  it("computes every metric of an on-prem row on measured power", () => {
    const row = rows.find((r) => r.offeringSlug === "onprem-b")!;
    expect(row.usdPerAcceleratorHour).toBeCloseTo(1.305, 12);
    expect(row.costBreakdown).toEqual({
      kind: "onprem",
      capexUsdPerAcceleratorHour: expect.closeTo(1.0, 12),
      opexUsdPerAcceleratorHour: expect.closeTo(0.2, 12),
      powerUsdPerAcceleratorHour: expect.closeTo(0.105, 12),
    });
    expect(row.power).toEqual({ kwPerAccelerator: 0.7, source: "measured", includesFacility: false, facilityKwPerAccelerator: expect.closeTo(1.05, 12) });
    // 1e6 / 0.48333 = 2,068,965.5 tokens/$
    expect(row.tokensPerDollar).toBeCloseTo(2_068_965.517, 2);
    // 1,500 × 1,000 / 1.05 = 1,428,571.4 tok/s/MW ; 1,050 W / 1,500 tok/s = 0.7 J/token
    expect(row.tokensPerSecondPerMegawatt).toBeCloseTo(1_428_571.429, 2);
    expect(row.joulesPerToken).toBeCloseTo(0.7, 12);
    expect(row).toMatchObject({
      interpolated: true,
      sourceIds: ["s1", "s2"],
      interactivity: 30,
      utilization: 0.5,
      tokenBasis: "output",
      offeringKind: "onprem",
    });
  });

  it("uses the offering's all-in kW over the accelerator's and says so", () => {
    const row = rows.find((r) => r.offeringSlug === "onprem-c")!;
    expect(row.power).toEqual({ kwPerAccelerator: 2, source: "offering", includesFacility: true, facilityKwPerAccelerator: 2 });
    expect(row.costBreakdown).toMatchObject({ powerUsdPerAcceleratorHour: expect.closeTo(0.2, 12) });
  });

  it("computes a cloud row, with power metrics from the provisioned figure when known", () => {
    const row = rows.find((r) => r.offeringSlug === "cloud-a")!;
    expect(row.usdPerAcceleratorHour).toBeCloseTo(1.6, 12);
    expect(row.costBreakdown).toEqual({ kind: "cloud", rentUsdPerAcceleratorHour: expect.closeTo(1.6, 12) });
    // 1e6 / (1.6 / 1.8) = 1,125,000 tokens/$ ; 1,000 × 1,000 / 2 = 500,000 tok/s/MW ; 2,000 W / 1,000 = 2 J/token
    expect(row.tokensPerDollar).toBeCloseTo(1_125_000, 4);
    expect(row.tokensPerSecondPerMegawatt).toBe(500_000);
    expect(row.joulesPerToken).toBe(2);
    expect(row.power?.source).toBe("provisioned");
    expect(row.meta).toEqual({ name: "Cloud A" });
    const unknownPower = rows.find((r) => r.offeringSlug === "cloud-zeta")!;
    expect(unknownPower.power).toBeNull();
    expect(unknownPower.tokensPerSecondPerMegawatt).toBeNull();
    expect(unknownPower.joulesPerToken).toBeNull();
  });

  it("ranks total-basis points only under a total-basis scenario", () => {
    const total = rankRows(inputs, { ...assumptions, tokenBasis: "total" });
    expect(total.rows.map((r) => r.offeringSlug)).toEqual(["cloud-total"]);
    expect(total.rows[0].tokenBasis).toBe("total");
  });
});

describe("bestPerGroup", () => {
  const { rows } = rankRows(inputs, assumptions);

  it("keeps the cheapest row of each group and re-ranks them", () => {
    const best = bestPerGroup(rows, (r) => r.offeringKind);
    expect(best.map((r) => [r.rank, r.offeringSlug])).toEqual([
      [1, "onprem-b"],
      [2, "cloud-a"],
    ]);
  });

  it("treats costs that differ only by floating-point noise as ties", () => {
    // 0.1 $/h at 1 tok/s vs 0.10000000000000002 $/h at 1.0000000000000018 tok/s: equal to 15 digits
    const noisy = rankRows(
      [
        {
          offeringSlug: "b-noisy",
          modelSlug: "m",
          offering: { kind: "cloud", usdPerUnitHour: 0.10000000000000002, acceleratorsPerUnit: 1 },
          point: point(1.0000000000000018),
        },
        { offeringSlug: "a-plain", modelSlug: "m", offering: { kind: "cloud", usdPerUnitHour: 0.1, acceleratorsPerUnit: 1 }, point: point(1) },
      ],
      { ...assumptions, cloudDiscount: 0 },
    ).rows;
    expect(noisy.map((r) => r.offeringSlug)).toEqual(["a-plain", "b-noisy"]);
  });

  it("breaks ties inside a group by offering slug", () => {
    const tied = rows.filter((r) => r.offeringSlug === "cloud-zeta" || r.offeringSlug === "cloud-alpha");
    expect(bestPerGroup([...tied].reverse(), (r) => r.modelSlug).map((r) => r.offeringSlug)).toEqual(["cloud-alpha"]);
  });
});
