import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { authenticateRequest } from "@/lib/auth/api-auth";
import { sha256Hex } from "@/lib/auth/secrets";
import { decodeSessionCookie, issueSessionCookie, resolveSessionCookie } from "@/lib/auth/session-cookie";
import { closeSessionRecord, loadUserRefById, openSessionRecord } from "@/lib/auth/session-store";
import type { UserRef } from "@/lib/auth/types";
import { changePassword } from "@/lib/data/users/change-password";
import { getDisplayProfile } from "@/lib/data/users/get-display-profile";
import { listMySessions, revokeSession, signOutEverywhere } from "@/lib/data/users/sessions";
import { db } from "@/lib/db";
import { createIdentities, createSessionCookie, IDENTITY_PASSWORD, type Identities } from "@/tests/support/identities";

const ORIGIN = "http://127.0.0.1:3210";
let ids: Identities;

function withCookie(cookie: { name: string; value: string }, init: RequestInit & { headers?: Record<string, string> } = {}): Request {
  return new Request(`${ORIGIN}/api/v1/scenarios`, { ...init, headers: { cookie: `${cookie.name}=${cookie.value}`, ...init.headers } });
}

beforeAll(async () => {
  ids = await createIdentities(db);
});

afterAll(async () => {
  await db.$disconnect();
});

describe("sessions", () => {
  it("a session cookie identifies the user, with the current role and team", async () => {
    const cookie = await issueSessionCookie(ids.identities.teamAAdmin.userId!);
    const user = await resolveSessionCookie(`other=1; ${cookie.name}=${cookie.value}`);
    // The identity only; what pages show of the person is read by id (getDisplayProfile).
    expect(user).toEqual({ id: ids.identities.teamAAdmin.userId, role: "user" });
    expect(await getDisplayProfile({ user: user! })).toEqual({
      email: ids.identities.teamAAdmin.email,
      name: expect.any(String),
      activeTeamId: ids.teamA.id,
    });
    const caller = await authenticateRequest(withCookie(cookie), { allowSession: true, scope: "scenarios:read" });
    expect(caller.via).toBe("session");
    // Review is only for moderators and admins.
    await expect(authenticateRequest(withCookie(cookie), { allowSession: true, scope: "submissions:review" })).rejects.toMatchObject({ status: 403 });
    // Without allowSession, cookies are not accepted at all.
    await expect(authenticateRequest(withCookie(cookie))).rejects.toMatchObject({ status: 401 });
  });

  it("a tampered or foreign cookie is no session", async () => {
    const cookie = await issueSessionCookie(ids.identities.user.userId!);
    expect(await resolveSessionCookie(`${cookie.name}=${cookie.value.slice(0, -4)}AAAA`)).toBeNull();
    expect(await resolveSessionCookie(`${cookie.name}=not-a-jwt`)).toBeNull();
    expect(await resolveSessionCookie(null)).toBeNull();
  });

  it("signing out one session ends it at once; others keep working", async () => {
    const userId = ids.identities.teamAMember.userId!;
    const phone = await issueSessionCookie(userId);
    const laptop = await issueSessionCookie(userId);
    const claims = await decodeSessionCookie(`${phone.name}=${phone.value}`);
    await closeSessionRecord(claims?.sid);
    expect(await resolveSessionCookie(`${phone.name}=${phone.value}`)).toBeNull();
    await expect(authenticateRequest(withCookie(phone), { allowSession: true })).rejects.toMatchObject({ status: 401 });
    expect((await resolveSessionCookie(`${laptop.name}=${laptop.value}`))?.id).toBe(userId);
  });

  it("lists the caller's sessions, marks the current one, and revokes one by id (own sessions only)", async () => {
    const userId = ids.identities.teamBOwner.userId!;
    const user = (await loadUserRefById(userId))!;
    const a = await issueSessionCookie(userId);
    const b = await issueSessionCookie(userId);
    const currentSid = (await decodeSessionCookie(`${a.name}=${a.value}`))?.sid as string;
    const sessions = await listMySessions({ user, currentSid });
    expect(sessions).toHaveLength(2);
    expect(sessions.filter((s) => s.current)).toHaveLength(1);
    const other = sessions.find((s) => !s.current)!;
    await expect(revokeSession({ user: (await loadUserRefById(ids.identities.user.userId!))!, sessionId: other.id })).rejects.toMatchObject({
      status: 404,
    });
    await revokeSession({ user, sessionId: other.id });
    expect(await resolveSessionCookie(`${b.name}=${b.value}`)).toBeNull();
    expect((await resolveSessionCookie(`${a.name}=${a.value}`))?.id).toBe(userId);
  });

  it("a sign-in keeps the browser's User-Agent (cut to 512 characters); the owner sees it in words", async () => {
    const userId = ids.identities.teamAMember.userId!;
    const user = (await loadUserRefById(userId))!;
    const chrome = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36";
    const iphone = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.6 Mobile/15E148 Safari/604.1";
    const laptop = await openSessionRecord(userId, { userAgent: chrome });
    const phone = await issueSessionCookie(userId, "authjs.session-token", { userAgent: iphone });
    const huge = await openSessionRecord(userId, {
      userAgent: `Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:140.0) Gecko/20100101 Firefox/140.0 ${"x".repeat(5000)}`,
    });
    const none = await openSessionRecord(userId);

    const stored = await db.session.findUniqueOrThrow({ where: { sessionToken: sha256Hex(huge.sid) }, select: { userAgent: true } });
    expect(stored.userAgent).toHaveLength(512);
    expect(stored.userAgent).toMatch(/^Mozilla\/5\.0 \(Windows NT 10\.0.*Firefox\/140\.0 x+$/);
    expect((await db.session.findUniqueOrThrow({ where: { sessionToken: sha256Hex(laptop.sid) }, select: { userAgent: true } })).userAgent).toBe(chrome);
    expect((await db.session.findUniqueOrThrow({ where: { sessionToken: sha256Hex(none.sid) }, select: { userAgent: true } })).userAgent).toBeNull();

    // A session from before the column existed (NULL) reads "Unknown browser"; lastSeenAt is listed as stored.
    const lastSeenAt = new Date(Date.now() - 3 * 3_600_000);
    await db.session.update({ where: { sessionToken: sha256Hex(none.sid) }, data: { lastSeenAt } });
    const phoneSid = (await decodeSessionCookie(`${phone.name}=${phone.value}`))?.sid as string;
    const sessions = await listMySessions({ user, currentSid: phoneSid });
    const sessionIds = new Map(
      (await db.session.findMany({ where: { userId }, select: { id: true, sessionToken: true } })).map((row) => [row.sessionToken, row.id]),
    );
    const bySid = (sid: string) => sessions.find((s) => s.id === sessionIds.get(sid));
    expect(bySid(sha256Hex(laptop.sid))).toMatchObject({ device: "Chrome 142 on Linux", current: false });
    expect(bySid(sha256Hex(phoneSid))).toMatchObject({ device: "Safari on iPhone", current: true });
    expect(bySid(sha256Hex(huge.sid))).toMatchObject({ device: "Firefox 140 on Windows" });
    expect(bySid(sha256Hex(none.sid))).toMatchObject({ device: "Unknown browser", lastSeenAt });
    for (const session of sessions) {
      // The label and the activity time, never the raw header or the token hash.
      expect(Object.keys(session).sort()).toEqual(["current", "device", "expires", "id", "lastSeenAt", "signedInAt"]);
      expect(session.lastSeenAt).toBeInstanceOf(Date);
    }

    // Another user's list holds none of these sessions.
    const other = (await loadUserRefById(ids.identities.user.userId!))!;
    await openSessionRecord(other.id, { userAgent: "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:140.0) Gecko/20100101 Firefox/140.0" });
    const othersList = await listMySessions({ user: other });
    expect(othersList.length).toBeGreaterThan(0);
    expect(othersList.some((s) => [...sessionIds.values()].includes(s.id))).toBe(false);
    expect(othersList.map((s) => s.device)).not.toContain("Safari on iPhone");
    expect(othersList.map((s) => s.device)).toContain("Firefox 140 on Windows");
  });

  it("sign out everywhere ends every session at once, but not API tokens", async () => {
    const userId = ids.identities.teamBMember.userId!;
    const user = (await loadUserRefById(userId))!;
    const cookies = [await issueSessionCookie(userId), await issueSessionCookie(userId)];
    for (const c of cookies) expect((await resolveSessionCookie(`${c.name}=${c.value}`))?.id).toBe(userId);
    await signOutEverywhere({ user });
    for (const c of cookies) expect(await resolveSessionCookie(`${c.name}=${c.value}`)).toBeNull();
    const token = ids.identities.teamBMember.token!;
    const caller = await authenticateRequest(new Request(`${ORIGIN}/x`, { headers: { Authorization: `Bearer ${token}` } }));
    expect(caller.user.id).toBe(userId);
    expect(await db.auditLog.count({ where: { action: "auth.sessions.revoke_all", actorId: userId } })).toBe(1);
  });

  it("a password change ends every session; a wrong current password changes nothing", async () => {
    const userId = ids.identities.teamAOwner.userId!;
    const user: UserRef = (await loadUserRefById(userId))!;
    const cookie = await issueSessionCookie(userId);
    const ip = "203.0.113.77";
    await expect(
      changePassword({ user, currentPassword: "wrong-password", newPassword: "a-new-password-1", confirmPassword: "a-new-password-1", ip }),
    ).rejects.toMatchObject({ status: 422, errors: [{ path: "currentPassword", message: "Current password is wrong" }] });
    expect((await resolveSessionCookie(`${cookie.name}=${cookie.value}`))?.id).toBe(userId);
    await expect(changePassword({ user, currentPassword: IDENTITY_PASSWORD, newPassword: "short", confirmPassword: "short", ip })).rejects.toMatchObject({
      status: 422,
      errors: [expect.objectContaining({ path: "newPassword" })],
    });

    await changePassword({ user, currentPassword: IDENTITY_PASSWORD, newPassword: "a-new-password-1", confirmPassword: "a-new-password-1", ip });
    expect(await resolveSessionCookie(`${cookie.name}=${cookie.value}`)).toBeNull();
  });

  it("a session unused for longer than the idle timeout ends; use keeps it alive", async () => {
    const userId = ids.identities.teamBOwner.userId!;
    const cookie = await issueSessionCookie(userId);
    const header = `${cookie.name}=${cookie.value}`;
    const claims = await decodeSessionCookie(header);
    const row = await db.session.findFirstOrThrow({ where: { userId, sessionToken: sha256Hex(String(claims?.sid)) }, select: { id: true } });
    // Six days idle: still valid, and the visit is recorded.
    await db.session.update({ where: { id: row.id }, data: { lastSeenAt: new Date(Date.now() - 6 * 86_400_000) } });
    expect((await resolveSessionCookie(header))?.id).toBe(userId);
    const touched = await db.session.findUniqueOrThrow({ where: { id: row.id }, select: { lastSeenAt: true } });
    expect(Date.now() - touched.lastSeenAt.getTime()).toBeLessThan(60_000);
    // Eight days idle (default timeout 7): gone, though the 30-day lifetime is not over.
    await db.session.update({ where: { id: row.id }, data: { lastSeenAt: new Date(Date.now() - 8 * 86_400_000) } });
    expect(await resolveSessionCookie(header)).toBeNull();
  });

  it("the identities helper issues cookies the app accepts", async () => {
    const cookie = await createSessionCookie(db, ids.identities.admin.userId!);
    expect((await resolveSessionCookie(`${cookie.name}=${cookie.value}`))?.role).toBe("admin");
  });
});

describe("cookie-authenticated state changes are same-origin only", () => {
  it("refuses a cross-site POST carrying a valid session cookie", async () => {
    const cookie = await issueSessionCookie(ids.identities.user.userId!);
    const crossSite: Record<string, string>[] = [
      { origin: "https://evil.example", "sec-fetch-site": "cross-site" },
      { origin: "https://evil.example" },
      { "sec-fetch-site": "cross-site" },
      { origin: "null" },
      {},
    ];
    for (const headers of crossSite) {
      await expect(
        authenticateRequest(withCookie(cookie, { method: "POST", headers: { "content-type": "text/plain", ...headers } }), { allowSession: true }),
      ).rejects.toMatchObject({ status: 403 });
    }
  });

  it("accepts the same request from our own origin, and GETs from anywhere", async () => {
    const cookie = await issueSessionCookie(ids.identities.user.userId!);
    const ok: { method: string; headers: Record<string, string> }[] = [
      { method: "POST", headers: { origin: ORIGIN, "sec-fetch-site": "same-origin" } },
      { method: "DELETE", headers: { "sec-fetch-site": "same-origin" } },
      { method: "GET", headers: { "sec-fetch-site": "cross-site" } },
    ];
    for (const init of ok) {
      const caller = await authenticateRequest(withCookie(cookie, init), { allowSession: true });
      expect(caller.user.id).toBe(ids.identities.user.userId);
    }
  });

  it("a bearer token needs no Origin (it is not sent by browsers on their own)", async () => {
    const request = new Request(`${ORIGIN}/api/v1/x`, {
      method: "POST",
      headers: { Authorization: `Bearer ${ids.identities.user.token}`, origin: "https://elsewhere.example" },
    });
    expect((await authenticateRequest(request)).via).toBe("token");
  });
});
