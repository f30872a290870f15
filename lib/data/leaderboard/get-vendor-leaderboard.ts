import "server-only";

import { DEFAULT_SCENARIO_PARAMS, type ScenarioParams } from "@/lib/validation/scenario-params";

import { getLeaderboard, type LeaderboardRow } from "./get-leaderboard";
import { getRankingSnapshot } from "./ranking-snapshot";

export type VendorLeaderboardEntry = {
  row: LeaderboardRow;
  // Rank among every offering for the same model, all vendors included.
  overallRank: number;
  modelRowCount: number;
  bestOther: LeaderboardRow | null;
  // Relative cost against the best other vendor's row: −0.2 = 20% cheaper.
  deltaVsBestOther: number | null;
};

// A vendor's offerings (as provider or as chip maker), each against the best offering of any other vendor.
export async function getVendorLeaderboard({ vendorSlug, params = DEFAULT_SCENARIO_PARAMS }: { vendorSlug: string; params?: ScenarioParams }) {
  const [board, snapshot] = await Promise.all([getLeaderboard({ params }), getRankingSnapshot()]);
  const vendor = snapshot.vendorsBySlug.get(vendorSlug);
  const acceleratorVendor = new Map([...snapshot.accelerators.values()].map((a) => [a.slug, a.vendorId]));
  const isVendors = (row: LeaderboardRow) =>
    row.meta!.offering.provider.slug === vendorSlug || (vendor !== undefined && acceleratorVendor.get(row.acceleratorSlug!) === vendor.id);

  const byModel = new Map<string, LeaderboardRow[]>();
  for (const row of board.rows) {
    const list = byModel.get(row.modelSlug) ?? [];
    list.push(row);
    byModel.set(row.modelSlug, list);
  }
  const entries: VendorLeaderboardEntry[] = [];
  for (const row of board.rows) {
    if (!isVendors(row)) continue;
    const modelRows = byModel.get(row.modelSlug)!;
    const bestOther = modelRows.find((r) => !isVendors(r)) ?? null;
    entries.push({
      row,
      overallRank: modelRows.indexOf(row) + 1,
      modelRowCount: modelRows.length,
      bestOther,
      deltaVsBestOther: bestOther ? row.usdPerMillionTokens / bestOther.usdPerMillionTokens - 1 : null,
    });
  }
  return { params: board.params, asOf: board.asOf, entries };
}
