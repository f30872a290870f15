// Route table of the authorization matrix: route file → method → cases, each with the status every
// identity must get (route handlers are called in-process with real Requests).
import { expect } from "vitest";

import * as noSuchEndpointRoute from "@/app/api/[...path]/route";
import * as authRoute from "@/app/api/auth/[...nextauth]/route";
import * as healthRoute from "@/app/api/health/route";
import * as openapiRoute from "@/app/api/openapi.json/route";
import * as readyRoute from "@/app/api/ready/route";
import * as sessionMenuRoute from "@/app/api/session/menu/route";
import * as acceleratorsRoute from "@/app/api/v1/accelerators/route";
import * as importsRoute from "@/app/api/v1/imports/route";
import * as leaderboardRoute from "@/app/api/v1/leaderboard/route";
import * as meRoute from "@/app/api/v1/me/route";
import * as modelsRoute from "@/app/api/v1/models/route";
import * as offeringsRoute from "@/app/api/v1/offerings/route";
import * as planRoute from "@/app/api/v1/plan/route";
import * as resultsRoute from "@/app/api/v1/results/route";
import * as revisionsRoute from "@/app/api/v1/scenarios/[id]/revisions/route";
import * as scenarioRoute from "@/app/api/v1/scenarios/[id]/route";
import * as scenariosRoute from "@/app/api/v1/scenarios/route";
import * as reviewRoute from "@/app/api/v1/submissions/[id]/review/route";
import * as submissionRoute from "@/app/api/v1/submissions/[id]/route";
import * as submissionsRoute from "@/app/api/v1/submissions/route";
import * as vendorsRoute from "@/app/api/v1/vendors/route";
import * as templateRoute from "@/app/submit/template.csv/route";
import { plausibleSubmission } from "@/tests/integration/submissions/submission-fixtures";
import { callRoute } from "@/tests/support/call-route";
import type { IdentityKey } from "@/tests/support/identities";

import { each, scoped, table, TEAM_A, TEAM_B, type Table } from "./expectations";
import { createScenarioRow, createSubmissionRow, ORIGIN, userIdOf, world, type World } from "./world";

// ---------------------------------------------------------------------------------------------
// Route matrix: route file → method → cases; each case has an expected status per identity.

export type RouteRequest = { url: string; init?: RequestInit; params?: Record<string, string> };
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- bodies are asserted field by field
export type RouteResponse = { status: number; body: any; headers: Headers; text: string };

export interface RouteCase {
  name: string;
  request(key: IdentityKey, w: World): RouteRequest | Promise<RouteRequest>;
  expect: Table<number>;
  /** Further checks on the response (e.g. the caller sees only what it may). */
  check?(response: RouteResponse, key: IdentityKey, w: World): void | Promise<void>;
}

export type RouteRow = { module: Record<string, unknown>; methods: Record<string, RouteCase[]> };

const headersOf = (key: IdentityKey, extra: Record<string, string> = {}) => ({ ...world.ids.authHeaders(key), ...extra });
const get = (url: string, params?: Record<string, string>) => (key: IdentityKey) => ({ url, params, init: { headers: headersOf(key) } });
const json = (method: string, key: IdentityKey, body: unknown): RequestInit => ({
  method,
  headers: headersOf(key, { "content-type": "application/json" }),
  body: JSON.stringify(body),
});

const PUBLIC_200 = table(200);
/** Any path under /api that no route serves: the same JSON 404 for everyone, whatever the method. */
const noSuchEndpoint = (method: string): RouteCase[] => [
  {
    name: "unknown path",
    request: (key) => ({ url: "/api/v1/no-such-endpoint", params: { path: "v1/no-such-endpoint" }, init: { method, headers: headersOf(key) } }),
    expect: table(404),
  },
];
export const scenarioParams = { electricityUsdPerKwh: 0.06 };

/** Statuses for reading a scenario that `readers` may read (every other signed-in caller: 404). */
const readScenario = (readers: IdentityKey[]) => scoped(404, each(readers, 200), "scenarios:read");
/** Statuses for changing one: `editors` succeed with `ok`, `readOnly` readers get 403, the rest 404. */
const editScenario = (ok: number, editors: IdentityKey[], readOnly: IdentityKey[] = []) =>
  scoped(404, { ...each(readOnly, 403), ...each(editors, ok) }, "scenarios:write");

async function csrfForm(fields: Record<string, string>): Promise<RequestInit> {
  const csrf = await callRoute(authRoute.GET, "/api/auth/csrf");
  const cookie = csrf.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  return {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie, origin: ORIGIN },
    body: new URLSearchParams({ csrfToken: csrf.body.csrfToken, ...fields }).toString(),
  };
}

function importCsv(note: string): string {
  const header = "model,accelerator,acceleratorCount,precision,engine,outputTokensPerSecond,notes";
  return `${header}\nllama-3.1-8b,h100-sxm,1,FP8,vLLM,1763.6,${note}\n`;
}

export const ROUTES: Record<string, RouteRow> = {
  "app/api/auth/[...nextauth]/route.ts": {
    module: authRoute,
    methods: {
      GET: [
        {
          name: "session (a bearer token is not a session)",
          request: get("/api/auth/session"),
          expect: PUBLIC_200,
          check: (res) => expect(res.body).toBeNull(),
        },
      ],
      POST: [
        {
          name: "credentials sign-in with the identity's own password (anonymous: none)",
          request: async (key, w) => {
            const email = w.ids.identities[key].email ?? "";
            return { url: "/api/auth/callback/credentials", init: await csrfForm({ email, password: email ? w.ids.password : "", callbackUrl: "/account" }) };
          },
          expect: table(302),
          check: (res, key) => {
            const location = res.headers.get("location") ?? "";
            const cookies = res.headers.getSetCookie().join("\n");
            if (key === "anonymous") {
              expect(location).toContain("error=CredentialsSignin");
              expect(cookies).not.toContain("authjs.session-token=");
            } else {
              // A revoked or scope-less API token says nothing about the person's password.
              expect(location).toBe(`${ORIGIN}/account`);
              expect(cookies).toContain("authjs.session-token=");
            }
          },
        },
        {
          name: "cross-site sign-out",
          request: (key) => ({
            url: "/api/auth/signout",
            init: {
              method: "POST",
              headers: headersOf(key, { origin: "https://evil.example", "content-type": "application/x-www-form-urlencoded" }),
              body: "",
            },
          }),
          expect: table(403),
        },
      ],
    },
  },
  "app/api/[...path]/route.ts": {
    module: noSuchEndpointRoute,
    methods: Object.fromEntries(["GET", "POST", "PUT", "PATCH", "DELETE"].map((method) => [method, noSuchEndpoint(method)])),
  },
  "app/api/health/route.ts": { module: healthRoute, methods: { GET: [{ name: "liveness", request: get("/api/health"), expect: PUBLIC_200 }] } },
  "app/api/ready/route.ts": { module: readyRoute, methods: { GET: [{ name: "readiness", request: get("/api/ready"), expect: PUBLIC_200 }] } },
  "app/api/openapi.json/route.ts": { module: openapiRoute, methods: { GET: [{ name: "document", request: get("/api/openapi.json"), expect: PUBLIC_200 }] } },
  "app/submit/template.csv/route.ts": {
    module: templateRoute,
    methods: { GET: [{ name: "CSV template with example", request: get("/submit/template.csv?example=1"), expect: PUBLIC_200 }] },
  },
  // The public catalog reads do not look at Authorization, so even a revoked token reads them.
  "app/api/v1/accelerators/route.ts": {
    module: acceleratorsRoute,
    methods: { GET: [{ name: "list", request: get("/api/v1/accelerators"), expect: PUBLIC_200 }] },
  },
  "app/api/v1/models/route.ts": { module: modelsRoute, methods: { GET: [{ name: "list", request: get("/api/v1/models"), expect: PUBLIC_200 }] } },
  "app/api/v1/results/route.ts": {
    module: resultsRoute,
    methods: { GET: [{ name: "approved results", request: get("/api/v1/results?pageSize=5"), expect: PUBLIC_200 }] },
  },
  "app/api/v1/offerings/route.ts": { module: offeringsRoute, methods: { GET: [{ name: "list", request: get("/api/v1/offerings"), expect: PUBLIC_200 }] } },
  "app/api/v1/vendors/route.ts": { module: vendorsRoute, methods: { GET: [{ name: "list", request: get("/api/v1/vendors"), expect: PUBLIC_200 }] } },
  "app/api/v1/leaderboard/route.ts": {
    module: leaderboardRoute,
    methods: {
      GET: [
        { name: "public ranking (no scenario)", request: get("/api/v1/leaderboard?limit=5"), expect: PUBLIC_200 },
        {
          name: "ranked under the team A scenario",
          request: (key, w) => get(`/api/v1/leaderboard?limit=5&scenario=${w.teamAScenario.id}`)(key),
          // Anonymous: no caller, so the scenario is unreadable (404) rather than a 401.
          expect: scoped(404, { ...each(TEAM_A, 200), anonymous: 404 }, "scenarios:read"),
          check: (res, _key, w) => {
            if (res.status === 200) expect(res.body.scenario.id).toBe(w.teamAScenario.id);
          },
        },
      ],
    },
  },
  "app/api/v1/plan/route.ts": {
    module: planRoute,
    methods: {
      GET: [
        { name: "public plan (no scenario)", request: get("/api/v1/plan?model=llama-2-70b&outputTokensPerDay=1e9"), expect: PUBLIC_200 },
        {
          name: "planned under the team A scenario",
          request: (key, w) => get(`/api/v1/plan?model=llama-2-70b&outputTokensPerDay=1e9&scenario=${w.teamAScenario.id}`)(key),
          // Anonymous: no caller, so the scenario is unreadable (404) rather than a 401.
          expect: scoped(404, { ...each(TEAM_A, 200), anonymous: 404 }),
          check: (res, _key, w) => {
            if (res.status === 200) expect(res.body.scenario.id).toBe(w.teamAScenario.id);
          },
        },
      ],
    },
  },
  "app/api/v1/me/route.ts": {
    module: meRoute,
    methods: {
      GET: [
        {
          name: "who am I (any valid token, no scope needed)",
          request: get("/api/v1/me"),
          expect: scoped(200, { tokenWithoutScope: 200 }),
          check: (res, key, w) => {
            if (res.status === 200) {
              expect(res.body.user.id).toBe(w.ids.identities[key].userId);
              expect(res.body.scopes).toEqual(w.ids.identities[key].tokenScopes);
            }
          },
        },
      ],
    },
  },
  "app/api/session/menu/route.ts": {
    module: sessionMenuRoute,
    methods: {
      GET: [
        {
          name: "header menu (browser sessions only; a token has no menu)",
          request: get("/api/session/menu"),
          expect: PUBLIC_200,
          check: (res) => {
            expect(res.body).toEqual({ user: null });
            expect(res.headers.get("cache-control")).toContain("no-store");
          },
        },
      ],
    },
  },
  "app/api/v1/imports/route.ts": {
    module: importsRoute,
    methods: {
      POST: [
        {
          name: "dry-run CSV import (submissions:write)",
          request: (key, w) => {
            const form = new FormData();
            // A distinct file per caller: the same file imported twice is a 409.
            form.set("file", new Blob([importCsv(`import-${key}-${w.run}`)]), `authz-${key}.csv`);
            form.set("dryRun", "true");
            return { url: "/api/v1/imports", init: { method: "POST", headers: headersOf(key), body: form } };
          },
          expect: scoped(200, {}, "submissions:write"),
          check: (res) => {
            if (res.status === 200) expect(res.body.dryRun).toBe(true);
          },
        },
      ],
    },
  },
  "app/api/v1/scenarios/route.ts": {
    module: scenariosRoute,
    methods: {
      GET: [
        {
          name: "list (scenarios:read): own private + own teams' scenarios",
          request: get("/api/v1/scenarios"),
          expect: scoped(200, {}, "scenarios:read"),
          check: (res, key, w) => {
            if (res.status !== 200) return;
            const listed = (res.body.scenarios as { id: string }[]).map((s) => s.id);
            expect(listed.includes(w.teamAScenario.id)).toBe(TEAM_A.includes(key));
            expect(listed.includes(w.teamBScenario.id)).toBe(TEAM_B.includes(key));
            expect(listed.includes(w.privateA.id)).toBe(key === "teamAOwner");
          },
        },
      ],
      POST: [
        {
          name: "create private (scenarios:write)",
          request: (key) => ({
            url: "/api/v1/scenarios",
            init: json("POST", key, { name: `private by ${key}`, visibility: "private", params: scenarioParams }),
          }),
          expect: scoped(201, {}, "scenarios:write"),
        },
        {
          name: "create in team A (team owners/admins; other members 403; non-members 422)",
          request: (key, w) => ({
            url: "/api/v1/scenarios",
            init: json("POST", key, { name: `team A by ${key}`, visibility: "team", teamId: w.ids.teamA.id, params: scenarioParams }),
          }),
          expect: scoped(422, { teamAOwner: 201, teamAAdmin: 201, teamAMember: 403 }, "scenarios:write"),
        },
      ],
    },
  },
  "app/api/v1/scenarios/[id]/route.ts": {
    module: scenarioRoute,
    methods: {
      GET: [
        {
          name: "private scenario of team A's owner",
          request: (key, w) => get(`/api/v1/scenarios/${w.privateA.id}`, { id: w.privateA.id })(key),
          expect: readScenario(["teamAOwner"]),
        },
        {
          name: "team A scenario",
          request: (key, w) => get(`/api/v1/scenarios/${w.teamAScenario.id}`, { id: w.teamAScenario.id })(key),
          expect: readScenario(TEAM_A),
        },
      ],
      PUT: [
        {
          name: "new revision of the private scenario",
          request: (key, w) => ({
            url: `/api/v1/scenarios/${w.privateA.id}`,
            params: { id: w.privateA.id },
            init: json("PUT", key, { name: w.privateA.name, visibility: "private", params: scenarioParams }),
          }),
          expect: editScenario(200, ["teamAOwner"]),
        },
        {
          name: "new revision of the team A scenario (author, team owner/admin)",
          request: (key, w) => ({
            url: `/api/v1/scenarios/${w.teamAScenario.id}`,
            params: { id: w.teamAScenario.id },
            init: json("PUT", key, { name: w.teamAScenario.name, visibility: "team", teamId: w.ids.teamA.id, params: scenarioParams }),
          }),
          expect: editScenario(200, ["teamAOwner", "teamAAdmin"], ["teamAMember"]),
        },
      ],
      DELETE: [
        {
          name: "a fresh private scenario of team A's owner",
          request: async (key) => {
            const target = await createScenarioRow({ name: `to delete ${key}`, ownerId: userIdOf("teamAOwner"), teamId: null });
            return { url: `/api/v1/scenarios/${target.id}`, params: { id: target.id }, init: { method: "DELETE", headers: headersOf(key) } };
          },
          expect: editScenario(204, ["teamAOwner"]),
        },
        {
          name: "a fresh team A scenario by team A's admin",
          request: async (key, w) => {
            const target = await createScenarioRow({ name: `team to delete ${key}`, ownerId: userIdOf("teamAAdmin"), teamId: w.ids.teamA.id });
            return { url: `/api/v1/scenarios/${target.id}`, params: { id: target.id }, init: { method: "DELETE", headers: headersOf(key) } };
          },
          expect: editScenario(204, ["teamAOwner", "teamAAdmin"], ["teamAMember"]),
        },
      ],
    },
  },
  "app/api/v1/scenarios/[id]/revisions/route.ts": {
    module: revisionsRoute,
    methods: {
      GET: [
        {
          name: "private scenario",
          request: (key, w) => get(`/api/v1/scenarios/${w.privateA.id}/revisions`, { id: w.privateA.id })(key),
          expect: readScenario(["teamAOwner"]),
        },
        {
          name: "team A scenario",
          request: (key, w) => get(`/api/v1/scenarios/${w.teamAScenario.id}/revisions`, { id: w.teamAScenario.id })(key),
          expect: readScenario(TEAM_A),
        },
      ],
    },
  },
  "app/api/v1/submissions/route.ts": {
    module: submissionsRoute,
    methods: {
      POST: [
        {
          name: "one result (submissions:write)",
          request: (key) => ({ url: "/api/v1/submissions", init: json("POST", key, plausibleSubmission({ notes: `by ${key}` })) }),
          expect: scoped(201, {}, "submissions:write"),
          check: (res) => {
            if (res.status === 201) expect(res.body.status).toBe("pending");
          },
        },
      ],
    },
  },
  "app/api/v1/submissions/[id]/route.ts": {
    module: submissionRoute,
    methods: {
      GET: [
        {
          name: "user's pending submission (submitter and moderators only)",
          request: (key, w) => get(`/api/v1/submissions/${w.pending.id}`, { id: w.pending.id })(key),
          // A token without scopes reads like anonymous (404); a bad token is still a 401.
          expect: table(404, { user: 200, moderator: 200, admin: 200, revokedToken: 401, expiredToken: 401 }),
          check: (res, key, w) => {
            if (res.status === 200) expect(res.body.submission).toMatchObject({ id: w.pending.id, status: "pending", viewerIsSubmitter: key === "user" });
          },
        },
        {
          name: "an approved submission (public)",
          request: (key, w) => get(`/api/v1/submissions/${w.approved.id}`, { id: w.approved.id })(key),
          expect: table(200, { revokedToken: 401, expiredToken: 401 }),
        },
      ],
    },
  },
  "app/api/v1/submissions/[id]/review/route.ts": {
    module: reviewRoute,
    methods: {
      POST: [
        {
          name: "approve a fresh pending submission of `user` (submissions:review, moderator role)",
          request: async (key) => {
            const target = await createSubmissionRow(userIdOf("user"), "pending", `review target for ${key}`);
            return { url: `/api/v1/submissions/${target.id}/review`, params: { id: target.id }, init: json("POST", key, { decision: "approve", note: "ok" }) };
          },
          expect: scoped(403, { moderator: 200, admin: 200 }, "submissions:review"),
          check: (res) => {
            if (res.status === 200) expect(res.body.submission.status).toBe("approved");
          },
        },
      ],
    },
  },
};
