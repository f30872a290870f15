// The authorization matrix, server-action half, through HTTP against the production server: every
// action of the build (its real id from the server-reference manifest) is called as a browser calls
// it. A session cookie without Origin (or from another site) changes nothing; bearer tokens (full,
// partial-scope, expired) are no session; identities get what the action table in
// tests/support/authz/action-table.ts says, checked here for the actions that change roles, teams,
// tokens and reviews.
import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";

import { createSubmission } from "../prisma/seed/factories";
import { createTestUser } from "./fixtures/auth";
import { e2eDb } from "./fixtures/db";
import { callAction, serverActionIds, sessionCookieFor } from "./fixtures/server-action";

// Forms without useActionState take the FormData only.
const FORM_ONLY = new Set([
  "app/signin/actions.ts#oauthSignInAction",
  "app/signout/actions.ts#signOutAction",
  "app/scenarios/actions.ts#setDefaultScenarioAction",
  "app/scenarios/actions.ts#deleteScenarioAction",
]);

function loopback(): string {
  const b = randomBytes(3);
  return `127.${b[0]}.${b[1]}.${Math.max(2, b[2])}`;
}

test.describe("server actions over HTTP", () => {
  test("the build has the actions the matrix knows", () => {
    const actions = [...serverActionIds().keys()];
    expect(actions.length).toBeGreaterThanOrEqual(28);
    for (const name of [
      "app/teams/actions.ts#createTeamAction",
      "app/admin/actions.ts#setUserRoleAction",
      "app/account/actions.ts#createTokenAction",
      "app/review/actions.ts#reviewAction",
    ]) {
      expect(actions).toContain(name);
    }
  });

  test("every action refuses a session cookie without Origin or from another site, and runs nothing", async () => {
    const user = await createTestUser();
    const cookie = await sessionCookieFor(user.id);
    const teamName = `no-origin-${randomBytes(4).toString("hex")}`;
    for (const [action] of serverActionIds()) {
      const withState = !FORM_ONLY.has(action);
      const missing = await callAction({ action, cookie, origin: null, withState, fields: { name: teamName } });
      expect(missing.status, `${action} without Origin`).toBe(403);
      const crossSite = await callAction({ action, cookie, origin: "https://evil.example", withState, fields: { name: teamName } });
      expect(crossSite.status, `${action} from another site`).toBeGreaterThanOrEqual(400);
    }
    expect(await e2eDb().team.count({ where: { name: teamName } })).toBe(0);
    // The session still works from our own origin.
    const ok = await callAction({ action: "app/teams/actions.ts#createTeamAction", cookie, fields: { name: teamName } });
    expect(ok.status).toBeLessThan(400);
    expect(await e2eDb().team.count({ where: { name: teamName } })).toBe(1);
  });

  test("bearer tokens are no session for actions: full, partial-scope and expired tokens alike", async () => {
    const user = await createTestUser();
    const teamName = `bearer-${randomBytes(4).toString("hex")}`;
    const { createHash } = await import("node:crypto");
    for (const [label, scopes, expiresAt] of [
      ["full", ["submissions:write", "scenarios:read", "scenarios:write"], null],
      ["partial", ["scenarios:read"], null],
      ["expired", ["scenarios:write"], new Date(Date.now() - 86_400_000)],
    ] as const) {
      const raw = `tc_${randomBytes(32).toString("base64url")}`;
      await e2eDb().apiToken.create({
        data: {
          userId: user.id,
          name: label,
          prefix: raw.slice(0, 10),
          tokenHash: createHash("sha256").update(raw).digest("hex"),
          scopes: [...scopes],
          expiresAt,
        },
      });
      const response = await callAction({
        action: "app/teams/actions.ts#createTeamAction",
        headers: { authorization: `Bearer ${raw}` },
        fields: { name: teamName },
      });
      expect(response.text, label).toContain("Your session has ended");
    }
    expect(await e2eDb().team.count({ where: { name: teamName } })).toBe(0);
  });

  test("identities get what the action table says: roles, tokens, reviews", async () => {
    const plain = await createTestUser();
    const admin = await createTestUser({ role: "admin" });
    const target = await createTestUser();
    const plainCookie = await sessionCookieFor(plain.id);
    const adminCookie = await sessionCookieFor(admin.id);

    // setUserRoleAction: site admins only.
    const refused = await callAction({
      action: "app/admin/actions.ts#setUserRoleAction",
      cookie: plainCookie,
      fields: { userId: target.id, role: "moderator" },
    });
    expect(refused.status).toBeLessThan(500);
    expect((await e2eDb().user.findUniqueOrThrow({ where: { id: target.id }, select: { role: true } })).role).toBe("user");
    await callAction({ action: "app/admin/actions.ts#setUserRoleAction", cookie: adminCookie, fields: { userId: target.id, role: "moderator" } });
    expect((await e2eDb().user.findUniqueOrThrow({ where: { id: target.id }, select: { role: true } })).role).toBe("moderator");

    // createTokenAction: the password again; review scope for moderators and admins only.
    const fields = { name: "http matrix", scopes: "scenarios:read", expiresInDays: "90" };
    const noPassword = await callAction({ action: "app/account/actions.ts#createTokenAction", cookie: plainCookie, fields, localAddress: loopback() });
    expect(noPassword.text).not.toMatch(/tc_[A-Za-z0-9_-]{43}/);
    const withPassword = await callAction({
      action: "app/account/actions.ts#createTokenAction",
      cookie: plainCookie,
      fields: { ...fields, password: plain.password },
      localAddress: loopback(),
    });
    expect(withPassword.text).toMatch(/tc_[A-Za-z0-9_-]{43}/);
    const review = await callAction({
      action: "app/account/actions.ts#createTokenAction",
      cookie: plainCookie,
      fields: { ...fields, scopes: "submissions:review", password: plain.password },
      localAddress: loopback(),
    });
    expect(review.text).not.toMatch(/tc_[A-Za-z0-9_-]{43}/);
    const tokens = await e2eDb().apiToken.findMany({ where: { userId: plain.id }, select: { scopes: true, expiresAt: true } });
    expect(tokens).toHaveLength(1);
    expect(tokens[0].scopes).toEqual(["scenarios:read"]);

    // reviewAction: a plain user cannot approve.
    const model = await e2eDb().model.findUniqueOrThrow({ where: { slug: "llama-3.1-8b" }, select: { id: true } });
    const accelerator = await e2eDb().accelerator.findUniqueOrThrow({ where: { slug: "h100-sxm" }, select: { id: true } });
    const pending = await createSubmission(e2eDb(), {
      modelId: model.id,
      acceleratorId: accelerator.id,
      acceleratorCount: 1,
      precision: "FP8",
      engine: "vLLM",
      engineVersion: null,
      scenario: null,
      outputTokensPerSecond: 1700,
      sourceUrl: null,
      submitterId: target.id,
      status: "pending",
    });
    await callAction({
      action: "app/review/actions.ts#reviewAction",
      cookie: plainCookie,
      fields: { id: pending.id, submissionId: pending.id, decision: "approve" },
    });
    expect((await e2eDb().benchmarkSubmission.findUniqueOrThrow({ where: { id: pending.id }, select: { status: true } })).status).toBe("pending");
  });
});
