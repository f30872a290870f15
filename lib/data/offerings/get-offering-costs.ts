import "server-only";

import type { TokenBasis } from "@/lib/cost/assumptions";
import { getLeaderboard, type LeaderboardRow } from "@/lib/data/leaderboard/get-leaderboard";
import { getRankingSnapshot, type RankingSnapshot, type SnapshotOffering } from "@/lib/data/leaderboard/ranking-snapshot";
import { DEFAULT_SCENARIO_PARAMS } from "@/lib/validation/scenario-params";

/** A busy accelerator runs many models: the page shows the cheapest this many and says how many there are. */
export const OFFERING_COSTS_LIMIT = 20;

export type OfferingModelCost = {
  model: { slug: string; name: string; typeLabel: string };
  usdPerMillionTokens: number;
  tokenBasis: TokenBasis;
  /** Position among every offering ranked for the model (1 = cheapest), as /api/v1/leaderboard?model= numbers it. */
  rank: number;
  offeringCount: number;
};

export type OfferingCosts = {
  asOf: string;
  /** Cheapest first, at most OFFERING_COSTS_LIMIT. */
  models: OfferingModelCost[];
  /** Every model the ranking prices on this offering (models.length may be fewer). */
  totalModels: number;
  /** Approved results on the offering's accelerator, any model: 0 means there is nothing to cost yet. */
  acceleratorResultCount: number;
  /** Set when the accelerator has results but none is costed on this offering: why. */
  notRankedReason: string | null;
};

function findOffering(snapshot: RankingSnapshot, slug: string): SnapshotOffering | undefined {
  for (const offerings of snapshot.offeringsByAccelerator.values()) {
    const found = offerings.find((o) => o.slug === slug);
    if (found) return found;
  }
  return undefined;
}

// One offering's $/M tokens per model with its rank among all offerings for that model, read from the
// same cached default board the leaderboard, hardware and vendor pages use (one ranking per data
// version and day), so every figure equals the leaderboard's.
export async function getOfferingCosts({ slug, asOf, limit = OFFERING_COSTS_LIMIT }: { slug: string; asOf?: string; limit?: number }): Promise<OfferingCosts> {
  const [snapshot, board] = await Promise.all([getRankingSnapshot(), getLeaderboard({ params: DEFAULT_SCENARIO_PARAMS, asOf })]);
  const offering = findOffering(snapshot, slug);
  const acceleratorResultCount = offering ? (snapshot.pointCountByAccelerator.get(offering.acceleratorId) ?? 0) : 0;

  // Rows are in ranking order, a total order that is the same whichever models are ranked: a row's
  // position among its model's rows is its rank for that model.
  const own = new Map<string, LeaderboardRow>();
  const position = new Map<string, number>();
  const perModel = new Map<string, number>();
  for (const row of board.rows) {
    const n = (perModel.get(row.modelSlug) ?? 0) + 1;
    perModel.set(row.modelSlug, n);
    if (row.offeringSlug === slug) {
      own.set(row.modelSlug, row);
      position.set(row.modelSlug, n);
    }
  }
  // The board is cheapest first, so this offering's rows already are.
  const all: OfferingModelCost[] = [...own.values()].map((row) => ({
    model: { slug: row.modelSlug, name: row.meta!.model.name, typeLabel: row.meta!.model.typeLabel },
    usdPerMillionTokens: row.usdPerMillionTokens,
    tokenBasis: row.tokenBasis,
    rank: position.get(row.modelSlug)!,
    offeringCount: perModel.get(row.modelSlug)!,
  }));

  let notRankedReason: string | null = null;
  if (all.length === 0 && acceleratorResultCount > 0) {
    const why = board.excluded.find((e) => e.offeringSlug === slug);
    notRankedReason = why
      ? `Its accelerator's results cannot be costed on this offering: ${why.reason}.`
      : `No price of this offering is in effect on ${board.asOf}, or none of its accelerator's results qualifies under the default assumptions.`;
  }
  return { asOf: board.asOf, models: all.slice(0, limit), totalModels: all.length, acceleratorResultCount, notRankedReason };
}
