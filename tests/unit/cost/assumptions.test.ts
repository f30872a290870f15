import { describe, expect, it } from "vitest";

import { ASSUMPTION_DOCS, DEFAULT_ASSUMPTIONS, TOKEN_BASES, TOKEN_BASIS_DOCS } from "@/lib/cost";

describe("DEFAULT_ASSUMPTIONS", () => {
  it("holds the documented defaults", () => {
    expect(DEFAULT_ASSUMPTIONS).toEqual({
      electricityUsdPerKwh: 0.08,
      pue: 1.3,
      utilization: 0.6,
      amortizationYears: 4,
      annualOpexRate: 0.08,
      cloudDiscount: 0,
      tokenBasis: "output",
    });
  });

  it("documents every numeric assumption with unit, bounds containing the default, and a source", () => {
    const numericKeys = Object.keys(DEFAULT_ASSUMPTIONS)
      .filter((k) => k !== "tokenBasis")
      .sort();
    expect(Object.keys(ASSUMPTION_DOCS).sort()).toEqual(numericKeys);
    for (const [key, doc] of Object.entries(ASSUMPTION_DOCS)) {
      expect(doc.default).toBe(DEFAULT_ASSUMPTIONS[key as keyof typeof ASSUMPTION_DOCS]);
      expect(doc.min).toBeLessThanOrEqual(doc.default);
      expect(doc.max).toBeGreaterThanOrEqual(doc.default);
      expect(doc.unit.length).toBeGreaterThan(0);
      expect(doc.source.length).toBeGreaterThan(0);
      if (doc.sourceUrl) expect(doc.sourceUrl).toMatch(/^https:\/\//);
    }
  });

  it("documents both token bases", () => {
    expect(TOKEN_BASES).toEqual(["output", "total"]);
    expect(Object.keys(TOKEN_BASIS_DOCS)).toEqual(["output", "total"]);
  });
});
