import { describe, expect, it } from "vitest";

import { compareRankings, type RankedEntry } from "@/lib/pure/compare-rankings";

const entry = (offeringSlug: string, rank: number, usdPerMillionTokens: number, modelSlug = "m"): RankedEntry => ({
  offeringSlug,
  offeringName: offeringSlug.toUpperCase(),
  modelSlug,
  modelName: modelSlug.toUpperCase(),
  rank,
  usdPerMillionTokens,
});

describe("compareRankings", () => {
  it("joins rows by offering × model with rank and cost changes, in B's order", () => {
    const a = [entry("x", 1, 1.0), entry("y", 2, 2.0), entry("z", 3, 4.0)];
    const b = [entry("y", 1, 1.5), entry("x", 2, 2.0), entry("z", 3, 3.0)];
    const rows = compareRankings(a, b);
    expect(rows.map((r) => [r.offeringSlug, r.rankA, r.rankB, r.rankChange])).toEqual([
      ["y", 2, 1, 1],
      ["x", 1, 2, -1],
      ["z", 3, 3, 0],
    ]);
    expect(rows[0]).toMatchObject({ usdPerMillionTokensA: 2, usdPerMillionTokensB: 1.5, usdPerMillionTokensChange: -0.5, relativeCostChange: -0.25 });
    expect(rows[1]).toMatchObject({ usdPerMillionTokensChange: 1, relativeCostChange: 1 });
  });

  it("keeps rows ranked under only one scenario, with no change figures", () => {
    const rows = compareRankings([entry("x", 1, 1), entry("gone", 2, 2)], [entry("x", 1, 1.2), entry("new", 2, 3)]);
    expect(rows.map((r) => [r.offeringSlug, r.rankA, r.rankB, r.rankChange, r.usdPerMillionTokensChange])).toEqual([
      ["x", 1, 1, 0, expect.closeTo(0.2, 12)],
      ["new", null, 2, null, null],
      ["gone", 2, null, null, null],
    ]);
  });

  it("never subtracts costs on different token bases, and tells models apart", () => {
    const rows = compareRankings([entry("x", 1, 1, "m1"), entry("x", 2, 5, "m2")], [entry("x", 1, 2, "m2"), entry("x", 2, 3, "m1")], false);
    expect(rows.map((r) => [r.key, r.rankChange, r.usdPerMillionTokensChange, r.relativeCostChange])).toEqual([
      ["x|m2", 1, null, null],
      ["x|m1", -1, null, null],
    ]);
  });
});
