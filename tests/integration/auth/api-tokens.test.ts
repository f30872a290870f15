import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { authenticateRequest, getOptionalCaller } from "@/lib/auth/api-auth";
import { loadUserRefById } from "@/lib/auth/session-store";
import type { UserRef } from "@/lib/auth/types";
import { createApiToken } from "@/lib/data/tokens/create-api-token";
import { listApiTokens } from "@/lib/data/tokens/list-api-tokens";
import { revokeApiToken } from "@/lib/data/tokens/revoke-api-token";
import { signOutEverywhere } from "@/lib/data/users/sessions";
import { setUserRole } from "@/lib/data/users/set-user-role";
import { db } from "@/lib/db";
import { createIdentities, IDENTITY_PASSWORD, type Identities, type IdentityKey } from "@/tests/support/identities";

let ids: Identities;
const REAUTH = { password: IDENTITY_PASSWORD };

async function as(key: IdentityKey): Promise<UserRef> {
  return (await loadUserRefById(ids.identities[key].userId!))!;
}

function bearer(token: string, method = "GET"): Request {
  return new Request("http://127.0.0.1:3210/api/v1/anything", { method, headers: { Authorization: `Bearer ${token}` } });
}

beforeAll(async () => {
  ids = await createIdentities(db);
});

afterAll(async () => {
  await db.$disconnect();
});

describe("API tokens", () => {
  it("are shown once, stored as a SHA-256 hash, and authenticate with their scopes", async () => {
    const user = await as("user");
    const { token, apiToken } = await createApiToken({ user, reauth: REAUTH, name: "uploader", scopes: ["submissions:write", "scenarios:read"] });
    expect(token).toMatch(/^tc_[A-Za-z0-9_-]{43}$/);
    expect(apiToken.prefix).toBe(token.slice(0, 10));
    const row = await db.apiToken.findUniqueOrThrow({ where: { id: apiToken.id }, select: { tokenHash: true, lastUsedAt: true } });
    expect(row.tokenHash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(row.lastUsedAt).toBeNull();
    // Listing never returns the hash.
    const listed = await listApiTokens({ user });
    expect(listed.find((t) => t.id === apiToken.id)).toMatchObject({ name: "uploader", prefix: token.slice(0, 10) });
    expect(JSON.stringify(listed)).not.toContain(row.tokenHash);

    const caller = await authenticateRequest(bearer(token), { scope: "submissions:write" });
    expect(caller).toMatchObject({ via: "token", tokenId: apiToken.id, user: { id: user.id, role: "user" } });
    // The identity only: email, name and active team are display data, read where they are shown.
    expect(Object.keys(caller.user).sort()).toEqual(["id", "role"]);
    expect(caller.scopes).toEqual(["submissions:write", "scenarios:read"]);
    const used = await db.apiToken.findUniqueOrThrow({ where: { id: apiToken.id }, select: { lastUsedAt: true } });
    expect(used.lastUsedAt).toBeInstanceOf(Date);

    await expect(authenticateRequest(bearer(token), { scope: "scenarios:write" })).rejects.toMatchObject({ status: 403 });
  });

  it("answers 401 for missing, malformed, unknown, revoked and expired tokens", async () => {
    await expect(authenticateRequest(new Request("http://127.0.0.1:3210/api/v1/x"))).rejects.toMatchObject({ status: 401 });
    await expect(authenticateRequest(new Request("http://127.0.0.1:3210/api/v1/x", { headers: { Authorization: "Basic abc" } }))).rejects.toMatchObject({
      status: 401,
    });
    await expect(authenticateRequest(bearer("tc_" + "A".repeat(43)))).rejects.toMatchObject({ status: 401 });
    await expect(authenticateRequest(bearer(ids.identities.revokedToken.token!))).rejects.toMatchObject({ status: 401 });

    const user = await as("user");
    const { token, apiToken } = await createApiToken({ user, reauth: REAUTH, name: "short-lived", scopes: ["scenarios:read"], expiresInDays: 1 });
    await db.apiToken.update({ where: { id: apiToken.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expect(authenticateRequest(bearer(token))).rejects.toMatchObject({ status: 401 });
  });

  it("stop working the moment they are revoked, and only their owner (or an admin) can revoke them", async () => {
    const user = await as("user");
    const { token, apiToken } = await createApiToken({ user, reauth: REAUTH, name: "to revoke", scopes: ["scenarios:read"] });
    expect((await authenticateRequest(bearer(token), { scope: "scenarios:read" })).user.id).toBe(user.id);

    await expect(revokeApiToken({ user: await as("teamAMember"), tokenId: apiToken.id })).rejects.toMatchObject({ status: 404 });
    await expect(revokeApiToken({ user: await as("moderator"), tokenId: apiToken.id })).rejects.toMatchObject({ status: 404 });
    expect((await authenticateRequest(bearer(token))).user.id).toBe(user.id);

    const revoked = await revokeApiToken({ user, tokenId: apiToken.id });
    expect(revoked.revokedAt).toBeInstanceOf(Date);
    await expect(authenticateRequest(bearer(token))).rejects.toMatchObject({ status: 401 });

    const audit = await db.auditLog.findMany({ where: { targetId: apiToken.id }, orderBy: { createdAt: "asc" }, select: { action: true, actorId: true } });
    expect(audit).toEqual([
      { action: "token.create", actorId: user.id },
      { action: "token.revoke", actorId: user.id },
    ]);

    const second = await createApiToken({ user, reauth: REAUTH, name: "admin revokes", scopes: ["scenarios:read"] });
    await revokeApiToken({ user: await as("admin"), tokenId: second.apiToken.id });
    await expect(authenticateRequest(bearer(second.token))).rejects.toMatchObject({ status: 401 });
  });

  it("keeps submissions:review for moderators and admins, also after a demotion", async () => {
    await expect(createApiToken({ user: await as("user"), reauth: REAUTH, name: "x", scopes: ["submissions:review"] })).rejects.toMatchObject({ status: 403 });
    const moderatorToken = ids.identities.moderator.token!;
    expect((await authenticateRequest(bearer(moderatorToken), { scope: "submissions:review" })).user.role).toBe("moderator");

    await setUserRole({ user: await as("admin"), targetUserId: ids.identities.moderator.userId!, role: "user" });
    await expect(authenticateRequest(bearer(moderatorToken), { scope: "submissions:review" })).rejects.toMatchObject({ status: 403 });
    // Its other scopes still work.
    expect((await authenticateRequest(bearer(moderatorToken), { scope: "submissions:write" })).user.role).toBe("user");
    await setUserRole({ user: await as("admin"), targetUserId: ids.identities.moderator.userId!, role: "moderator" });
  });

  it("a token without scopes authenticates but passes no scope check", async () => {
    const token = ids.identities.tokenWithoutScope.token!;
    expect((await authenticateRequest(bearer(token))).scopes).toEqual([]);
    await expect(authenticateRequest(bearer(token), { scope: "scenarios:read" })).rejects.toMatchObject({ status: 403 });
  });

  it("refuses invalid token input with field errors and writes nothing", async () => {
    const user = await as("teamBMember");
    const before = await db.apiToken.count({ where: { userId: user.id } });
    await expect(createApiToken({ user, reauth: REAUTH, name: "", scopes: ["nope"] })).rejects.toMatchObject({
      status: 422,
      errors: expect.arrayContaining([expect.objectContaining({ path: "name" }), expect.objectContaining({ path: "scopes.0" })]),
    });
    expect(await db.apiToken.count({ where: { userId: user.id } })).toBe(before);
  });

  it('expire after 90 days unless another expiry or "never" is chosen explicitly', async () => {
    const user = await as("teamBOwner");
    const byDefault = await createApiToken({ user, reauth: REAUTH, name: "default expiry", scopes: ["scenarios:read"] });
    const days = (byDefault.apiToken.expiresAt!.getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(89.9);
    expect(days).toBeLessThanOrEqual(90);
    const never = await createApiToken({ user, reauth: REAUTH, name: "forever", scopes: ["scenarios:read"], expiresInDays: "never" });
    expect(never.apiToken.expiresAt).toBeNull();
    await expect(createApiToken({ user, reauth: REAUTH, name: "bad", scopes: ["scenarios:read"], expiresInDays: "forever" as never })).rejects.toMatchObject({
      status: 422,
    });
  });

  it("minting asks for the password again; a wrong one mints nothing", async () => {
    const user = await as("teamBMember");
    const before = await db.apiToken.count({ where: { userId: user.id } });
    await expect(createApiToken({ user, reauth: { password: "not-the-password" }, name: "stolen session", scopes: ["scenarios:read"] })).rejects.toMatchObject({
      status: 422,
      errors: [{ path: "password", message: "Password is wrong" }],
    });
    await expect(createApiToken({ user, reauth: { password: "" }, name: "stolen session", scopes: ["scenarios:read"] })).rejects.toMatchObject({ status: 422 });
    expect(await db.apiToken.count({ where: { userId: user.id } })).toBe(before);
  });

  it("sign out everywhere revokes the tokens too when asked", async () => {
    const user = await as("teamAAdmin");
    const { token } = await createApiToken({ user, reauth: REAUTH, name: "laptop", scopes: ["scenarios:read"] });
    await signOutEverywhere({ user, ip: "10.9.9.9" });
    expect((await authenticateRequest(bearer(token))).user.id).toBe(user.id);
    await signOutEverywhere({ user, ip: "10.9.9.9", revokeTokens: true });
    await expect(authenticateRequest(bearer(token))).rejects.toMatchObject({ status: 401 });
  });

  it("getOptionalCaller: null when anonymous, the caller with a token, 401 for a bad token", async () => {
    expect(await getOptionalCaller(new Request("http://127.0.0.1:3210/api/v1/x"))).toBeNull();
    expect((await getOptionalCaller(bearer(ids.identities.admin.token!)))?.user.role).toBe("admin");
    await expect(getOptionalCaller(bearer(ids.identities.revokedToken.token!))).rejects.toMatchObject({ status: 401 });
  });
});
