// Issue 4, acceptance 2: the authorization matrix. Every route handler × method and every server
// action is driven with every identity (anonymous, user, team A owner/admin/member, team B
// owner/member, moderator, admin, a revoked token, a token without scopes); each pair's status is
// asserted, and no response body may carry another team's or user's private data or any secret hash.
// The inventory test at the end fails when a route, method or action has no row here.
//
// Route handlers are called in-process with bearer tokens (Auth.js sessions need Next's request
// context; tests/integration/auth/sessions.test.ts covers the cookie path). Server actions are thin
// wrappers: each row names the caller resolution and the lib/data functions the action calls
// (checked against the action's source) and asserts those functions' authorization per identity.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sha256Hex } from "@/lib/auth/secrets";
import { loadSessionUserById } from "@/lib/auth/session-store";
import type { SessionUser } from "@/lib/auth/types";
import { verifyCredentials } from "@/lib/auth/credentials";
import { db, type Prisma } from "@/lib/db";
import type { ScenarioCaller } from "@/lib/data/scenarios/caller";
import { cloneScenario } from "@/lib/data/scenarios/clone-scenario";
import { createScenario } from "@/lib/data/scenarios/create-scenario";
import { deleteScenario } from "@/lib/data/scenarios/delete-scenario";
import { setDefaultScenario } from "@/lib/data/scenarios/set-default-scenario";
import { updateScenario } from "@/lib/data/scenarios/update-scenario";
import { createSubmissions } from "@/lib/data/submissions/create-submissions";
import { reviewSubmission } from "@/lib/data/submissions/review-submission";
import { acceptInvitation } from "@/lib/data/teams/accept-invitation";
import { changeMemberRole } from "@/lib/data/teams/change-member-role";
import { createInvitation } from "@/lib/data/teams/create-invitation";
import { createTeam } from "@/lib/data/teams/create-team";
import { deleteTeam } from "@/lib/data/teams/delete-team";
import { getTeam } from "@/lib/data/teams/get-team";
import { leaveTeam } from "@/lib/data/teams/leave-team";
import { removeMember } from "@/lib/data/teams/remove-member";
import { revokeInvitation } from "@/lib/data/teams/revoke-invitation";
import { setActiveTeam } from "@/lib/data/teams/set-active-team";
import { transferOwnership } from "@/lib/data/teams/transfer-ownership";
import { createApiToken } from "@/lib/data/tokens/create-api-token";
import { revokeApiToken } from "@/lib/data/tokens/revoke-api-token";
import { changePassword } from "@/lib/data/users/change-password";
import { registerUser } from "@/lib/data/users/register-user";
import { revokeSession, signOutEverywhere } from "@/lib/data/users/sessions";
import { setUserRole } from "@/lib/data/users/set-user-role";
import { updateProfile } from "@/lib/data/users/update-profile";
import { UnauthorizedError } from "@/lib/errors";
import { submissionInputSchema } from "@/lib/validation/submission";
import * as authRoute from "@/app/api/auth/[...nextauth]/route";
import * as healthRoute from "@/app/api/health/route";
import * as openapiRoute from "@/app/api/openapi.json/route";
import * as readyRoute from "@/app/api/ready/route";
import * as acceleratorsRoute from "@/app/api/v1/accelerators/route";
import * as importsRoute from "@/app/api/v1/imports/route";
import * as leaderboardRoute from "@/app/api/v1/leaderboard/route";
import * as meRoute from "@/app/api/v1/me/route";
import * as modelsRoute from "@/app/api/v1/models/route";
import * as offeringsRoute from "@/app/api/v1/offerings/route";
import * as planRoute from "@/app/api/v1/plan/route";
import * as revisionsRoute from "@/app/api/v1/scenarios/[id]/revisions/route";
import * as scenarioRoute from "@/app/api/v1/scenarios/[id]/route";
import * as scenariosRoute from "@/app/api/v1/scenarios/route";
import * as reviewRoute from "@/app/api/v1/submissions/[id]/review/route";
import * as submissionRoute from "@/app/api/v1/submissions/[id]/route";
import * as submissionsRoute from "@/app/api/v1/submissions/route";
import * as vendorsRoute from "@/app/api/v1/vendors/route";
import * as templateRoute from "@/app/submit/template.csv/route";
import { callRoute } from "@/tests/support/call-route";
import { createIdentities, createSessionCookie, IDENTITY_KEYS, type Identities, type IdentityKey } from "@/tests/support/identities";
import { exportedFunctionText, filesWithInlineServerActions, listRouteMethods, listServerActions } from "@/tests/support/authz/app-inventory";
import { each, NO_SESSION, outcomeOf, scoped, sessionOnly, SIGNED_IN, table, TEAM_A, TEAM_B, type Outcome, type Table } from "@/tests/support/authz/expectations";
import { plausibleSubmission } from "@/tests/integration/submissions/submission-fixtures";

const ORIGIN = "http://127.0.0.1:3210";

// ---------------------------------------------------------------------------------------------
// The world every route row runs against, created directly with Prisma.

type Secret = { label: string; value: string; visibleTo: IdentityKey[] };

interface World {
  ids: Identities;
  run: string;
  modelId: string;
  acceleratorId: string;
  /** Private scenario of team A's owner. */
  privateA: { id: string; name: string };
  /** Team A scenario authored by team A's admin. */
  teamAScenario: { id: string; name: string };
  /** Team B scenario authored by team B's owner. */
  teamBScenario: { id: string; name: string };
  /** Pending submission of `user`. */
  pending: { id: string; notes: string };
  /** Approved submission of team B's owner (public). */
  approved: { id: string };
  /** Values that must appear in no response body of an identity outside `visibleTo`. */
  secrets: Secret[];
  /** Values that must appear in no response body at all. */
  neverShown: { label: string; value: string }[];
}

let world: World;

function userIdOf(key: IdentityKey, ids: Identities = world.ids): string {
  const id = ids.identities[key].userId;
  if (!id) throw new Error(`${key} has no user`);
  return id;
}

async function createScenarioRow(input: { name: string; ownerId: string; teamId: string | null; params?: Prisma.InputJsonObject }) {
  return db.scenario.create({
    data: {
      name: input.name,
      ownerId: input.ownerId,
      teamId: input.teamId,
      visibility: input.teamId ? "team" : "private",
      latestRevision: 1,
      revisions: { create: { revision: 1, params: input.params ?? { electricityUsdPerKwh: 0.05 }, authorId: input.ownerId } },
    },
    select: { id: true, name: true },
  });
}

async function createSubmissionRow(submitterId: string, status: "pending" | "approved", notes: string) {
  return db.benchmarkSubmission.create({
    data: {
      modelId: world.modelId,
      acceleratorId: world.acceleratorId,
      acceleratorCount: 1,
      precision: "FP8",
      engine: "vLLM",
      engineVersion: "0.9.1",
      inputTokens: 1024,
      outputTokens: 1024,
      concurrency: 16,
      outputTokensPerSecond: 1763.6,
      interactivityTokensPerSecondPerUser: 112.3,
      sourceUrl: "https://example.com/authz-matrix",
      notes,
      submitterId,
      status,
      ...(status === "approved" ? { reviewedAt: new Date() } : {}),
    },
    select: { id: true },
  });
}

async function createWorld(): Promise<World> {
  const ids = await createIdentities(db);
  const run = randomBytes(4).toString("hex");
  const model = await db.model.findUniqueOrThrow({ where: { slug: "llama-3.1-8b" }, select: { id: true } });
  const accelerator = await db.accelerator.findUniqueOrThrow({ where: { slug: "h100-sxm" }, select: { id: true } });
  world = { ids, run, modelId: model.id, acceleratorId: accelerator.id } as World;

  world.privateA = await createScenarioRow({ name: `Owner-only plan ${run}`, ownerId: userIdOf("teamAOwner"), teamId: null });
  world.teamAScenario = await createScenarioRow({ name: `Team-A plan ${run}`, ownerId: userIdOf("teamAAdmin"), teamId: ids.teamA.id });
  world.teamBScenario = await createScenarioRow({ name: `Team-B plan ${run}`, ownerId: userIdOf("teamBOwner"), teamId: ids.teamB.id });
  const pendingNotes = `pending-result-notes-${run}`;
  world.pending = { id: (await createSubmissionRow(userIdOf("user"), "pending", pendingNotes)).id, notes: pendingNotes };
  world.approved = await createSubmissionRow(userIdOf("teamBOwner"), "approved", `approved-notes-${run}`);

  const usersWithSecrets = await db.user.findMany({
    where: { id: { in: SIGNED_IN.concat("revokedToken", "tokenWithoutScope").map((key) => userIdOf(key)) } },
    select: { passwordHash: true },
  });
  const tokenRows = await db.apiToken.findMany({
    where: { userId: { in: IDENTITY_KEYS.filter((k) => k !== "anonymous").map((key) => userIdOf(key)) } },
    select: { tokenHash: true },
  });
  world.secrets = [
    { label: "private scenario id", value: world.privateA.id, visibleTo: ["teamAOwner"] },
    { label: "private scenario name", value: world.privateA.name, visibleTo: ["teamAOwner"] },
    { label: "team A scenario id", value: world.teamAScenario.id, visibleTo: TEAM_A },
    { label: "team A scenario name", value: world.teamAScenario.name, visibleTo: TEAM_A },
    { label: "team A name", value: ids.teamA.name, visibleTo: TEAM_A },
    { label: "team A id", value: ids.teamA.id, visibleTo: TEAM_A },
    { label: "team B scenario id", value: world.teamBScenario.id, visibleTo: TEAM_B },
    { label: "team B scenario name", value: world.teamBScenario.name, visibleTo: TEAM_B },
    { label: "team B name", value: ids.teamB.name, visibleTo: TEAM_B },
    { label: "team B id", value: ids.teamB.id, visibleTo: TEAM_B },
    { label: "user's pending submission id", value: world.pending.id, visibleTo: ["user", "moderator", "admin"] },
    { label: "user's pending submission notes", value: world.pending.notes, visibleTo: ["user", "moderator", "admin"] },
    ...IDENTITY_KEYS.filter((key) => ids.identities[key].email).map((key) => ({ label: `${key}'s email`, value: ids.identities[key].email!, visibleTo: [key] })),
  ];
  world.neverShown = [
    { label: "the word passwordHash", value: "passwordHash" },
    { label: "the word tokenHash", value: "tokenHash" },
    ...[...new Set(usersWithSecrets.map((u) => u.passwordHash!))].map((value) => ({ label: "a password hash", value })),
    ...tokenRows.map((row) => ({ label: "a token hash", value: row.tokenHash })),
    ...IDENTITY_KEYS.filter((key) => ids.identities[key].token).map((key) => ({ label: `${key}'s raw token`, value: ids.identities[key].token! })),
  ];
  return world;
}

// ---------------------------------------------------------------------------------------------
// Route matrix: route file → method → cases; each case has an expected status per identity.

type RouteRequest = { url: string; init?: RequestInit; params?: Record<string, string> };
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- bodies are asserted field by field
type RouteResponse = { status: number; body: any; headers: Headers; text: string };

interface RouteCase {
  name: string;
  request(key: IdentityKey, w: World): RouteRequest | Promise<RouteRequest>;
  expect: Table<number>;
  /** Further checks on the response (e.g. the caller sees only what it may). */
  check?(response: RouteResponse, key: IdentityKey, w: World): void | Promise<void>;
}

type RouteRow = { module: Record<string, unknown>; methods: Record<string, RouteCase[]> };

const headersOf = (key: IdentityKey, extra: Record<string, string> = {}) => ({ ...world.ids.authHeaders(key), ...extra });
const get = (url: string, params?: Record<string, string>) => (key: IdentityKey) => ({ url, params, init: { headers: headersOf(key) } });
const json = (method: string, key: IdentityKey, body: unknown): RequestInit => ({
  method,
  headers: headersOf(key, { "content-type": "application/json" }),
  body: JSON.stringify(body),
});

const PUBLIC_200 = table(200);
const scenarioParams = { electricityUsdPerKwh: 0.06 };

/** Statuses for reading a scenario that `readers` may read (every other signed-in caller: 404). */
const readScenario = (readers: IdentityKey[]) => scoped(404, each(readers, 200));
/** Statuses for changing one: `editors` succeed with `ok`, `readOnly` readers get 403, the rest 404. */
const editScenario = (ok: number, editors: IdentityKey[], readOnly: IdentityKey[] = []) => scoped(404, { ...each(readOnly, 403), ...each(editors, ok) });

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

const ROUTES: Record<string, RouteRow> = {
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
            init: { method: "POST", headers: headersOf(key, { origin: "https://evil.example", "content-type": "application/x-www-form-urlencoded" }), body: "" },
          }),
          expect: table(403),
        },
      ],
    },
  },
  "app/api/health/route.ts": { module: healthRoute, methods: { GET: [{ name: "liveness", request: get("/api/health"), expect: PUBLIC_200 }] } },
  "app/api/ready/route.ts": { module: readyRoute, methods: { GET: [{ name: "readiness", request: get("/api/ready"), expect: PUBLIC_200 }] } },
  "app/api/openapi.json/route.ts": { module: openapiRoute, methods: { GET: [{ name: "document", request: get("/api/openapi.json"), expect: PUBLIC_200 }] } },
  "app/submit/template.csv/route.ts": {
    module: templateRoute,
    methods: { GET: [{ name: "CSV template with example", request: get("/submit/template.csv?example=1"), expect: PUBLIC_200 }] },
  },
  // The public catalog reads do not look at Authorization, so even a revoked token reads them.
  "app/api/v1/accelerators/route.ts": { module: acceleratorsRoute, methods: { GET: [{ name: "list", request: get("/api/v1/accelerators"), expect: PUBLIC_200 }] } },
  "app/api/v1/models/route.ts": { module: modelsRoute, methods: { GET: [{ name: "list", request: get("/api/v1/models"), expect: PUBLIC_200 }] } },
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
          expect: scoped(404, { ...each(TEAM_A, 200), anonymous: 404 }),
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
          expect: scoped(200),
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
          expect: scoped(200),
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
          request: (key) => ({ url: "/api/v1/scenarios", init: json("POST", key, { name: `private by ${key}`, visibility: "private", params: scenarioParams }) }),
          expect: scoped(201),
        },
        {
          name: "create in team A (team owners/admins; other members 403; non-members 422)",
          request: (key, w) => ({
            url: "/api/v1/scenarios",
            init: json("POST", key, { name: `team A by ${key}`, visibility: "team", teamId: w.ids.teamA.id, params: scenarioParams }),
          }),
          expect: scoped(422, { teamAOwner: 201, teamAAdmin: 201, teamAMember: 403 }),
        },
      ],
    },
  },
  "app/api/v1/scenarios/[id]/route.ts": {
    module: scenarioRoute,
    methods: {
      GET: [
        { name: "private scenario of team A's owner", request: (key, w) => get(`/api/v1/scenarios/${w.privateA.id}`, { id: w.privateA.id })(key), expect: readScenario(["teamAOwner"]) },
        { name: "team A scenario", request: (key, w) => get(`/api/v1/scenarios/${w.teamAScenario.id}`, { id: w.teamAScenario.id })(key), expect: readScenario(TEAM_A) },
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
        { name: "private scenario", request: (key, w) => get(`/api/v1/scenarios/${w.privateA.id}/revisions`, { id: w.privateA.id })(key), expect: readScenario(["teamAOwner"]) },
        { name: "team A scenario", request: (key, w) => get(`/api/v1/scenarios/${w.teamAScenario.id}/revisions`, { id: w.teamAScenario.id })(key), expect: readScenario(TEAM_A) },
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
          expect: scoped(201),
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
          expect: table(404, { user: 200, moderator: 200, admin: 200, revokedToken: 401 }),
          check: (res, key, w) => {
            if (res.status === 200) expect(res.body.submission).toMatchObject({ id: w.pending.id, status: "pending", viewerIsSubmitter: key === "user" });
          },
        },
        {
          name: "an approved submission (public)",
          request: (key, w) => get(`/api/v1/submissions/${w.approved.id}`, { id: w.approved.id })(key),
          expect: table(200, { revokedToken: 401 }),
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
          expect: scoped(403, { moderator: 200, admin: 200 }),
          check: (res) => {
            if (res.status === 200) expect(res.body.submission.status).toBe("approved");
          },
        },
      ],
    },
  },
};

const WORD_CHAR = /[A-Za-z0-9._-]/;

/** `value` as a whole word in `text`: "admin-x@identities.test" is not found inside "teamaadmin-x@identities.test". */
function containsWhole(text: string, value: string): boolean {
  for (let at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + 1)) {
    const before = at > 0 ? text[at - 1] : "";
    const after = text[at + value.length] ?? "";
    if (!WORD_CHAR.test(before) && !WORD_CHAR.test(after)) return true;
  }
  return false;
}

/** The caller's own input (URL or body) may echo back, e.g. an id in a 404 message; that is no leak. */
function assertNoLeak(response: RouteResponse, request: RouteRequest, key: IdentityKey, w: World) {
  const sent = `${request.url}\n${typeof request.init?.body === "string" ? request.init.body : ""}`;
  const seen = `${response.text}\n${response.headers.get("location") ?? ""}`;
  for (const secret of w.secrets) {
    if (secret.visibleTo.includes(key) || sent.includes(secret.value)) continue;
    expect(containsWhole(seen, secret.value), `${key} must not see ${secret.label}`).toBe(false);
  }
  for (const secret of w.neverShown) expect(seen.includes(secret.value), `no response shows ${secret.label}`).toBe(false);
}

let pairsAsserted = 0;

beforeAll(async () => {
  await createWorld();
});

afterAll(async () => {
  console.info(`[authorization-matrix] identity × (route case | action case) pairs asserted: ${pairsAsserted}`);
  await db.$disconnect();
});

describe("route handlers × identities", () => {
  for (const [file, row] of Object.entries(ROUTES)) {
    for (const [method, cases] of Object.entries(row.methods)) {
      describe(`${method} ${file}`, () => {
        for (const routeCase of cases) {
          for (const key of IDENTITY_KEYS) {
            const expected = routeCase.expect[key];
            it(`${routeCase.name}: ${key} → ${expected}`, async () => {
              const handler = row.module[method];
              expect(typeof handler, `${file} exports ${method}`).toBe("function");
              const request = await routeCase.request(key, world);
              const response = await callRoute(handler, request.url, { ...request.init, params: request.params });
              expect(response.status, response.text.slice(0, 500)).toBe(expected);
              assertNoLeak(response, request, key, world);
              await routeCase.check?.(response, key, world);
              pairsAsserted++;
            });
          }
        }
      });
    }
  }
});

// ---------------------------------------------------------------------------------------------
// Server actions: each resolves the caller from the session cookie (bearer tokens never reach an
// action, so the no-session identities are a null caller) and hands it to lib/data functions.

interface ActionContext {
  ids: Identities;
  /** The caller an action hands to lib/data for this identity (null without a session). */
  user: SessionUser | null;
  key: IdentityKey;
}

interface ActionCase {
  name: string;
  /** Fresh identities and teams for every call: the function changes memberships, roles or credentials. */
  freshWorld?: boolean;
  run(ctx: ActionContext): Promise<unknown>;
  expect: Table<Outcome>;
}

interface ActionRow {
  /** How the action finds its caller: a call in its body (`requireUser()`...), or why it needs none. */
  resolves: string;
  /** The lib/data (or lib/auth) functions the action calls; each must appear in its body. */
  calls: string[];
  cases: ActionCase[];
  /** Set when no identity can change what the action does; says why and where it is covered. */
  noCallerReason?: string;
}

async function sessionUserOf(ids: Identities, key: IdentityKey): Promise<SessionUser | null> {
  if (NO_SESSION.includes(key)) return null;
  const user = await loadSessionUserById(userIdOf(key, ids));
  if (!user) throw new Error(`no session user for ${key}`);
  return user;
}

const scenarioCallerOf = (user: SessionUser | null): ScenarioCaller | null => (user ? { id: user.id, role: user.role } : null);
// Data functions receive exactly what the action passes: possibly null (typed as SessionUser there).
const asUser = (user: SessionUser | null) => user as SessionUser;
const uniqueIp = () => `198.51.100.${1 + (Math.floor(Math.random() * 250))}`;

async function ownerOf(ids: Identities): Promise<SessionUser> {
  return (await sessionUserOf(ids, "teamAOwner"))!;
}

const ACTIONS: Record<string, Record<string, ActionRow>> = {
  "app/account/actions.ts": {
    updateProfileAction: {
      resolves: "requireUser()",
      calls: ["updateProfile"],
      cases: [{ name: "own profile", run: ({ user, key }) => updateProfile({ user: asUser(user), name: `Renamed ${key}` }), expect: sessionOnly("ok") }],
    },
    changePasswordAction: {
      resolves: "requireUser()",
      calls: ["changePassword"],
      cases: [
        {
          name: "own password, with the current one",
          freshWorld: true,
          run: ({ user, ids }) =>
            changePassword({ user: asUser(user), currentPassword: ids.password, newPassword: "a new long passphrase", confirmPassword: "a new long passphrase", ip: uniqueIp() }),
          expect: sessionOnly("ok"),
        },
      ],
    },
    createTokenAction: {
      resolves: "requireUser()",
      calls: ["createApiToken"],
      cases: [
        { name: "scenarios:read token", run: ({ user }) => createApiToken({ user: asUser(user), name: "matrix", scopes: ["scenarios:read"] }), expect: sessionOnly("ok") },
        {
          name: "submissions:review token (moderators and admins only)",
          run: ({ user }) => createApiToken({ user: asUser(user), name: "matrix review", scopes: ["submissions:review"] }),
          expect: sessionOnly(403, { moderator: "ok", admin: "ok" }),
        },
      ],
    },
    revokeTokenAction: {
      resolves: "requireUser()",
      calls: ["revokeApiToken"],
      cases: [
        {
          name: "a fresh token of team A's member (owner, or a site admin)",
          run: async ({ user, ids }) => {
            const raw = `tc_matrix_${randomBytes(12).toString("hex")}`;
            const token = await db.apiToken.create({
              data: { userId: userIdOf("teamAMember", ids), name: "to revoke", prefix: raw.slice(0, 12), tokenHash: sha256Hex(raw), scopes: [] },
              select: { id: true },
            });
            return revokeApiToken({ user: asUser(user), tokenId: token.id });
          },
          expect: sessionOnly(404, { teamAMember: "ok", admin: "ok" }),
        },
      ],
    },
    revokeSessionAction: {
      resolves: "requireUser()",
      calls: ["revokeSession"],
      cases: [
        {
          name: "a fresh session of team A's member (only its own user; a site admin too gets 404)",
          run: async ({ user, ids }) => {
            await createSessionCookie(db, userIdOf("teamAMember", ids));
            const session = await db.session.findFirstOrThrow({ where: { userId: userIdOf("teamAMember", ids) }, orderBy: { expires: "desc" }, select: { id: true } });
            return revokeSession({ user: asUser(user), sessionId: session.id });
          },
          expect: sessionOnly(404, { teamAMember: "ok" }),
        },
      ],
    },
    signOutEverywhereAction: {
      resolves: "requireUser()",
      calls: ["signOutEverywhere"],
      cases: [{ name: "own sessions", freshWorld: true, run: ({ user }) => signOutEverywhere({ user: asUser(user) }), expect: sessionOnly("ok") }],
    },
  },
  "app/admin/actions.ts": {
    setUserRoleAction: {
      resolves: 'requireRole("admin")',
      calls: ["setUserRole"],
      cases: [
        {
          name: "make a fresh user a moderator (site admins only)",
          run: async ({ user, key }) => {
            const target = await db.user.create({ data: { email: `role-target-${key}-${randomBytes(4).toString("hex")}@matrix.test`, role: "user" }, select: { id: true } });
            return setUserRole({ user: asUser(user), targetUserId: target.id, role: "moderator" });
          },
          expect: sessionOnly(403, { admin: "ok" }),
        },
      ],
    },
  },
  "app/invite/[token]/actions.ts": {
    acceptInvitationAction: {
      resolves: "requireUser()",
      calls: ["acceptInvitation"],
      cases: [
        {
          name: "an open team A member invitation",
          freshWorld: true,
          run: async ({ user, ids }) => {
            const { token } = await createInvitation({ user: await ownerOf(ids), teamId: ids.teamA.id, role: "member" });
            return acceptInvitation({ user: asUser(user), token });
          },
          expect: sessionOnly("ok", each(TEAM_A, 409 as Outcome)),
        },
        {
          name: "an invitation bound to `user`'s email",
          freshWorld: true,
          run: async ({ user, ids }) => {
            const { token } = await createInvitation({ user: await ownerOf(ids), teamId: ids.teamA.id, role: "member", email: ids.identities.user.email });
            return acceptInvitation({ user: asUser(user), token });
          },
          expect: sessionOnly(403, { user: "ok" }),
        },
      ],
    },
  },
  "app/review/actions.ts": {
    reviewAction: {
      resolves: "getCurrentUser()",
      calls: ["reviewSubmission"],
      cases: [
        {
          name: "approve a fresh pending submission of `user` (moderators and admins)",
          run: async ({ user }) => {
            const target = await createSubmissionRow(userIdOf("user"), "pending", "action review target");
            return reviewSubmission(asUser(user), target.id, { decision: "approve" });
          },
          expect: sessionOnly(403, { moderator: "ok", admin: "ok" }),
        },
        {
          name: "review one's own pending submission (refused for moderators; admins are trusted)",
          run: async ({ user }) => {
            const target = await createSubmissionRow(user?.id ?? userIdOf("user"), "pending", "own review target");
            return reviewSubmission(asUser(user), target.id, { decision: "approve" });
          },
          expect: sessionOnly(403, { admin: "ok" }),
        },
      ],
    },
  },
  "app/scenarios/actions.ts": {
    createScenarioAction: {
      resolves: "caller()",
      calls: ["createScenario"],
      cases: [
        {
          name: "private scenario",
          run: ({ user, key }) => createScenario({ caller: scenarioCallerOf(user), input: { name: `action private ${key}`, visibility: "private", params: scenarioParams } }),
          expect: sessionOnly("ok"),
        },
        {
          name: "team A scenario (owners/admins; members 403; non-members 422)",
          run: ({ user, key, ids }) =>
            createScenario({ caller: scenarioCallerOf(user), input: { name: `action team ${key}`, visibility: "team", teamId: ids.teamA.id, params: scenarioParams } }),
          expect: sessionOnly(422, { teamAOwner: "ok", teamAAdmin: "ok", teamAMember: 403 }),
        },
      ],
    },
    updateScenarioAction: {
      resolves: "caller()",
      calls: ["updateScenario"],
      cases: [
        {
          name: "team A scenario",
          run: ({ user }) =>
            updateScenario({
              id: world.teamAScenario.id,
              caller: scenarioCallerOf(user),
              input: { name: world.teamAScenario.name, visibility: "team", teamId: world.ids.teamA.id, params: scenarioParams },
            }),
          expect: sessionOnly(404, { teamAOwner: "ok", teamAAdmin: "ok", teamAMember: 403 }),
        },
        {
          name: "private scenario of team A's owner",
          run: ({ user }) => updateScenario({ id: world.privateA.id, caller: scenarioCallerOf(user), input: { name: world.privateA.name, visibility: "private", params: scenarioParams } }),
          expect: sessionOnly(404, { teamAOwner: "ok" }),
        },
      ],
    },
    cloneScenarioAction: {
      resolves: "caller()",
      calls: ["cloneScenario"],
      cases: [
        { name: "team A scenario (readers)", run: ({ user }) => cloneScenario({ id: world.teamAScenario.id, caller: scenarioCallerOf(user) }), expect: sessionOnly(404, each(TEAM_A, "ok" as Outcome)) },
        { name: "private scenario", run: ({ user }) => cloneScenario({ id: world.privateA.id, caller: scenarioCallerOf(user) }), expect: sessionOnly(404, { teamAOwner: "ok" }) },
      ],
    },
    deleteScenarioAction: {
      resolves: "caller()",
      calls: ["deleteScenario"],
      cases: [
        {
          name: "a fresh team A scenario by team A's admin",
          run: async ({ user, key }) => {
            const target = await createScenarioRow({ name: `action delete ${key}`, ownerId: userIdOf("teamAAdmin"), teamId: world.ids.teamA.id });
            return deleteScenario({ id: target.id, caller: scenarioCallerOf(user) });
          },
          expect: sessionOnly(404, { teamAOwner: "ok", teamAAdmin: "ok", teamAMember: 403 }),
        },
      ],
    },
    setDefaultScenarioAction: {
      resolves: "caller()",
      calls: ["setDefaultScenario"],
      cases: [
        {
          name: "team A scenario as default (readers)",
          run: ({ user }) => setDefaultScenario({ caller: scenarioCallerOf(user), scenarioId: world.teamAScenario.id }),
          expect: sessionOnly(404, each(TEAM_A, "ok" as Outcome)),
        },
        { name: "clear the default", run: ({ user }) => setDefaultScenario({ caller: scenarioCallerOf(user), scenarioId: null }), expect: sessionOnly("ok") },
      ],
    },
  },
  "app/plan/actions.ts": {
    savePlanAction: {
      resolves: "getCurrentUser()",
      calls: ["createScenario", "updateScenario"],
      cases: [
        {
          name: "new team A scenario carrying a plan (owners/admins; members 403; non-members 422)",
          run: ({ user, key, ids }) =>
            createScenario({
              caller: scenarioCallerOf(user),
              input: { name: `plan team ${key}`, visibility: "team", teamId: ids.teamA.id, params: scenarioParams, plan: { outputTokensPerDay: 1e9 } },
            }),
          expect: sessionOnly(422, { teamAOwner: "ok", teamAAdmin: "ok", teamAMember: 403 }),
        },
        {
          name: "next revision of the team A scenario with a plan",
          run: ({ user }) =>
            updateScenario({
              id: world.teamAScenario.id,
              caller: scenarioCallerOf(user),
              input: { name: world.teamAScenario.name, visibility: "team", teamId: world.ids.teamA.id, params: scenarioParams, plan: { mode: "power", powerCapMw: 5 } },
            }),
          expect: sessionOnly(404, { teamAOwner: "ok", teamAAdmin: "ok", teamAMember: 403 }),
        },
      ],
    },
  },
  "app/signin/actions.ts": {
    signInAction: {
      resolves: "getSignInLimiter().assertAllowed",
      calls: ["signIn"],
      cases: [
        {
          // signIn("credentials") ends in Auth.js's authorize → verifyCredentials; the person behind a
          // revoked or scope-less token still signs in with the password.
          name: "verifyCredentials with the identity's email and password (anonymous: none)",
          run: async ({ key, ids }) => {
            const email = ids.identities[key].email;
            const verified = await verifyCredentials({ email: email ?? "", password: email ? ids.password : "" }, uniqueIp());
            if (!verified) throw new UnauthorizedError();
            expect(verified.id).toBe(ids.identities[key].userId);
          },
          expect: table<Outcome>("ok", { anonymous: 401 }),
        },
      ],
    },
    oauthSignInAction: {
      resolves: "enabledOAuthProviders()",
      calls: ["signIn", "safeRedirectPath"],
      cases: [],
      noCallerReason:
        "Starts an OAuth redirect for an enabled provider; it reads no caller and no data (providers are off in tests). The redirect target is same-site only (safeRedirectPath, unit-tested).",
    },
  },
  "app/signout/actions.ts": {
    signOutAction: {
      resolves: "signOut(",
      calls: ["signOut"],
      cases: [],
      noCallerReason: "Ends the requesting browser's own session only (Auth.js signOut on its cookie); covered by e2e/auth.spec.ts and the /api/auth route rows.",
    },
  },
  "app/signup/actions.ts": {
    signUpAction: {
      resolves: "getSignUpLimiter()",
      calls: ["registerUser", "signIn"],
      cases: [
        {
          name: "register a new account (open to anyone; the caller is irrelevant)",
          run: ({ key }) => registerUser({ email: `signup-${key}-${randomBytes(4).toString("hex")}@matrix.test`, password: "a long passphrase here" }),
          expect: table<Outcome>("ok"),
        },
        {
          name: "register an existing email (409 whoever asks)",
          run: ({ ids }) => registerUser({ email: ids.identities.teamBMember.email!, password: "a long passphrase here" }),
          expect: table<Outcome>(409),
        },
      ],
    },
  },
  "app/submit/actions.ts": {
    submitResultAction: {
      resolves: "getCurrentUser()",
      calls: ["createSubmissions", "previewSubmission"],
      cases: [
        {
          name: "submit one result (previewSubmission takes no caller and writes nothing)",
          run: ({ user, key }) => createSubmissions(asUser(user), [submissionInputSchema.parse(plausibleSubmission({ notes: `action by ${key}` }))]),
          expect: sessionOnly("ok"),
        },
      ],
    },
  },
  "app/teams/actions.ts": {
    createTeamAction: {
      resolves: "requireUser()",
      calls: ["createTeam"],
      cases: [{ name: "a new team", run: ({ user, key }) => createTeam({ user: asUser(user), name: `Matrix team ${key} ${randomBytes(3).toString("hex")}` }), expect: sessionOnly("ok") }],
    },
    createInvitationAction: {
      resolves: "requireUser()",
      calls: ["createInvitation"],
      cases: [
        {
          name: "member invitation to team A (owners/admins)",
          run: ({ user, ids }) => createInvitation({ user: asUser(user), teamId: ids.teamA.id, role: "member" }),
          expect: sessionOnly(404, { teamAOwner: "ok", teamAAdmin: "ok", teamAMember: 403 }),
        },
        {
          name: "admin invitation to team A (owner only)",
          run: ({ user, ids }) => createInvitation({ user: asUser(user), teamId: ids.teamA.id, role: "admin" }),
          expect: sessionOnly(404, { teamAOwner: "ok", teamAAdmin: 403, teamAMember: 403 }),
        },
      ],
    },
    revokeInvitationAction: {
      resolves: "requireUser()",
      calls: ["revokeInvitation"],
      cases: [
        {
          name: "a fresh team A invitation",
          run: async ({ user, ids }) => {
            const { invitation } = await createInvitation({ user: await ownerOf(ids), teamId: ids.teamA.id, role: "member" });
            return revokeInvitation({ user: asUser(user), teamId: ids.teamA.id, invitationId: invitation.id });
          },
          expect: sessionOnly(404, { teamAOwner: "ok", teamAAdmin: "ok", teamAMember: 403 }),
        },
      ],
    },
    changeMemberRoleAction: {
      resolves: "requireUser()",
      calls: ["changeMemberRole"],
      cases: [
        {
          name: "make team A's member an admin (owner only)",
          freshWorld: true,
          run: ({ user, ids }) => changeMemberRole({ user: asUser(user), teamId: ids.teamA.id, memberUserId: userIdOf("teamAMember", ids), role: "admin" }),
          expect: sessionOnly(404, { teamAOwner: "ok", teamAAdmin: 403, teamAMember: 403 }),
        },
      ],
    },
    removeMemberAction: {
      resolves: "requireUser()",
      calls: ["removeMember"],
      cases: [
        {
          name: "remove team A's member (owner, admin)",
          freshWorld: true,
          run: ({ user, ids }) => removeMember({ user: asUser(user), teamId: ids.teamA.id, memberUserId: userIdOf("teamAMember", ids) }),
          // The member removing themselves is told to use "leave" (409) after the role check (403 first).
          expect: sessionOnly(404, { teamAOwner: "ok", teamAAdmin: "ok", teamAMember: 403 }),
        },
        {
          name: "remove team A's admin (owner only)",
          freshWorld: true,
          run: ({ user, ids }) => removeMember({ user: asUser(user), teamId: ids.teamA.id, memberUserId: userIdOf("teamAAdmin", ids) }),
          expect: sessionOnly(404, { teamAOwner: "ok", teamAAdmin: 409, teamAMember: 403 }),
        },
      ],
    },
    transferOwnershipAction: {
      resolves: "requireUser()",
      calls: ["transferOwnership"],
      cases: [
        {
          name: "hand team A to its admin (owner only)",
          freshWorld: true,
          run: ({ user, ids }) => transferOwnership({ user: asUser(user), teamId: ids.teamA.id, newOwnerUserId: userIdOf("teamAAdmin", ids) }),
          expect: sessionOnly(404, { teamAOwner: "ok", teamAAdmin: 403, teamAMember: 403 }),
        },
      ],
    },
    leaveTeamAction: {
      resolves: "requireUser()",
      calls: ["leaveTeam"],
      cases: [
        {
          name: "leave team A (members; the owner must transfer first)",
          freshWorld: true,
          run: ({ user, ids }) => leaveTeam({ user: asUser(user), teamId: ids.teamA.id }),
          expect: sessionOnly(404, { teamAOwner: 409, teamAAdmin: "ok", teamAMember: "ok" }),
        },
      ],
    },
    deleteTeamAction: {
      resolves: "requireUser()",
      calls: ["getTeam", "deleteTeam"],
      cases: [
        {
          name: "read team A (the name check before deleting: members)",
          run: ({ user, ids }) => getTeam({ user: asUser(user), teamId: ids.teamA.id }),
          expect: sessionOnly(404, each(TEAM_A, "ok" as Outcome)),
        },
        {
          name: "delete team A (owner only)",
          freshWorld: true,
          run: ({ user, ids }) => deleteTeam({ user: asUser(user), teamId: ids.teamA.id }),
          expect: sessionOnly(404, { teamAOwner: "ok", teamAAdmin: 403, teamAMember: 403 }),
        },
      ],
    },
    setActiveTeamAction: {
      resolves: "requireUser()",
      calls: ["setActiveTeam"],
      cases: [
        {
          name: "pick team A (members only)",
          run: ({ user, ids }) => setActiveTeam({ user: asUser(user), teamId: ids.teamA.id }),
          expect: sessionOnly(404, each(TEAM_A, "ok" as Outcome)),
        },
        { name: "clear the active team", run: ({ user }) => setActiveTeam({ user: asUser(user), teamId: null }), expect: sessionOnly("ok") },
      ],
    },
  },
};

describe("server actions × identities (through the lib/data functions they call)", () => {
  for (const [file, actions] of Object.entries(ACTIONS)) {
    for (const [name, row] of Object.entries(actions)) {
      describe(`${name} (${file})`, () => {
        it(`resolves its caller with ${row.resolves} and calls ${row.calls.join(", ")}`, () => {
          const body = exportedFunctionText(file, name);
          expect(body).toContain(row.resolves);
          for (const fn of row.calls) expect(body, `${name} calls ${fn}`).toMatch(new RegExp(`\\b${fn}\\(`));
          if (row.cases.length === 0) expect(row.noCallerReason, `${name} has no identity cases, so it must say why`).toBeTruthy();
        });
        for (const actionCase of row.cases) {
          for (const key of IDENTITY_KEYS) {
            const expected = actionCase.expect[key];
            it(`${actionCase.name}: ${key} → ${expected}`, async () => {
              const ids = actionCase.freshWorld ? await createIdentities(db) : world.ids;
              const user = await sessionUserOf(ids, key);
              expect(await outcomeOf(() => actionCase.run({ ids, user, key }))).toBe(expected);
              pairsAsserted++;
            });
          }
        }
      });
    }
  }

  it("no action authenticates with a bearer token, so no-session identities are a null caller", () => {
    for (const [file, rows] of Object.entries(ACTIONS)) {
      for (const name of Object.keys(rows)) expect(exportedFunctionText(file, name), `${file}#${name}`).not.toMatch(/authenticateRequest|getOptionalCaller|Bearer/);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Completeness: the matrix has a row for every route × method and every server action.

describe("matrix completeness", () => {
  it("has a row for every route handler and each HTTP method it exports", () => {
    const missing: string[] = [];
    const routes = listRouteMethods();
    for (const [file, methods] of Object.entries(routes)) {
      if (methods.length === 0) missing.push(`${file} (exports no HTTP method the inventory recognises)`);
      for (const method of methods) {
        if (!ROUTES[file]?.methods[method]?.length) missing.push(`${method} ${file}`);
      }
    }
    const stale = Object.entries(ROUTES).flatMap(([file, row]) => Object.keys(row.methods).filter((m) => !routes[file]?.includes(m)).map((m) => `${m} ${file}`));
    expect(missing, "route × method without a row in the authorization matrix").toEqual([]);
    expect(stale, "matrix rows for routes or methods that no longer exist").toEqual([]);
    expect(Object.keys(routes).length).toBeGreaterThanOrEqual(18);
  });

  it("has a row for every exported server action", () => {
    const found = listServerActions();
    const missing = Object.entries(found).flatMap(([file, names]) => names.filter((name) => !ACTIONS[file]?.[name]).map((name) => `${file}#${name}`));
    const stale = Object.entries(ACTIONS).flatMap(([file, rows]) => Object.keys(rows).filter((name) => !found[file]?.includes(name)).map((name) => `${file}#${name}`));
    expect(missing, "server action without a row in the authorization matrix").toEqual([]);
    expect(stale, "matrix rows for actions that no longer exist").toEqual([]);
    expect(filesWithInlineServerActions(), "inline \"use server\" functions: move them to an actions module so the matrix sees them").toEqual([]);
  });

  it("gives every row an expected outcome for every identity", () => {
    for (const row of Object.values(ROUTES)) {
      for (const cases of Object.values(row.methods)) for (const c of cases) expect(Object.keys(c.expect).sort()).toEqual([...IDENTITY_KEYS].sort());
    }
    for (const rows of Object.values(ACTIONS)) {
      for (const row of Object.values(rows)) for (const c of row.cases) expect(Object.keys(c.expect).sort()).toEqual([...IDENTITY_KEYS].sort());
    }
  });
});
