// A signed-in user's default scenario narrows the leaderboard: the effective params say what is ranked
// (the page's heading reads them), and a URL or page value repeating the scenario's is no override.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { UserRef } from "@/lib/auth/types";
import { getLeaderboardForQuery } from "@/lib/data/leaderboard/leaderboard-for-query";
import { resolveLeaderboardParams } from "@/lib/data/leaderboard/resolve-leaderboard-params";
import { setDefaultScenario } from "@/lib/data/scenarios/set-default-scenario";
import { db } from "@/lib/db";
import { leaderboardQuerySchema } from "@/lib/validation/leaderboard-query";
import { createScenario, createUser } from "@/prisma/seed/factories";

let user: UserRef;
let scenarioId: string;

beforeAll(async () => {
  const u = await createUser(db);
  user = { id: u.id, role: "user" };
  const scenario = await createScenario(db, {
    ownerId: u.id,
    params: { modelType: "dense-70b", electricityUsdPerKwh: 0.2, precisions: ["FP8", "BF16"] },
  });
  scenarioId = scenario.id;
  await setDefaultScenario({ user, scenarioId });
});

afterAll(async () => {
  await db.$disconnect();
});

const query = (q: Record<string, string> = {}) => leaderboardQuerySchema.parse(q);

describe("a default scenario of one model type", () => {
  it("ranks that model type on /leaderboard, with no override listed", async () => {
    const { board, scenario, overrides } = await getLeaderboardForQuery({ query: query(), user, defaultLimit: 1000 });
    expect(scenario?.id).toBe(scenarioId);
    expect(board.params.modelType).toBe("dense-70b");
    expect(overrides).toEqual([]);
    expect(board.rows.length).toBeGreaterThan(0);
    expect(new Set(board.rows.map((r) => r.meta?.model.type))).toEqual(new Set(["dense-70b"]));
  });

  it("lists no override on the page of the same model type, and one on another type's page", async () => {
    const same = await getLeaderboardForQuery({ query: query(), user, modelTypeOverride: "dense-70b" });
    expect(same.scenario?.id).toBe(scenarioId);
    expect(same.overrides).toEqual([]);
    const other = await getLeaderboardForQuery({ query: query(), user, modelTypeOverride: "dense-small" });
    expect(other.overrides).toEqual(["modelType"]);
    expect(other.board.params.modelType).toBe("dense-small");
  });

  it("lists a query value only when it differs from the scenario's (after defaults; lists in any order)", async () => {
    const resolve = async (q: Record<string, string>) => (await resolveLeaderboardParams({ query: query(q), user })).overrides;
    expect(await resolve({ electricityUsdPerKwh: "0.2" })).toEqual([]);
    expect(await resolve({ electricityUsdPerKwh: "0.3" })).toEqual(["electricityUsdPerKwh"]);
    expect(await resolve({ precision: "BF16,FP8" })).toEqual([]);
    expect(await resolve({ precision: "FP8" })).toEqual(["precisions"]);
    // The scenario leaves tokenBasis to the default ("output"): repeating it changes nothing.
    expect(await resolve({ tokenBasis: "output" })).toEqual([]);
    expect(await resolve({ tokenBasis: "total", modelType: "dense-70b" })).toEqual(["tokenBasis"]);
    expect(await resolve({ model: "llama-2-70b" })).toEqual(["models"]);
  });

  it("ranks under the defaults for scenario=none and for anonymous callers, without overrides", async () => {
    const none = await resolveLeaderboardParams({ query: query({ scenario: "none", modelType: "dense-70b" }), user });
    expect(none.scenario).toBeNull();
    expect(none.overrides).toEqual([]);
    const anonymous = await resolveLeaderboardParams({ query: query(), user: null });
    expect(anonymous.params.modelType).toBeUndefined();
  });
});
