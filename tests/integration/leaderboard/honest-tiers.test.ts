// Issue 10 acceptance 1: ownership estimates are their own deployment kind. They are never ranked as a
// cloud or on-prem price, scenario power assumptions do not move them, and the home page's cloud card
// shows a real cloud price.
import { describe, expect, it } from "vitest";

import { GET as getLeaderboard } from "@/app/api/v1/leaderboard/route";
import { getHeadline } from "@/lib/data/leaderboard/get-headline";
import { db } from "@/lib/db";
import { callRoute } from "@/tests/support/call-route";

type Row = {
  offering: { slug: string; kind: string; provider: { slug: string } };
  model: { slug: string };
  pricingBasis: string;
  usdPerMillionTokens: number;
  usdPerAcceleratorHour: number;
  costBreakdown: { kind: string };
};

async function rows(query: string): Promise<Row[]> {
  const res = await callRoute(getLeaderboard, `/api/v1/leaderboard?limit=1000&${query}`);
  expect(res.status, res.text.slice(0, 300)).toBe(200);
  return res.body.rows;
}

async function estimateSlugs(): Promise<Set<string>> {
  const offerings = await db.offering.findMany({ where: { kind: "estimate" }, select: { slug: true } });
  return new Set(offerings.map((o) => o.slug));
}

describe("ownership estimates (issue 10, acceptance 1)", () => {
  it("the seeded catalog has ownership estimates, and the all view ranks them labelled as estimates", async () => {
    const estimates = await estimateSlugs();
    expect(estimates.size).toBeGreaterThan(0);
    const all = await rows("deployment=all");
    const ranked = all.filter((r) => estimates.has(r.offering.slug));
    expect(ranked.length).toBeGreaterThan(0);
    for (const r of ranked) {
      expect(r.offering.kind).toBe("estimate");
      expect(r.costBreakdown.kind).toBe("estimate");
      expect(r.pricingBasis).toBe("all-in");
    }
  });

  it("is never ranked as a cloud or an on-prem price, under any pricing basis", async () => {
    const estimates = await estimateSlugs();
    for (const query of ["deployment=cloud", "deployment=onprem", "deployment=cloud&pricingBasis=on-demand", "deployment=cloud&pricingBasis=reserved-3y"]) {
      const ranked = await rows(query);
      expect(
        ranked.filter((r) => estimates.has(r.offering.slug) || r.offering.kind === "estimate"),
        query,
      ).toEqual([]);
    }
    const cloud = await rows("deployment=cloud");
    expect(cloud.length).toBeGreaterThan(0);
    expect(cloud.every((r) => r.offering.kind === "cloud" && r.costBreakdown.kind === "cloud")).toBe(true);
  });

  it("electricity, PUE, amortization and the cloud discount leave every estimate unchanged", async () => {
    const before = await rows("deployment=estimate");
    expect(before.length).toBeGreaterThan(0);
    expect(before.every((r) => r.offering.kind === "estimate")).toBe(true);
    const after = await rows("deployment=estimate&electricityUsdPerKwh=0.45&pue=2.2&amortizationYears=2&annualOpexRate=0.3&cloudDiscount=0.5");
    const key = (r: Row) => `${r.offering.slug}|${r.model.slug}`;
    const moved = new Map(after.map((r) => [key(r), r]));
    expect(after.length).toBe(before.length);
    for (const r of before) {
      const other = moved.get(key(r))!;
      expect(other, key(r)).toBeDefined();
      expect(other.usdPerAcceleratorHour).toBe(r.usdPerAcceleratorHour);
      expect(other.usdPerMillionTokens).toBe(r.usdPerMillionTokens);
    }
    // The same change does move on-prem rows: the assumptions were applied, estimates ignored them.
    const onpremBefore = await rows("deployment=onprem");
    const onpremAfter = await rows("deployment=onprem&electricityUsdPerKwh=0.45&pue=2.2&amortizationYears=2&annualOpexRate=0.3&cloudDiscount=0.5");
    expect(onpremAfter[0].usdPerMillionTokens).not.toBe(onpremBefore[0].usdPerMillionTokens);
  });

  it("the home page's cloud card shows a real cloud price; the estimate has its own line", async () => {
    const headline = await getHeadline();
    expect(headline.length).toBeGreaterThan(0);
    const cards = headline.filter((e) => e.cloud);
    expect(cards.length).toBeGreaterThan(0);
    const slugs = cards.map((e) => e.cloud!.offeringSlug);
    const offerings = await db.offering.findMany({ where: { slug: { in: slugs } }, select: { slug: true, kind: true, provider: { select: { kind: true } } } });
    expect(offerings).toHaveLength(new Set(slugs).size);
    for (const o of offerings) {
      expect(o.kind, o.slug).toBe("cloud");
      expect(o.slug).not.toMatch(/ownership/);
    }
    for (const e of headline) {
      if (e.cloud) expect(e.cloud.offeringKind).toBe("cloud");
      if (e.onprem) expect(e.onprem.offeringKind).toBe("onprem");
      if (e.estimate) expect(e.estimate.offeringKind).toBe("estimate");
    }
  });
});
