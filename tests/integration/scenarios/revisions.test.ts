import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { GET as leaderboardRoute } from "@/app/api/v1/leaderboard/route";
import { GET as revisionsRoute } from "@/app/api/v1/scenarios/[id]/revisions/route";
import { GET as getRoute, PUT as putRoute } from "@/app/api/v1/scenarios/[id]/route";
import { POST as createRoute } from "@/app/api/v1/scenarios/route";
import { getLeaderboardForQuery } from "@/lib/data/leaderboard/leaderboard-for-query";
import { deleteScenario } from "@/lib/data/scenarios/delete-scenario";
import { setDefaultScenario } from "@/lib/data/scenarios/set-default-scenario";
import { db } from "@/lib/db";
import { leaderboardQuerySchema } from "@/lib/validation/leaderboard-query";
import { callRoute } from "@/tests/support/call-route";

import { createScenarioWorld, type ScenarioWorld } from "./scenario-fixtures";

let w: ScenarioWorld;

beforeAll(async () => {
  w = await createScenarioWorld();
});

afterAll(async () => {
  await db.$disconnect();
});

const JSON_TYPE = { "content-type": "application/json" };
type Row = { rank: number; offering: { slug: string; kind: string }; model: { slug: string }; usdPerMillionTokens: number };

async function ranking(query: string, key: "user" | "teamAMember" = "user") {
  const res = await callRoute(leaderboardRoute, `/api/v1/leaderboard?limit=1000&${query}`, { headers: w.headers(key) });
  expect(res.status, res.text.slice(0, 300)).toBe(200);
  return res.body as {
    scenario: { id: string; name: string; revision: number } | null;
    overrides: string[];
    assumptions: Record<string, unknown>;
    rows: Row[];
  };
}
const summary = (rows: Row[]) => rows.map((r) => [r.rank, r.offering.slug, r.model.slug, r.usdPerMillionTokens]);

describe("revisions", () => {
  it("a pinned revision keeps returning the same ranking after the scenario is edited", async () => {
    const created = await callRoute(createRoute, "/api/v1/scenarios", {
      method: "POST",
      headers: w.headers("user", JSON_TYPE),
      body: JSON.stringify({ name: "Cheap power, busy fleet", params: { electricityUsdPerKwh: 0.02, utilization: 0.9 } }),
    });
    expect(created.status, created.text).toBe(201);
    const id: string = created.body.scenario.id;

    const pinnedBefore = await ranking(`scenario=${id}&revision=1`);
    expect(pinnedBefore.scenario).toEqual({ id, name: "Cheap power, busy fleet", revision: 1 });
    expect(pinnedBefore.assumptions).toMatchObject({ electricityUsdPerKwh: 0.02, utilization: 0.9 });
    expect(pinnedBefore.rows.length).toBeGreaterThan(10);

    const edited = await callRoute(putRoute, `/api/v1/scenarios/${id}`, {
      method: "PUT",
      headers: w.headers("user", JSON_TYPE),
      params: { id },
      body: JSON.stringify({
        name: "Expensive power, idle fleet",
        visibility: "private",
        params: { electricityUsdPerKwh: 0.6, utilization: 0.2 },
        expectedRevision: 1,
      }),
    });
    expect(edited.status, edited.text).toBe(200);
    expect(edited.body.scenario).toMatchObject({ latestRevision: 2, revision: 2, params: { electricityUsdPerKwh: 0.6, utilization: 0.2 } });

    const pinnedAfter = await ranking(`scenario=${id}&revision=1`);
    expect(summary(pinnedAfter.rows)).toEqual(summary(pinnedBefore.rows));
    expect(pinnedAfter.scenario).toEqual({ id, name: "Expensive power, idle fleet", revision: 1 });

    const latest = await ranking(`scenario=${id}`);
    expect(latest.scenario?.revision).toBe(2);
    expect(latest.assumptions).toMatchObject({ electricityUsdPerKwh: 0.6, utilization: 0.2 });
    expect(summary(latest.rows)).not.toEqual(summary(pinnedBefore.rows));
    // Utilization 0.9 → 0.2 scales every cost by 4.5; electricity 0.02 → 0.6 $/kWh adds to on-prem rows
    // only (cloud prices and all-in ownership estimates include their power).
    const before = new Map(pinnedBefore.rows.map((r) => [`${r.offering.slug}|${r.model.slug}`, r.usdPerMillionTokens]));
    let compared = 0;
    for (const r of latest.rows) {
      const old = before.get(`${r.offering.slug}|${r.model.slug}`);
      if (old === undefined) continue;
      compared++;
      // Cloud prices and ownership estimates (all-in) are not moved by electricity.
      if (r.offering.kind === "onprem") expect(r.usdPerMillionTokens / old).toBeGreaterThan(4.5);
      else expect(r.usdPerMillionTokens / old).toBeCloseTo(4.5, 9);
    }
    expect(compared).toBeGreaterThan(10);
    expect(summary((await ranking(`scenario=${id}&revision=2`)).rows)).toEqual(summary(latest.rows));
  });

  it("explicit query parameters override single scenario values, and the response says which", async () => {
    const id = await w.newPrivate("user", { electricityUsdPerKwh: 0.2, pue: 1.1 });
    const board = await ranking(`scenario=${id}&pue=1.5&deployment=onprem`);
    expect(board.assumptions).toMatchObject({ electricityUsdPerKwh: 0.2, pue: 1.5, deployment: "onprem" });
    expect(board.overrides.sort()).toEqual(["deployment", "pue"]);
    expect(board.rows.every((r) => r.offering.kind === "onprem")).toBe(true);
  });

  it("a team member sees the same re-ranked leaderboard as the author; other teams get 404", async () => {
    const id = await w.newTeam("teamAAdmin", { electricityUsdPerKwh: 0.3, deployment: "onprem" });
    const admin = await callRoute(leaderboardRoute, `/api/v1/leaderboard?limit=1000&scenario=${id}`, { headers: w.headers("teamAAdmin") });
    const member = await ranking(`scenario=${id}`, "teamAMember");
    expect(summary(member.rows)).toEqual(summary(admin.body.rows));
    for (const key of ["teamBMember", "user", "anonymous"] as const) {
      const res = await callRoute(leaderboardRoute, `/api/v1/leaderboard?scenario=${id}`, { headers: w.headers(key) });
      expect(res.status, key).toBe(404);
    }
    const noScope = await callRoute(leaderboardRoute, `/api/v1/leaderboard?scenario=${id}`, { headers: w.headers("tokenWithoutScope") });
    expect(noScope.status).toBe(403);
  });

  it("PUT adds a revision each time; history says who changed what; a stale expectedRevision gets 409", async () => {
    const id = await w.newTeam("teamAAdmin", { utilization: 0.4 });
    const put = (key: "teamAAdmin" | "teamAOwner", params: Record<string, unknown>, expectedRevision?: number) =>
      callRoute(putRoute, `/api/v1/scenarios/${id}`, {
        method: "PUT",
        headers: w.headers(key, JSON_TYPE),
        params: { id },
        body: JSON.stringify({ name: "Team plan", visibility: "team", teamId: w.ids.teamA.id, params, ...(expectedRevision ? { expectedRevision } : {}) }),
      });
    expect((await put("teamAOwner", { utilization: 0.5, pue: 1.2 }, 1)).status).toBe(200);
    expect((await put("teamAAdmin", { utilization: 0.5, pue: 1.2, precisions: ["FP8"] })).status).toBe(200);
    const stale = await put("teamAOwner", { utilization: 0.7 }, 2);
    expect(stale.status).toBe(409);
    expect(stale.body.error.message).toContain("revision 3");

    const history = await callRoute(revisionsRoute, `/api/v1/scenarios/${id}/revisions`, { headers: w.headers("teamAMember"), params: { id } });
    expect(history.status).toBe(200);
    const revisions = history.body.revisions as { revision: number; author: { id: string }; changes: { key: string; before: string; after: string }[] }[];
    expect(revisions.map((r) => r.revision)).toEqual([3, 2, 1]);
    expect(revisions[0]).toMatchObject({ author: { id: w.ids.identities.teamAAdmin.userId }, changes: [{ key: "precisions", before: "any", after: "FP8" }] });
    expect(revisions[1].author.id).toBe(w.ids.identities.teamAOwner.userId);
    expect(revisions[1].changes).toEqual([
      { key: "pue", label: "PUE", before: "1.3", after: "1.2" },
      { key: "utilization", label: "Utilization", before: "0.4", after: "0.5" },
    ]);
    expect(revisions[2].changes).toEqual([{ key: "utilization", label: "Utilization", before: "0.6", after: "0.4" }]);
  });

  it("of two concurrent edits of the same revision exactly one wins", async () => {
    const id = await w.newPrivate();
    const edit = (utilization: number) =>
      callRoute(putRoute, `/api/v1/scenarios/${id}`, {
        method: "PUT",
        headers: w.headers("user", JSON_TYPE),
        params: { id },
        body: JSON.stringify({ name: "race", params: { utilization }, expectedRevision: 1 }),
      });
    const results = await Promise.all([edit(0.3), edit(0.35), edit(0.4)]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409]);
    expect(await db.scenarioRevision.count({ where: { scenarioId: id } })).toBe(2);
  });

  it("the default scenario applies when no scenario is named, scenario=none opts out, and deleting it falls back", async () => {
    const caller = w.caller("teamAMember");
    const id = await w.newTeam("teamAAdmin", { electricityUsdPerKwh: 0.25 });
    await setDefaultScenario({ user: caller, scenarioId: id });
    const applied = await getLeaderboardForQuery({ query: leaderboardQuerySchema.parse({}), user: caller });
    expect(applied.scenario).toMatchObject({ id, revision: 1 });
    expect(applied.board.params.electricityUsdPerKwh).toBe(0.25);
    const optOut = await getLeaderboardForQuery({ query: leaderboardQuerySchema.parse({ scenario: "none" }), user: caller });
    expect(optOut.scenario).toBeNull();
    expect(optOut.board.params.electricityUsdPerKwh).toBe(0.08);
    // Someone else's default never applies to anonymous or other callers.
    expect((await getLeaderboardForQuery({ query: leaderboardQuerySchema.parse({}), user: null })).scenario).toBeNull();
    await deleteScenario({ id, user: w.caller("teamAOwner") });
    const after = await getLeaderboardForQuery({ query: leaderboardQuerySchema.parse({}), user: caller });
    expect(after.scenario).toBeNull();
  });

  it("a default the caller can no longer read is ignored", async () => {
    const caller = w.caller("teamAMember");
    const id = await w.newTeam("teamAAdmin");
    await setDefaultScenario({ user: caller, scenarioId: id });
    await db.membership.delete({ where: { teamId_userId: { teamId: w.ids.teamA.id, userId: caller!.id } } });
    const res = await getLeaderboardForQuery({ query: leaderboardQuerySchema.parse({}), user: caller });
    expect(res.scenario).toBeNull();
    const get = await callRoute(getRoute, `/api/v1/scenarios/${id}`, { headers: w.headers("teamAMember"), params: { id } });
    expect(get.status).toBe(404);
  });
});
