// Issue 12, the HTTP-level attacks against the production server: open redirect through dot
// segments (1), spoofed X-Forwarded-For against the per-IP limits (2) and account enumeration
// through sign-up (3). Requests are raw HTTP; server actions are called as the browser calls them.
import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";

import { createTestUser } from "./fixtures/auth";
import { e2eDb } from "./fixtures/db";
import { waitForHydration } from "./fixtures/hydration";
import { actionRedirect, baseUrl, callAction, getPage, sessionCookieFor } from "./fixtures/server-action";

const DOT_SEGMENT_INPUTS = ["/.//evil.example/login", "/%2e//evil.example/login", "/a/..//evil.example/login"];

function expectSameOrigin(location: string | undefined) {
  expect(location, "a redirect").toBeTruthy();
  expect(location!.startsWith("//")).toBe(false);
  expect(new URL(location!, baseUrl()).origin).toBe(baseUrl().origin);
}

/** A loopback address of its own (the whole 127/8 reaches the server), so limits per IP start at zero. */
function freshLoopback(): string {
  const b = randomBytes(3);
  return `127.${b[0]}.${b[1]}.${Math.max(2, b[2])}`;
}

test.describe("open redirect (vulnerability 1)", () => {
  test("a signed-in user opening /signin or /signup with a dot-segment callbackUrl stays on this site", async () => {
    const user = await createTestUser();
    const cookie = await sessionCookieFor(user.id);
    for (const page of ["/signin", "/signup"]) {
      for (const input of DOT_SEGMENT_INPUTS) {
        const response = await getPage(`${page}?callbackUrl=${encodeURIComponent(input)}`, { cookie });
        expect(response.status, `${page} ${input}`).toBe(307);
        expectSameOrigin(response.headers.location);
      }
    }
  });

  test("the sign-in form's callbackUrl is checked after normalisation too", async () => {
    const user = await createTestUser();
    const response = await callAction({
      action: "app/signin/actions.ts#signInAction",
      page: "/signin",
      fields: { email: user.email, password: user.password, callbackUrl: "/.//evil.example/login" },
      localAddress: freshLoopback(),
    });
    expectSameOrigin(actionRedirect(response));
  });
});

test.describe("per-IP limits and sign-up (vulnerabilities 2 and 3)", () => {
  test("a fresh X-Forwarded-For on every sign-up attempt does not escape the per-IP limit; every attempt counts", async () => {
    const from = freshLoopback();
    // Invalid attempts (password too short) count too: 20 per hour per address by default.
    for (let i = 0; i < 20; i++) {
      const response = await callAction({
        action: "app/signup/actions.ts#signUpAction",
        page: "/signup",
        fields: { email: `probe-${i}-${randomBytes(3).toString("hex")}@example.com`, password: "short", confirmPassword: "short", callbackUrl: "/account" },
        headers: { "x-forwarded-for": `203.0.113.${i + 1}` },
        localAddress: from,
      });
      expect(response.text, `attempt ${i + 1}`).not.toContain("Too many attempts");
    }
    const email = `blocked-${randomBytes(4).toString("hex")}@example.com`;
    const blocked = await callAction({
      action: "app/signup/actions.ts#signUpAction",
      page: "/signup",
      fields: { email, password: "a long enough passphrase", confirmPassword: "a long enough passphrase", callbackUrl: "/account" },
      headers: { "x-forwarded-for": "198.51.100.99" },
      localAddress: from,
    });
    expect(blocked.text).toContain("Too many attempts");
    expect(await e2eDb().user.count({ where: { email } })).toBe(0);
    // Another address is not affected.
    const other = await callAction({
      action: "app/signup/actions.ts#signUpAction",
      page: "/signup",
      fields: { email, password: "a long enough passphrase", confirmPassword: "a long enough passphrase", callbackUrl: "/account" },
      localAddress: freshLoopback(),
    });
    expect(actionRedirect(other)).toContain("/signin?notice=signed-up");
  });

  test("sign-up answers a new and an already registered email alike and leaves the existing account alone", async () => {
    const existing = await createTestUser();
    const before = await e2eDb().user.findUniqueOrThrow({ where: { id: existing.id }, select: { passwordHash: true } });
    const attempt = (email: string) =>
      callAction({
        action: "app/signup/actions.ts#signUpAction",
        page: "/signup",
        fields: { email, password: "an attacker passphrase", confirmPassword: "an attacker passphrase", callbackUrl: "/account" },
        localAddress: freshLoopback(),
      });
    const fresh = await attempt(`new-${randomBytes(4).toString("hex")}@example.com`);
    const taken = await attempt(existing.email);
    expect(taken.status).toBe(fresh.status);
    expect(actionRedirect(taken)).toBe(actionRedirect(fresh));
    expect(actionRedirect(taken)).toContain("/signin?notice=signed-up");
    expect(taken.text).not.toContain("already exists");
    const after = await e2eDb().user.findUniqueOrThrow({ where: { id: existing.id }, select: { passwordHash: true } });
    expect(after.passwordHash).toBe(before.passwordHash);
  });
});

test.describe("content security policy nonces", () => {
  const PATHS = ["/", "/glossary", "/api-docs", "/signin", "/leaderboard?deployment=cloud", "/no-such-page", "/static-views/home"];

  test("every page's scripts carry the nonce of their own response, also when the page is served again", async ({ request }) => {
    for (const path of PATHS) {
      for (const visit of [1, 2]) {
        const response = await request.get(path);
        const policy = response.headers()["content-security-policy"] ?? "";
        const headerNonce = /'nonce-([^']+)'/.exec(policy)?.[1];
        const pageNonces = [...new Set([...(await response.text()).matchAll(/ nonce="([^"]*)"/g)].map((m) => m[1]))];
        if (headerNonce) {
          expect(pageNonces, `${path}, visit ${visit}: the page's nonces`).toEqual([headerNonce]);
        } else {
          // A page served from the page cache has no nonce; its policy lets its own inline scripts run.
          expect(pageNonces, `${path}, visit ${visit}: a cached page has no nonce`).toEqual([]);
          expect(policy, path).toContain("script-src 'self' 'unsafe-inline'");
        }
      }
    }
  });

  test("the cached views' own routes answer 404 when asked for directly; their pages answer at their addresses", async ({ request }) => {
    // Served there, a stored view would meet a nonce policy its nonce-free HTML cannot satisfy.
    for (const path of ["/static-views/home", "/static-views/leaderboard", "/static-views/hardware/h100-sxm", "/static-views"]) {
      expect((await request.get(path)).status(), path).toBe(404);
    }
    for (const path of ["/", "/leaderboard", "/hardware/h100-sxm"]) expect((await request.get(path)).status(), path).toBe(200);
  });

  test("in Chromium, the API docs and a page not found run their scripts on every visit", async ({ page }) => {
    const refused: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error" && message.text().includes("Content Security Policy")) refused.push(message.text());
    });
    for (const path of ["/api-docs", "/api-docs", "/no-such-page", "/no-such-page"]) {
      await page.goto(path);
      // The header's links are hydrated by React: the scripts ran.
      await waitForHydration(page, 'header a[href="/leaderboard"]');
    }
    expect(refused).toEqual([]);
  });
});

test("a path under /api that no route serves answers the API's JSON 404, and the routes beside it still answer", async ({ request }) => {
  for (const [method, path] of [
    ["GET", "/api/v1/accelerators/no-such-slug"],
    ["GET", "/api/nope"],
    ["POST", "/api/v1/nope"],
    ["DELETE", "/api/v1/leaderboard/extra"],
  ] as const) {
    const response = await request.fetch(path, { method });
    expect(response.status(), `${method} ${path}`).toBe(404);
    expect(response.headers()["content-type"], `${method} ${path}`).toContain("application/json");
    expect(await response.json(), `${method} ${path}`).toEqual({ error: { code: "not_found", message: "No API endpoint at this path: see /api-docs" } });
  }
  for (const path of ["/api/v1/accelerators", "/api/health", "/api/auth/session", "/api/openapi.json"]) {
    expect((await request.get(path)).status(), path).toBe(200);
  }
  // A route that exists still refuses a method it does not serve.
  expect((await request.fetch("/api/v1/accelerators", { method: "DELETE" })).status()).toBe(405);
});
