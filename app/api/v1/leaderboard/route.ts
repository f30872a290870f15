import { NextResponse } from "next/server";

import { getScenarioCaller } from "@/lib/auth/scenario-caller";
import { getLeaderboardForQuery } from "@/lib/data/leaderboard/leaderboard-for-query";
import { parseQuery, withErrors } from "@/lib/http/handler";
import { json } from "@/lib/http/json";
import { leaderboardToCsv, serializeLeaderboard } from "@/lib/serializers/leaderboard";
import { leaderboardQuerySchema } from "@/lib/validation/leaderboard-query";
import { leaderboardResponseSchema } from "@/lib/validation/responses";

export const GET = withErrors(async (request) => {
  const query = parseQuery(leaderboardQuerySchema, request.url);
  const caller = query.scenario ? await getScenarioCaller(request) : null;
  const { board, scenario, overrides } = await getLeaderboardForQuery({ query, user: caller });
  if (query.format === "csv") {
    return new NextResponse(leaderboardToCsv(board), {
      headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": 'attachment; filename="tokencost-leaderboard.csv"' },
    });
  }
  return json(leaderboardResponseSchema, serializeLeaderboard(board, scenario, overrides));
});
