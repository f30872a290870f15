import "server-only";

import type { UserRef } from "@/lib/auth/types";
import type { ScenarioRef } from "@/lib/serializers/leaderboard";
import type { LeaderboardQuery } from "@/lib/validation/leaderboard-query";

import { getLeaderboard, type Leaderboard } from "./get-leaderboard";
import { resolveLeaderboardParams } from "./resolve-leaderboard-params";

export const DEFAULT_LEADERBOARD_LIMIT = 100;

// The one entry point pages and the API share: query (+ scenario) → ranked leaderboard.
export async function getLeaderboardForQuery({
  query,
  user,
  modelTypeOverride,
  defaultLimit = DEFAULT_LEADERBOARD_LIMIT,
}: {
  query: LeaderboardQuery;
  user: UserRef | null;
  modelTypeOverride?: string;
  defaultLimit?: number;
}): Promise<{ board: Leaderboard; scenario: ScenarioRef; overrides: string[] }> {
  const effective = modelTypeOverride ? { ...query, modelType: modelTypeOverride } : query;
  const { params, scenario, overrides } = await resolveLeaderboardParams({ query: effective, user });
  const board = await getLeaderboard({ params, vendor: query.vendor, asOf: query.asOf, limit: query.limit ?? defaultLimit });
  return { board, scenario, overrides };
}
