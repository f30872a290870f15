import { describe, expect, it } from "vitest";

import { GET as getLeaderboard } from "@/app/api/v1/leaderboard/route";
import { DEFAULT_ASSUMPTIONS } from "@/lib/cost/assumptions";
import { callRoute } from "@/tests/support/call-route";

type Row = {
  rank: number;
  offering: { slug: string; kind: string; provider: { slug: string } };
  accelerator: { slug: string };
  model: { slug: string; type: string };
  precision: string;
  pricingBasis: string;
  usdPerMillionTokens: number;
  usdPerAcceleratorHour: number;
  tokensPerSecondPerAccelerator: number;
  interactivityTokensPerSecondPerUser: number | null;
  tokensPerDollar: number;
  interpolated: boolean;
  submissionIds: string[];
  utilization: number;
};

async function board(query = "") {
  const res = await callRoute(getLeaderboard, `/api/v1/leaderboard?limit=1000${query ? `&${query}` : ""}`);
  expect(res.status, res.text.slice(0, 300)).toBe(200);
  return res.body as { assumptions: Record<string, unknown>; rows: Row[]; totalRows: number };
}

function expectConsistent(rows: Row[], utilization: number) {
  for (const r of rows) {
    // The row's own figures reproduce its cost: $/h ÷ (tok/s × 3600 × utilization) × 1e6.
    const expected = (r.usdPerAcceleratorHour / (r.tokensPerSecondPerAccelerator * 3600 * utilization)) * 1e6;
    expect(r.usdPerMillionTokens).toBeCloseTo(expected, 9);
    expect(r.tokensPerDollar).toBeCloseTo(1e6 / r.usdPerMillionTokens, 6);
    expect(r.utilization).toBe(utilization);
    expect(r.submissionIds.length).toBeGreaterThan(0);
  }
}

function expectSorted(rows: Row[]) {
  rows.forEach((r, i) => expect(r.rank).toBe(i + 1));
  for (let i = 1; i < rows.length; i++) expect(rows[i].usdPerMillionTokens).toBeGreaterThanOrEqual(rows[i - 1].usdPerMillionTokens);
}

describe("GET /api/v1/leaderboard on the seeded catalog", () => {
  it("ranks offering × model rows by cost, each consistent with its own figures, under the defaults", async () => {
    const { assumptions, rows } = await board();
    expect(rows.length).toBeGreaterThan(10);
    expect(assumptions).toMatchObject({
      tokenBasis: "output",
      utilization: DEFAULT_ASSUMPTIONS.utilization,
      electricityUsdPerKwh: DEFAULT_ASSUMPTIONS.electricityUsdPerKwh,
      pue: DEFAULT_ASSUMPTIONS.pue,
      amortizationYears: DEFAULT_ASSUMPTIONS.amortizationYears,
      annualOpexRate: DEFAULT_ASSUMPTIONS.annualOpexRate,
      deployment: "all",
    });
    expectSorted(rows);
    expectConsistent(rows, DEFAULT_ASSUMPTIONS.utilization);
    const keys = rows.map((r) => `${r.offering.slug}|${r.model.slug}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(rows.map((r) => r.offering.kind))).toEqual(new Set(["cloud", "onprem", "estimate"]));
  });

  it("filters by deployment, model, model type, precision and vendor", async () => {
    const cloud = await board("deployment=cloud");
    expect(cloud.rows.length).toBeGreaterThan(0);
    expect(cloud.rows.every((r) => r.offering.kind === "cloud")).toBe(true);
    const onprem = await board("deployment=onprem");
    expect(onprem.rows.every((r) => r.offering.kind === "onprem")).toBe(true);

    const model = cloud.rows[0].model.slug;
    const oneModel = await board(`model=${model}`);
    expect(oneModel.rows.every((r) => r.model.slug === model)).toBe(true);

    const type = cloud.rows[0].model.type;
    const byType = await board(`modelType=${type}`);
    expect(byType.rows.length).toBeGreaterThan(0);
    expect(byType.rows.every((r) => r.model.type === type)).toBe(true);

    const fp8 = await board("precision=FP8");
    expect(fp8.rows.length).toBeGreaterThan(0);
    expect(fp8.rows.every((r) => r.precision === "FP8")).toBe(true);
    const fp4fp8 = await board("precision=FP4,FP8");
    expect(fp4fp8.rows.every((r) => ["FP4", "FP8"].includes(r.precision))).toBe(true);

    const provider = cloud.rows[0].offering.provider.slug;
    const byVendor = await board(`vendor=${provider}`);
    expect(byVendor.rows.length).toBeGreaterThan(0);
    expect(byVendor.rows.every((r) => r.offering.provider.slug === provider || r.accelerator.slug)).toBe(true);
  });

  it("re-ranks under assumptions: utilization halves → cost doubles; electricity moves only on-prem rows", async () => {
    const base = await board("model=llama-2-70b");
    expect(base.rows.length).toBeGreaterThan(5);
    expect(new Set(base.rows.map((r) => r.offering.kind))).toEqual(new Set(["cloud", "onprem", "estimate"]));
    const half = await board(`model=llama-2-70b&utilization=${DEFAULT_ASSUMPTIONS.utilization / 2}`);
    const byKey = new Map(base.rows.map((r) => [r.offering.slug, r]));
    expect(half.rows.length).toBe(base.rows.length);
    for (const r of half.rows) expect(r.usdPerMillionTokens).toBeCloseTo(byKey.get(r.offering.slug)!.usdPerMillionTokens * 2, 6);
    expectConsistent(half.rows, DEFAULT_ASSUMPTIONS.utilization / 2);

    const pricey = await board("model=llama-2-70b&electricityUsdPerKwh=0.5");
    for (const r of pricey.rows) {
      const before = byKey.get(r.offering.slug)!;
      // Rent and all-in ownership estimates do not move with electricity; on-prem rows do.
      if (r.offering.kind !== "onprem") expect(r.usdPerMillionTokens).toBeCloseTo(before.usdPerMillionTokens, 9);
      else expect(r.usdPerMillionTokens).toBeGreaterThan(before.usdPerMillionTokens);
    }
    const discounted = await board("model=llama-2-70b&deployment=cloud&cloudDiscount=0.5");
    expect(discounted.rows.length).toBeGreaterThan(0);
    for (const r of discounted.rows) expect(r.usdPerAcceleratorHour).toBeCloseTo(byKey.get(r.offering.slug)!.usdPerAcceleratorHour * 0.5, 9);
  });

  it("applies an interactivity target and TTFT limit only to results that meet them", async () => {
    const target = await board("interactivity=20");
    expect(target.rows.length).toBeGreaterThan(0);
    for (const r of target.rows) expect(r.interactivityTokensPerSecondPerUser!).toBeGreaterThanOrEqual(20);
    const impossible = await board("interactivity=5000");
    expect(impossible.rows).toEqual([]);
    const strictTtft = await board("ttftMs=1");
    expect(strictTtft.rows).toEqual([]);
  });

  it("never mixes token bases: total basis ranks only results with input throughput", async () => {
    const total = await board("tokenBasis=total");
    expect(total.assumptions.tokenBasis).toBe("total");
    const output = await board("tokenBasis=output");
    // MLPerf reports generated tokens only, so the seeded catalog ranks fewer rows on the total basis.
    expect(total.rows.length).toBeLessThan(output.rows.length);
  });

  it("uses the price in effect on asOf", async () => {
    const old = await board("asOf=2000-01-01");
    expect(old.rows).toEqual([]);
    const now = await board(`asOf=${new Date().toISOString().slice(0, 10)}`);
    expect(now.rows.length).toBeGreaterThan(0);
  });

  it("returns CSV with the same columns", async () => {
    const res = await callRoute(getLeaderboard, "/api/v1/leaderboard?format=csv&limit=5");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/csv");
    const [header, first] = res.text.trim().split(/\r?\n/);
    expect(header).toContain("usdPerMillionTokens");
    expect(header).toContain("tokensPerSecondPerAccelerator");
    expect(header).toContain("submissionIds");
    expect(first.split(",")[0]).toBe("1");
  });

  it("rejects unknown or out-of-range parameters with 400 and field errors", async () => {
    const cases: [string, string][] = [
      ["utilization=0", "utilization"],
      ["utilization=1.5", "utilization"],
      ["utilization=abc", "utilization"],
      ["pue=0.5", "pue"],
      ["deployment=moon", "deployment"],
      ["tokenBasis=input", "tokenBasis"],
      ["precision=FP3", "precision"],
      ["asOf=yesterday", "asOf"],
      ["colour=blue", "colour"],
      ["amortizationYears=-1", "amortizationYears"],
      ["format=xml", "format"],
      ["revision=2", "revision"],
      ["model=no-such-model", "model"],
      ["modelType=dense-9000b", "modelType"],
      ["vendor=no-such-vendor", "vendor"],
    ];
    for (const [query, path] of cases) {
      const res = await callRoute(getLeaderboard, `/api/v1/leaderboard?${query}`);
      expect(res.status, query).toBe(400);
      const paths = res.body.errors.map((e: { path: string }) => e.path.split(".")[0]);
      expect(paths, query).toContain(path);
    }
  });
});
