import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { GET as revisionsRoute } from "@/app/api/v1/scenarios/[id]/revisions/route";
import { DELETE as deleteRoute, GET as getRoute, PUT as putRoute } from "@/app/api/v1/scenarios/[id]/route";
import { POST as createRoute, GET as listRoute } from "@/app/api/v1/scenarios/route";
import { db } from "@/lib/db";
import { callRoute } from "@/tests/support/call-route";
import { createSessionCookie, type IdentityKey } from "@/tests/support/identities";

import { createScenarioWorld, type ScenarioWorld } from "./scenario-fixtures";

let w: ScenarioWorld;

beforeAll(async () => {
  w = await createScenarioWorld();
});

afterAll(async () => {
  await db.$disconnect();
});

const JSON_TYPE = { "content-type": "application/json" };
const body = (value: unknown) => JSON.stringify(value);
const validUpdate = (name: string) => ({ name, visibility: "private", params: { electricityUsdPerKwh: 0.07 } });

// Expected status of reading a private scenario owned by `user` and a team A scenario, per caller.
const READ_PRIVATE: Record<IdentityKey, number> = {
  user: 200,
  teamAOwner: 404,
  teamAAdmin: 404,
  teamAMember: 404,
  teamBOwner: 404,
  teamBMember: 404,
  moderator: 404,
  admin: 404,
  anonymous: 401,
  revokedToken: 401,
  tokenWithoutScope: 403,
  // A plain user holding scenarios:read only: reads like any non-member.
  partialScopeToken: 404,
  expiredToken: 401,
};
const READ_TEAM: Record<IdentityKey, number> = {
  ...READ_PRIVATE,
  user: 404,
  teamAOwner: 200,
  teamAAdmin: 200,
  teamAMember: 200,
};

describe("GET /api/v1/scenarios/{id} and /revisions by caller", () => {
  for (const [key, expected] of Object.entries(READ_PRIVATE) as [IdentityKey, number][]) {
    it(`private scenario: ${key} → ${expected}`, async () => {
      const one = await callRoute(getRoute, `/api/v1/scenarios/${w.privateId}`, { headers: w.headers(key), params: { id: w.privateId } });
      expect(one.status, one.text).toBe(expected);
      const revisions = await callRoute(revisionsRoute, `/api/v1/scenarios/${w.privateId}/revisions`, { headers: w.headers(key), params: { id: w.privateId } });
      expect(revisions.status, revisions.text).toBe(expected);
      if (expected === 200) {
        expect(one.body.scenario).toMatchObject({ id: w.privateId, visibility: "private", revision: 1, params: { electricityUsdPerKwh: 0.05 } });
        expect(revisions.body.revisions).toHaveLength(1);
      } else {
        // Nothing about the scenario leaks in the error.
        expect(one.text).not.toContain("private of user");
        expect(revisions.text).not.toContain("electricityUsdPerKwh");
      }
    });
  }

  for (const [key, expected] of Object.entries(READ_TEAM) as [IdentityKey, number][]) {
    it(`team A scenario: ${key} → ${expected}`, async () => {
      const one = await callRoute(getRoute, `/api/v1/scenarios/${w.teamId}`, { headers: w.headers(key), params: { id: w.teamId } });
      expect(one.status, one.text).toBe(expected);
      const revisions = await callRoute(revisionsRoute, `/api/v1/scenarios/${w.teamId}/revisions`, { headers: w.headers(key), params: { id: w.teamId } });
      expect(revisions.status, revisions.text).toBe(expected);
      if (expected === 200) {
        expect(one.body.scenario).toMatchObject({ id: w.teamId, visibility: "team", team: { id: w.ids.teamA.id } });
        expect(one.body.scenario.canEdit).toBe(key !== "teamAMember");
      } else {
        expect(one.text).not.toContain(w.ids.teamA.name);
      }
    });
  }

  it("answers a missing id, a blank id and a pinned revision that does not exist like an unreadable one", async () => {
    for (const id of ["does-not-exist", " ", ""]) {
      const res = await callRoute(getRoute, `/api/v1/scenarios/x`, { headers: w.headers("user"), params: { id } });
      expect(res.status, id).toBe(404);
    }
    const pinned = await callRoute(getRoute, `/api/v1/scenarios/${w.privateId}?revision=9`, { headers: w.headers("user"), params: { id: w.privateId } });
    expect(pinned.status).toBe(404);
    const bad = await callRoute(getRoute, `/api/v1/scenarios/${w.privateId}?revision=abc`, { headers: w.headers("user"), params: { id: w.privateId } });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].path).toBe("revision");
  });
});

describe("GET /api/v1/scenarios lists mine and my teams' only", () => {
  const cases: [IdentityKey, number, { private: boolean; team: boolean }][] = [
    ["user", 200, { private: true, team: false }],
    ["teamAOwner", 200, { private: false, team: true }],
    ["teamAAdmin", 200, { private: false, team: true }],
    ["teamAMember", 200, { private: false, team: true }],
    ["teamBOwner", 200, { private: false, team: false }],
    ["teamBMember", 200, { private: false, team: false }],
    ["admin", 200, { private: false, team: false }],
    ["anonymous", 401, { private: false, team: false }],
    ["revokedToken", 401, { private: false, team: false }],
    ["tokenWithoutScope", 403, { private: false, team: false }],
  ];
  for (const [key, status, sees] of cases) {
    it(`${key} → ${status}, private: ${sees.private}, team: ${sees.team}`, async () => {
      const res = await callRoute(listRoute, "/api/v1/scenarios", { headers: w.headers(key) });
      expect(res.status, res.text).toBe(status);
      if (status !== 200) return;
      const listed = new Set(res.body.scenarios.map((s: { id: string }) => s.id));
      expect(listed.has(w.privateId)).toBe(sees.private);
      expect(listed.has(w.teamId)).toBe(sees.team);
      // Whatever else is listed is the caller's own or one of their teams'.
      const myTeams = new Set(w.ids.identities[key].teams.map((t) => t.teamId));
      for (const s of res.body.scenarios as { visibility: string; owner: { id: string }; team: { id: string } | null }[]) {
        if (s.visibility === "private") expect(s.owner.id).toBe(w.ids.identities[key].userId);
        else expect(myTeams.has(s.team!.id)).toBe(true);
      }
    });
  }
});

describe("POST /api/v1/scenarios by caller", () => {
  it("refuses anonymous (401), revoked tokens (401) and tokens without scenarios:write (403), writing nothing", async () => {
    const before = await db.scenario.count();
    for (const [key, status] of [
      ["anonymous", 401],
      ["revokedToken", 401],
      ["tokenWithoutScope", 403],
    ] as const) {
      const res = await callRoute(createRoute, "/api/v1/scenarios", {
        method: "POST",
        headers: w.headers(key, JSON_TYPE),
        body: body({ name: "x", params: {} }),
      });
      expect(res.status, key).toBe(status);
    }
    expect(await db.scenario.count()).toBe(before);
  });

  it("creates a private scenario for any signed-in caller, owned by the caller", async () => {
    const res = await callRoute(createRoute, "/api/v1/scenarios", {
      method: "POST",
      headers: w.headers("teamBMember", JSON_TYPE),
      body: body({ name: "Mine", params: { pue: 1.2 } }),
    });
    expect(res.status, res.text).toBe(201);
    expect(res.headers.get("location")).toBe(`/api/v1/scenarios/${res.body.scenario.id}`);
    expect(res.body.scenario).toMatchObject({
      name: "Mine",
      visibility: "private",
      team: null,
      owner: { id: w.ids.identities.teamBMember.userId },
      latestRevision: 1,
    });
    expect(res.body.scenario.params.pue).toBe(1.2);
  });

  it("lets only a team's owners and admins share with it", async () => {
    const teamBody = (teamId: string) => body({ name: "Shared", visibility: "team", teamId, params: {} });
    const admin = await callRoute(createRoute, "/api/v1/scenarios", {
      method: "POST",
      headers: w.headers("teamAAdmin", JSON_TYPE),
      body: teamBody(w.ids.teamA.id),
    });
    expect(admin.status, admin.text).toBe(201);
    expect(admin.body.scenario.team.id).toBe(w.ids.teamA.id);
    const member = await callRoute(createRoute, "/api/v1/scenarios", {
      method: "POST",
      headers: w.headers("teamAMember", JSON_TYPE),
      body: teamBody(w.ids.teamA.id),
    });
    expect(member.status).toBe(403);
    // Another team's owner and a made-up team read the same: not a team you can use.
    const outsider = await callRoute(createRoute, "/api/v1/scenarios", {
      method: "POST",
      headers: w.headers("teamBOwner", JSON_TYPE),
      body: teamBody(w.ids.teamA.id),
    });
    const missing = await callRoute(createRoute, "/api/v1/scenarios", {
      method: "POST",
      headers: w.headers("teamBOwner", JSON_TYPE),
      body: teamBody("no-such-team"),
    });
    expect(outsider.status).toBe(422);
    expect(outsider.body).toEqual(missing.body);
    expect(outsider.body.errors).toEqual([{ path: "teamId", message: "You are not a member of this team" }]);
  });

  it("accepts the browser session only from our own origin", async () => {
    const cookie = await createSessionCookie(db, w.ids.identities.user.userId!);
    const headers = { cookie: `${cookie.name}=${cookie.value}`, ...JSON_TYPE };
    const same = await callRoute(createRoute, "/api/v1/scenarios", {
      method: "POST",
      headers: { ...headers, origin: "http://127.0.0.1:3210" },
      body: body({ name: "From the browser", params: {} }),
    });
    expect(same.status, same.text).toBe(201);
    const foreign = await callRoute(createRoute, "/api/v1/scenarios", {
      method: "POST",
      headers: { ...headers, origin: "https://evil.example" },
      body: body({ name: "Forged", params: {} }),
    });
    expect(foreign.status).toBe(403);
    const read = await callRoute(listRoute, "/api/v1/scenarios", { headers: { cookie: headers.cookie } });
    expect(read.status).toBe(200);
    expect(read.body.scenarios.some((s: { name: string }) => s.name === "Forged")).toBe(false);
  });
});

describe("PUT /api/v1/scenarios/{id} by caller", () => {
  const PUT_TEAM: Record<IdentityKey, number> = { ...READ_TEAM, teamAMember: 403, partialScopeToken: 403 };
  const PUT_PRIVATE: Record<IdentityKey, number> = { ...READ_PRIVATE, partialScopeToken: 403 };

  it("team scenario: author and team owner edit, members get 403, everyone else the same 404 as a missing id", async () => {
    const id = await w.newTeam();
    for (const [key, expected] of Object.entries(PUT_TEAM) as [IdentityKey, number][]) {
      const before = await db.scenario.findUniqueOrThrow({ where: { id }, select: { latestRevision: true } });
      const res = await callRoute(putRoute, `/api/v1/scenarios/${id}`, {
        method: "PUT",
        headers: w.headers(key, JSON_TYPE),
        params: { id },
        body: body({ name: `edited by ${key}`, visibility: "team", teamId: w.ids.teamA.id, params: { utilization: 0.5 } }),
      });
      expect(res.status, `${key}: ${res.text}`).toBe(expected);
      const after = await db.scenario.findUniqueOrThrow({ where: { id }, select: { latestRevision: true, name: true } });
      expect(after.latestRevision, key).toBe(before.latestRevision + (expected === 200 ? 1 : 0));
      if (expected === 200) {
        expect(res.body.scenario).toMatchObject({ name: `edited by ${key}`, latestRevision: before.latestRevision + 1, revision: before.latestRevision + 1 });
        const revision = await db.scenarioRevision.findUniqueOrThrow({
          where: { scenarioId_revision: { scenarioId: id, revision: after.latestRevision } },
          select: { authorId: true },
        });
        expect(revision.authorId).toBe(w.ids.identities[key].userId);
      }
    }
  });

  it("private scenario: only the owner edits", async () => {
    const id = await w.newPrivate();
    for (const [key, expected] of Object.entries(PUT_PRIVATE) as [IdentityKey, number][]) {
      const res = await callRoute(putRoute, `/api/v1/scenarios/${id}`, {
        method: "PUT",
        headers: w.headers(key, JSON_TYPE),
        params: { id },
        body: body(validUpdate(`by ${key}`)),
      });
      expect(res.status, `${key}: ${res.text}`).toBe(expected);
    }
    expect(await db.scenario.findUniqueOrThrow({ where: { id }, select: { latestRevision: true, name: true } })).toEqual({
      latestRevision: 2,
      name: "by user",
    });
  });

  it("only the owner moves a scenario between private and a team, and only into a team they administer", async () => {
    const id = await w.newTeam("teamAAdmin");
    // The team owner may edit values but not take the scenario private.
    const byOwnerOfTeam = await callRoute(putRoute, `/api/v1/scenarios/${id}`, {
      method: "PUT",
      headers: w.headers("teamAOwner", JSON_TYPE),
      params: { id },
      body: body(validUpdate("mine now")),
    });
    expect(byOwnerOfTeam.status).toBe(403);
    const privateId = await w.newPrivate("teamAMember");
    const toTeam = await callRoute(putRoute, `/api/v1/scenarios/${privateId}`, {
      method: "PUT",
      headers: w.headers("teamAMember", JSON_TYPE),
      params: { id: privateId },
      body: body({ name: "share", visibility: "team", teamId: w.ids.teamA.id, params: {} }),
    });
    expect(toTeam.status).toBe(403);
    const toTeamB = await callRoute(putRoute, `/api/v1/scenarios/${id}`, {
      method: "PUT",
      headers: w.headers("teamAAdmin", JSON_TYPE),
      params: { id },
      body: body({ name: "move", visibility: "team", teamId: w.ids.teamB.id, params: {} }),
    });
    expect(toTeamB.status).toBe(422);
    const unshare = await callRoute(putRoute, `/api/v1/scenarios/${id}`, {
      method: "PUT",
      headers: w.headers("teamAAdmin", JSON_TYPE),
      params: { id },
      body: body(validUpdate("private again")),
    });
    expect(unshare.status, unshare.text).toBe(200);
    expect(unshare.body.scenario).toMatchObject({ visibility: "private", team: null });
    const member = await callRoute(getRoute, `/api/v1/scenarios/${id}`, { headers: w.headers("teamAMember"), params: { id } });
    expect(member.status).toBe(404);
  });
});

describe("DELETE /api/v1/scenarios/{id} by caller", () => {
  it("team scenario: members 403, outsiders 404, team owner deletes; the default of anyone who used it is cleared", async () => {
    const id = await w.newTeam();
    await db.user.update({ where: { id: w.ids.identities.teamAMember.userId! }, data: { defaultScenarioId: id } });
    for (const [key, expected] of [
      ["anonymous", 401],
      ["tokenWithoutScope", 403],
      ["teamBOwner", 404],
      ["user", 404],
      ["admin", 404],
      ["teamAMember", 403],
      ["teamAOwner", 204],
      ["teamAAdmin", 404],
    ] as [IdentityKey, number][]) {
      const res = await callRoute(deleteRoute, `/api/v1/scenarios/${id}`, { method: "DELETE", headers: w.headers(key), params: { id } });
      expect(res.status, `${key}: ${res.text}`).toBe(expected);
    }
    expect(await db.scenario.count({ where: { id } })).toBe(0);
    expect(await db.scenarioRevision.count({ where: { scenarioId: id } })).toBe(0);
    expect((await db.user.findUniqueOrThrow({ where: { id: w.ids.identities.teamAMember.userId! } })).defaultScenarioId).toBeNull();
  });

  it("private scenario: only the owner deletes", async () => {
    const id = await w.newPrivate();
    for (const key of ["teamAOwner", "teamBOwner", "admin", "moderator"] as IdentityKey[]) {
      const res = await callRoute(deleteRoute, `/api/v1/scenarios/${id}`, { method: "DELETE", headers: w.headers(key), params: { id } });
      expect(res.status, key).toBe(404);
    }
    const res = await callRoute(deleteRoute, `/api/v1/scenarios/${id}`, { method: "DELETE", headers: w.headers("user"), params: { id } });
    expect(res.status).toBe(204);
    expect(await db.scenario.count({ where: { id } })).toBe(0);
  });
});
