// The offering page's "Cost per million tokens": each figure and rank is the one /api/v1/leaderboard
// gives for the same model, capped for a busy accelerator, and empty (with why) when nothing is costed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { GET as leaderboardRoute } from "@/app/api/v1/leaderboard/route";
import { invalidateRankingSnapshot } from "@/lib/data/leaderboard/ranking-snapshot";
import { getOfferingCosts, OFFERING_COSTS_LIMIT } from "@/lib/data/offerings/get-offering-costs";
import { db } from "@/lib/db";
import { createAccelerator, createOffering, uniqueSlug } from "@/prisma/seed/factories";
import { callRoute } from "@/tests/support/call-route";

type ApiBoard = { totalRows: number; rows: { rank: number; offering: { slug: string }; usdPerMillionTokens: number }[] };

// The offering the defect was reported on: an A100 spot instance, ranked for several models.
const REPORTED = "gcp-a2-highgpu-1g-spot";
const created: string[] = [];
const createdAccelerators: string[] = [];

async function apiBoard(model: string): Promise<ApiBoard> {
  const res = await callRoute(leaderboardRoute, `/api/v1/leaderboard?model=${model}&limit=1000`);
  expect(res.status, res.text.slice(0, 300)).toBe(200);
  return res.body as ApiBoard;
}

describe("getOfferingCosts", () => {
  beforeAll(() => invalidateRankingSnapshot());

  afterAll(async () => {
    await db.offering.deleteMany({ where: { slug: { in: created } } });
    await db.accelerator.deleteMany({ where: { id: { in: createdAccelerators } } });
    invalidateRankingSnapshot();
  });

  it("gives, for every model, the $/M tokens and rank /api/v1/leaderboard?model= gives this offering", async () => {
    const costs = await getOfferingCosts({ slug: REPORTED });
    expect(costs.models.length).toBeGreaterThan(0);
    expect(costs.acceleratorResultCount).toBeGreaterThan(0);
    expect(costs.notRankedReason).toBeNull();
    for (const m of costs.models) {
      const board = await apiBoard(m.model.slug);
      const row = board.rows.find((r) => r.offering.slug === REPORTED);
      expect(row, m.model.slug).toBeDefined();
      expect({ model: m.model.slug, usd: m.usdPerMillionTokens, rank: m.rank, of: m.offeringCount }).toEqual({
        model: m.model.slug,
        usd: row!.usdPerMillionTokens,
        rank: row!.rank,
        of: board.totalRows,
      });
      expect(m.tokenBasis).toBe("output");
    }
    // Cheapest first.
    const usd = costs.models.map((m) => m.usdPerMillionTokens);
    expect(usd).toEqual([...usd].sort((a, b) => a - b));
  });

  it("caps a busy accelerator's models at the limit and says how many there are", async () => {
    const busiest = await db.offering.findMany({
      where: { prices: { some: {} } },
      select: { slug: true, accelerator: { select: { _count: { select: { submissions: { where: { status: "approved" } } } } } } },
      orderBy: { accelerator: { submissions: { _count: "desc" } } },
      take: 1,
    });
    const slug = busiest[0].slug;
    const full = await getOfferingCosts({ slug });
    expect(full.totalModels).toBeGreaterThan(2);
    expect(full.models.length).toBe(Math.min(full.totalModels, OFFERING_COSTS_LIMIT));
    const capped = await getOfferingCosts({ slug, limit: 2 });
    expect(capped.totalModels).toBe(full.totalModels);
    expect(capped.models).toEqual(full.models.slice(0, 2));
  });

  it("is empty for an accelerator without an approved result, and for an unknown offering", async () => {
    const accelerator = await createAccelerator(db, { slug: uniqueSlug("test-resultless") });
    createdAccelerators.push(accelerator.id);
    const offering = await createOffering(db, { acceleratorId: accelerator.id });
    created.push(offering.slug);
    invalidateRankingSnapshot();
    expect(await getOfferingCosts({ slug: offering.slug })).toMatchObject({ models: [], totalModels: 0, acceleratorResultCount: 0, notRankedReason: null });
    expect(await getOfferingCosts({ slug: "no-such-offering" })).toMatchObject({ models: [], totalModels: 0, acceleratorResultCount: 0 });
  });

  it("says why when the accelerator has results but this offering has no price in effect", async () => {
    const reported = await db.offering.findUniqueOrThrow({ where: { slug: REPORTED }, select: { acceleratorId: true, providerId: true } });
    const offering = await createOffering(db, {
      acceleratorId: reported.acceleratorId,
      providerId: reported.providerId,
      price: { effectiveFrom: new Date("2099-01-01") },
    });
    created.push(offering.slug);
    invalidateRankingSnapshot();
    const costs = await getOfferingCosts({ slug: offering.slug });
    expect(costs.models).toEqual([]);
    expect(costs.acceleratorResultCount).toBeGreaterThan(0);
    expect(costs.notRankedReason).toMatch(/no price of this offering is in effect/i);
    // The same offering on a date its price is in effect is ranked, on that day's board.
    const later = await getOfferingCosts({ slug: offering.slug, asOf: "2099-06-01" });
    expect(later.asOf).toBe("2099-06-01");
    expect(later.models.length).toBeGreaterThan(0);
  });
});
