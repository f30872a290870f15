import "server-only";

import { getLeaderboard } from "@/lib/data/leaderboard/get-leaderboard";
import { DEFAULT_SCENARIO_PARAMS } from "@/lib/validation/scenario-params";

export type RankedOfferingCounts = { byAccelerator: Map<string, number>; byModel: Map<string, number> };

// "Ranked" = has a row on the default leaderboard (deployment=all, default assumptions): the same
// engine the leaderboard pages use, so the count never disagrees with what users see ranked.
export async function rankedOfferingCounts(): Promise<RankedOfferingCounts> {
  const board = await getLeaderboard({ params: DEFAULT_SCENARIO_PARAMS });
  const offeringsByAccelerator = new Map<string, Set<string>>();
  const offeringsByModel = new Map<string, Set<string>>();
  const add = (map: Map<string, Set<string>>, key: string, offering: string) => {
    const set = map.get(key);
    if (set) set.add(offering);
    else map.set(key, new Set([offering]));
  };
  for (const row of board.rows) {
    if (row.acceleratorSlug) add(offeringsByAccelerator, row.acceleratorSlug, row.offeringSlug);
    add(offeringsByModel, row.modelSlug, row.offeringSlug);
  }
  const sizes = (m: Map<string, Set<string>>) => new Map([...m].map(([slug, set]) => [slug, set.size]));
  return { byAccelerator: sizes(offeringsByAccelerator), byModel: sizes(offeringsByModel) };
}
