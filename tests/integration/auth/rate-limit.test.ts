import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { guardAuthPost } from "@/lib/auth/auth-route-guard";
import { verifyCredentials } from "@/lib/auth/credentials";
import { createSignInLimiter } from "@/lib/auth/rate-limit";
import { db } from "@/lib/db";
import { RateLimitError } from "@/lib/errors";
import { createIdentities, IDENTITY_PASSWORD, type Identities } from "@/tests/support/identities";

// The route guard below uses the app's default limiter, configured from the environment on first use.
process.env.AUTH_RATE_LIMIT_ACCOUNT_FAILURES = "3";
process.env.AUTH_RATE_LIMIT_IP_FAILURES = "1000";
// These in-process requests carry their client address in X-Forwarded-For, as from one proxy.
process.env.TRUSTED_PROXIES = "1";

let ids: Identities;

beforeAll(async () => {
  ids = await createIdentities(db);
});

afterAll(async () => {
  await db.$disconnect();
});

function uniqueIp(): string {
  const b = randomBytes(3);
  return `10.${b[0]}.${b[1]}.${b[2]}`;
}

describe("sign-in rate limiting (PostgreSQL store)", () => {
  it("blocks an (account, IP) pair after its failed attempts, even with the right password, and says when to retry", async () => {
    const limiter = createSignInLimiter({ accountFailures: 3, ipFailures: 100, windowSeconds: 600, keyPrefix: `t${randomBytes(4).toString("hex")}` });
    const email = ids.identities.user.email!;
    const ip = uniqueIp();
    for (let i = 0; i < 3; i++) {
      expect(await verifyCredentials({ email, password: "wrong-password" }, ip, limiter)).toBeNull();
    }
    const blocked = await verifyCredentials({ email, password: IDENTITY_PASSWORD }, ip, limiter).catch((e: unknown) => e);
    expect(blocked).toBeInstanceOf(RateLimitError);
    expect((blocked as RateLimitError).status).toBe(429);
    expect((blocked as RateLimitError).retryAfterSeconds).toBeGreaterThan(500);
    expect((blocked as RateLimitError).retryAfterSeconds).toBeLessThanOrEqual(600);
    // Another account from the same IP is unaffected.
    expect(await verifyCredentials({ email: ids.identities.moderator.email!, password: IDENTITY_PASSWORD }, ip, limiter)).toMatchObject({
      id: ids.identities.moderator.userId,
    });

    const failures = await db.auditLog.count({ where: { action: "auth.signin.failure", targetId: ids.identities.user.userId, ip } });
    expect(failures).toBe(3);
  });

  // Issue 12 (lockout): a stranger's guesses must not lock the owner out from their own address.
  it("does not let a stranger lock the account out for its owner; a global cap still stops a botnet", async () => {
    const limiter = createSignInLimiter({
      accountFailures: 3,
      accountGlobalFailures: 8,
      ipFailures: 100,
      windowSeconds: 600,
      keyPrefix: `t${randomBytes(4).toString("hex")}`,
    });
    const email = ids.identities.teamAAdmin.email!;
    const attacker = uniqueIp();
    for (let i = 0; i < 3; i++) expect(await verifyCredentials({ email, password: "wrong-password" }, attacker, limiter)).toBeNull();
    await expect(verifyCredentials({ email, password: "wrong-password" }, attacker, limiter)).rejects.toBeInstanceOf(RateLimitError);
    expect(await verifyCredentials({ email, password: IDENTITY_PASSWORD }, uniqueIp(), limiter)).toMatchObject({ id: ids.identities.teamAAdmin.userId });
    // Many addresses together reach the account's global cap (8 failures counted so far: 4 + these 4).
    for (let i = 0; i < 4; i++) expect(await verifyCredentials({ email, password: "wrong-password" }, uniqueIp(), limiter)).toBeNull();
    await expect(verifyCredentials({ email, password: IDENTITY_PASSWORD }, uniqueIp(), limiter)).rejects.toBeInstanceOf(RateLimitError);
  });

  // Issue 12, vulnerability 4: the attempt is counted atomically before bcrypt runs, so a burst of
  // concurrent guesses gets no more tries than the limit.
  it("lets no more concurrent guesses through than the limit allows", async () => {
    const limiter = createSignInLimiter({ accountFailures: 3, ipFailures: 100, windowSeconds: 600, keyPrefix: `t${randomBytes(4).toString("hex")}` });
    const email = ids.identities.teamBOwner.email!;
    const ip = uniqueIp();
    const outcomes = await Promise.allSettled(Array.from({ length: 24 }, () => verifyCredentials({ email, password: "wrong-guess" }, ip, limiter)));
    const checked = outcomes.filter((o) => o.status === "fulfilled");
    const refused = outcomes.filter((o) => o.status === "rejected" && o.reason instanceof RateLimitError);
    expect(checked.length).toBe(3);
    expect(refused.length).toBe(21);
    const audited = await db.auditLog.count({ where: { action: "auth.signin.failure", targetId: ids.identities.teamBOwner.userId, ip } });
    expect(audited).toBe(3);
  });

  it("blocks an IP that sprays many accounts", async () => {
    const limiter = createSignInLimiter({ accountFailures: 100, ipFailures: 4, windowSeconds: 60, keyPrefix: `t${randomBytes(4).toString("hex")}` });
    const ip = uniqueIp();
    for (let i = 0; i < 4; i++) {
      expect(await verifyCredentials({ email: `nobody-${i}@example.com`, password: "guess-guess" }, ip, limiter)).toBeNull();
    }
    await expect(verifyCredentials({ email: ids.identities.admin.email!, password: IDENTITY_PASSWORD }, ip, limiter)).rejects.toBeInstanceOf(RateLimitError);
    // The same account from another address still works.
    expect(await verifyCredentials({ email: ids.identities.admin.email!, password: IDENTITY_PASSWORD }, uniqueIp(), limiter)).not.toBeNull();
  });

  it("a success clears the account's failures", async () => {
    const limiter = createSignInLimiter({ accountFailures: 2, ipFailures: 100, windowSeconds: 60, keyPrefix: `t${randomBytes(4).toString("hex")}` });
    const email = ids.identities.teamAMember.email!;
    const ip = uniqueIp();
    expect(await verifyCredentials({ email, password: "nope-nope" }, ip, limiter)).toBeNull();
    expect(await verifyCredentials({ email, password: IDENTITY_PASSWORD }, ip, limiter)).not.toBeNull();
    expect(await verifyCredentials({ email, password: "nope-nope" }, ip, limiter)).toBeNull();
    expect(await verifyCredentials({ email, password: IDENTITY_PASSWORD }, ip, limiter)).not.toBeNull();
  });

  it("limits are shared by separate limiter instances (as by separate app instances)", async () => {
    const keyPrefix = `t${randomBytes(4).toString("hex")}`;
    const instanceA = createSignInLimiter({ accountFailures: 2, ipFailures: 100, windowSeconds: 60, keyPrefix });
    const instanceB = createSignInLimiter({ accountFailures: 2, ipFailures: 100, windowSeconds: 60, keyPrefix });
    const attempt = { ip: uniqueIp(), email: "shared@example.com" };
    await instanceA.consume(attempt);
    await instanceB.consume(attempt);
    await expect(instanceA.assertAllowed(attempt)).rejects.toBeInstanceOf(RateLimitError);
    await expect(instanceB.assertAllowed(attempt)).rejects.toBeInstanceOf(RateLimitError);
    const key = `${keyPrefix}_account:shared@example.com|${attempt.ip}`;
    const rows = await db.$queryRaw<{ key: string; points: number }[]>`SELECT key, points FROM rate_limit.attempts WHERE key = ${key}`;
    expect(rows).toEqual([{ key, points: 2 }]);
  });
});

// The guard that app/api/auth/[...nextauth]/route.ts runs before Auth.js handles a POST (the full
// Auth.js round trip, with its CSRF token, is exercised by e2e/auth.spec.ts against the running app).
describe("POST /api/auth/callback/credentials guard", () => {
  function credentialsPost(fields: Record<string, string>, ip: string, extraHeaders: Record<string, string> = {}): Request {
    return new Request("http://127.0.0.1:3210/api/auth/callback/credentials", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": ip, ...extraHeaders },
      body: new URLSearchParams(fields),
    });
  }

  it("answers 429 with Retry-After once the account used up its failed attempts from that address, before any password check", async () => {
    const ip = uniqueIp();
    const email = ids.identities.teamBMember.email!;
    const request = () => credentialsPost({ csrfToken: "x", email, password: IDENTITY_PASSWORD }, ip);
    // Under the threshold the request goes on to Auth.js.
    expect(await guardAuthPost(request())).toBeNull();
    for (let i = 0; i < 3; i++) expect(await verifyCredentials({ email, password: "wrong-password" }, ip)).toBeNull();

    const limited = await guardAuthPost(request());
    expect(limited?.status).toBe(429);
    const retryAfter = Number(limited?.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    expect(await limited?.json()).toEqual({ error: { code: "rate_limited", message: "Too many attempts, try again later" } });
    // Same for a JSON body; from another address the owner still gets through (lockout is per pair).
    const json = (from: string) =>
      new Request("http://127.0.0.1:3210/api/auth/callback/credentials", {
        method: "POST",
        headers: { "content-type": "application/json", "x-forwarded-for": from },
        body: JSON.stringify({ email: email.toUpperCase(), password: IDENTITY_PASSWORD }),
      });
    expect((await guardAuthPost(json(ip)))?.status).toBe(429);
    expect(await guardAuthPost(json(uniqueIp()))).toBeNull();
    // Other accounts are not affected.
    expect(await guardAuthPost(credentialsPost({ email: ids.identities.admin.email!, password: "x" }, ip))).toBeNull();

    const audit = await db.auditLog.count({ where: { ip, action: "auth.signin.failure", targetId: ids.identities.teamBMember.userId } });
    expect(audit).toBe(3);
  });

  it("refuses a cross-site POST to the auth endpoints; lets header-less clients reach Auth.js's own CSRF check", async () => {
    const crossSite = new Request("http://127.0.0.1:3210/api/auth/signout", {
      method: "POST",
      headers: { origin: "https://evil.example", "sec-fetch-site": "cross-site", "content-type": "application/x-www-form-urlencoded" },
      body: "csrfToken=x",
    });
    const refused = await guardAuthPost(crossSite);
    expect(refused?.status).toBe(403);
    expect(await refused?.json()).toEqual({ error: { code: "forbidden", message: "Cross-site request refused" } });
    const sameOrigin = new Request("http://127.0.0.1:3210/api/auth/signout", { method: "POST", headers: { origin: "http://127.0.0.1:3210" }, body: "" });
    expect(await guardAuthPost(sameOrigin)).toBeNull();
    expect(await guardAuthPost(new Request("http://127.0.0.1:3210/api/auth/signout", { method: "POST", body: "" }))).toBeNull();
  });
});
