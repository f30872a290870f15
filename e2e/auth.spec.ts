import { randomBytes } from "node:crypto";

import { deviceLabel } from "../lib/format/device-label";
import { createTestUser, expect, loginAs, signInWithCredentials, test } from "./fixtures/auth";
import { e2eDb } from "./fixtures/db";
import { expectNoHorizontalScroll } from "./fixtures/layout";

function unique(prefix: string): string {
  return `${prefix}-${randomBytes(4).toString("hex")}`;
}

test.describe("accounts", () => {
  test("sign up, sign out, sign in; a wrong password shows an error", async ({ page }) => {
    const email = `${unique("signup")}@example.com`;
    const password = "a passphrase of words";

    await page.goto("/signup");
    await page.getByTestId("signup-email").fill(email);
    await page.getByTestId("signup-password").fill(password);
    await page.getByTestId("signup-confirm-password").fill(password);
    await page.getByTestId("signup-submit").click();
    // New and already registered emails get the same answer: go and sign in.
    await expect(page).toHaveURL(/\/signin\?notice=signed-up&callbackUrl=%2Faccount$/);
    await expect(page.getByTestId("signin-notice")).toContainText("sign in with the email and password you chose");
    await page.getByTestId("signin-email").fill(email);
    await page.getByTestId("signin-password").fill(password);
    await page.getByTestId("signin-submit").click();
    await expect(page).toHaveURL(/\/account$/);
    await expect(page.getByTestId("account-email")).toHaveText(email);
    await expect(page.getByTestId("user-email")).toHaveText(email);

    await page.getByTestId("signout-button").click();
    await expect(page.getByTestId("signin-link")).toBeVisible();
    // The session is gone on the server too: a private page sends us to sign in.
    await page.goto("/account");
    await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Faccount$/);

    await page.getByTestId("signin-email").fill(email);
    await page.getByTestId("signin-password").fill("not the password");
    await page.getByTestId("signin-submit").click();
    await expect(page.getByTestId("signin-error")).toHaveText("Wrong email or password");
    await expect(page.getByTestId("user-menu")).toHaveCount(0);

    await page.getByTestId("signin-password").fill(password);
    await page.getByTestId("signin-submit").click();
    await expect(page).toHaveURL(/\/account$/);
    await expect(page.getByTestId("user-email")).toHaveText(email);

    const actions = await e2eDb().auditLog.findMany({
      where: { actor: { email } },
      orderBy: { createdAt: "asc" },
      select: { action: true },
    });
    expect(actions.map((a) => a.action)).toEqual(["auth.signup", "auth.signin.success", "auth.signout", "auth.signin.failure", "auth.signin.success"]);
  });

  test("sign-up shows field errors and creates nothing", async ({ page }) => {
    const email = `${unique("bad")}@example.com`;
    await page.goto("/signup");
    await page.getByTestId("signup-email").fill(email);
    await page.getByTestId("signup-password").fill("short");
    await page.getByTestId("signup-confirm-password").fill("different");
    await page.getByTestId("signup-submit").click();
    await expect(page.getByTestId("password-error")).toHaveText("Password must be at least 12 characters");
    await expect(page.getByTestId("confirmPassword-error")).toHaveText("Passwords do not match");
    expect(await e2eDb().user.count({ where: { email } })).toBe(0);
  });

  test("a callbackUrl to another site is ignored after sign-in", async ({ page }) => {
    const user = await loginAs(page);
    await page.context().clearCookies();
    await page.goto("/signin?callbackUrl=//evil.example/steal");
    await page.getByTestId("signin-email").fill(user.email);
    await page.getByTestId("signin-password").fill(user.password);
    await page.getByTestId("signin-submit").click();
    await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/account$/);
  });
});

test.describe("sessions", () => {
  test("sign out everywhere ends the sessions of other browsers at once", async ({ page, browser }) => {
    const user = await loginAs(page);
    const otherContext = await browser.newContext();
    try {
      const other = await otherContext.newPage();
      await signInWithCredentials(other, user);
      await other.goto("/account");
      await expect(other.getByTestId("account-email")).toHaveText(user.email);

      await page.goto("/account/sessions");
      await expect(page.getByTestId("session-row")).toHaveCount(2);
      // The fixture signs in with the context's own User-Agent (the "Desktop Chrome" device: Chrome on Windows).
      const label = deviceLabel(await page.evaluate(() => navigator.userAgent));
      expect(label).toMatch(/^Chrome \d+ on Windows$/);
      await expect(page.getByTestId("session-device")).toHaveText([label, label]);
      await page.getByTestId("signout-everywhere").click();
      await expect(page).toHaveURL(/\/signin\?notice=signed-out-everywhere$/);

      await other.goto("/account");
      await expect(other).toHaveURL(/\/signin\?callbackUrl=%2Faccount$/);
      const api = await other.request.get("/api/v1/me");
      expect(api.status()).toBe(401);
    } finally {
      await otherContext.close();
    }
  });

  test("signing in through the form names this browser; at 390 px each session is a card with its Sign out button", async ({ browser }) => {
    const user = await createTestUser();
    // Chromium's own User-Agent, not the "Desktop Chrome" device's that the project sets on every context.
    const cdp = await browser.newBrowserCDPSession();
    const { userAgent } = await cdp.send("Browser.getVersion");
    await cdp.detach();
    const context = await browser.newContext({ userAgent });
    try {
      const page = await context.newPage();
      await page.goto("/signin");
      await page.getByTestId("signin-email").fill(user.email);
      await page.getByTestId("signin-password").fill(user.password);
      await page.getByTestId("signin-submit").click();
      await expect(page).toHaveURL(/\/account$/);
      const ownLabel = deviceLabel(await page.evaluate(() => navigator.userAgent));
      const system = ({ linux: "Linux", darwin: "macOS", win32: "Windows" } as Record<string, string>)[process.platform];
      expect(ownLabel).toMatch(new RegExp(`^Chrome \\d+ on ${system}$`));

      // A second session on an iPhone, and one from before user agents were kept (NULL).
      const phone = await browser.newContext({
        userAgent: "Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.6 Mobile/15E148 Safari/604.1",
      });
      try {
        await signInWithCredentials(await phone.newPage(), user);
      } finally {
        await phone.close();
      }
      await e2eDb().session.create({
        data: { userId: user.id, sessionToken: randomBytes(32).toString("hex"), expires: new Date(Date.now() + 86_400_000) },
      });

      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto("/account/sessions");
      const rows = page.getByTestId("session-row");
      await expect(rows).toHaveCount(3);
      const current = rows.filter({ has: page.getByText("(this browser)") });
      await expect(current.getByTestId("session-device")).toHaveText(ownLabel);
      await expect(current.locator('td[data-label="Last active"]')).toHaveText(/^about \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC$/);
      await expect(current.getByTestId("session-signout")).toHaveCount(0);
      // Latest expiry first: the phone signed in last; the old session ends soonest.
      await expect(page.getByTestId("session-device")).toHaveText(["Safari on iPhone", ownLabel, "Unknown browser"]);
      await expectNoHorizontalScroll(page, "/account/sessions at 390 px");

      const iphone = rows.filter({ has: page.getByTestId("session-device").getByText("Safari on iPhone", { exact: true }) });
      const signOut = iphone.getByTestId("session-signout");
      await expect(signOut).toBeInViewport();
      await expect(signOut).toHaveAccessibleName("Sign out Safari on iPhone");
      await signOut.click();
      await expect(rows).toHaveCount(2);
      await expect(page.getByTestId("session-device").getByText("Safari on iPhone", { exact: true })).toHaveCount(0);
    } finally {
      await context.close();
    }
  });

  test("a password change signs out everywhere; the new password works", async ({ page }) => {
    const user = await loginAs(page);
    await page.goto("/account/password");
    await page.getByLabel("Current password").fill(user.password);
    await page.getByLabel("New password", { exact: true }).fill("a brand new passphrase");
    await page.getByLabel("Repeat new password").fill("a brand new passphrase");
    await page.getByTestId("password-submit").click();
    await expect(page.getByTestId("signin-notice")).toContainText("Password changed");
    await page.goto("/account");
    await expect(page).toHaveURL(/\/signin/);

    await page.getByTestId("signin-email").fill(user.email);
    await page.getByTestId("signin-password").fill(user.password);
    await page.getByTestId("signin-submit").click();
    await expect(page.getByTestId("signin-error")).toHaveText("Wrong email or password");
    await page.getByTestId("signin-password").fill("a brand new passphrase");
    await page.getByTestId("signin-submit").click();
    await expect(page).toHaveURL(/\/account$/);
  });
});

test.describe("teams", () => {
  test("create a team, invite, accept in a second browser, change the member's role, remove them", async ({ page, browser }) => {
    const owner = await loginAs(page);
    const teamName = unique("Team");
    await page.goto("/teams");
    await page.getByTestId("team-name").fill(teamName);
    await page.getByTestId("create-team-submit").click();
    await expect(page.getByTestId("team-name-heading")).toHaveText(teamName);
    await expect(page.getByTestId("my-team-role")).toHaveText("owner");
    const teamUrl = page.url();

    await page.getByTestId("create-invite").click();
    const link = await page.getByTestId("invite-link").inputValue();
    expect(link).toMatch(/\/invite\/tci_[A-Za-z0-9_-]{43}$/);

    const inviteeContext = await browser.newContext();
    try {
      const inviteePage = await inviteeContext.newPage();
      const invitee = await loginAs(inviteePage);
      await inviteePage.goto(link);
      await expect(inviteePage.getByTestId("invitation-role")).toHaveText("member");
      await expect(inviteePage.getByText("The link is valid until")).toBeVisible();
      await inviteePage.getByTestId("accept-invitation").click();
      await expect(inviteePage.getByTestId("team-name-heading")).toHaveText(teamName);

      // A used link says so, and no longer claims to be valid.
      const lateContext = await browser.newContext();
      try {
        const latePage = await lateContext.newPage();
        await loginAs(latePage);
        await latePage.goto(link);
        await expect(latePage.getByTestId("invitation-status")).toHaveText("This invitation has already been used.");
        await expect(latePage.getByText("valid until")).toHaveCount(0);
        await expect(latePage.getByTestId("accept-invitation")).toHaveCount(0);
      } finally {
        await lateContext.close();
      }
      await expect(inviteePage.getByTestId("my-team-role")).toHaveText("member");
      // The new team is the invitee's active team in the header picker.
      await expect(inviteePage.getByTestId("active-team-select")).toHaveValue(new URL(teamUrl).pathname.split("/").pop()!);

      await page.reload();
      const row = page.locator(`[data-testid="member-row"][data-email="${invitee.email}"]`);
      await expect(row.getByTestId("member-role")).toHaveText("member");
      await row.getByTestId("member-role-select").selectOption("admin");
      await row.getByTestId("change-role-submit").click();
      await expect(row.getByTestId("member-role")).toHaveText("admin");
      // The form's message sits under its controls, not squeezed into their row.
      const roleMessage = row.getByTestId("change-role-form-ok");
      await expect(roleMessage).toHaveText("Role changed");
      const [selectBox, messageBox] = await Promise.all([row.getByTestId("member-role-select").boundingBox(), roleMessage.boundingBox()]);
      expect(messageBox!.y).toBeGreaterThanOrEqual(selectBox!.y + selectBox!.height);

      await inviteePage.reload();
      await expect(inviteePage.getByTestId("my-team-role")).toHaveText("admin");

      await row.getByTestId("remove-member").click();
      await row.getByTestId("remove-member-confirm").click();
      await expect(row).toHaveCount(0);
      await expect(page.getByTestId("member-row")).toHaveCount(1);

      // Removed means removed, at once: the team is now a 404 for them.
      const response = await inviteePage.goto(teamUrl);
      expect(response?.status()).toBe(404);

      const teamId = new URL(teamUrl).pathname.split("/").pop()!;
      const audit = await e2eDb().auditLog.findMany({
        where: { targetType: "team", targetId: teamId },
        orderBy: { createdAt: "asc" },
        select: { action: true, actorId: true },
      });
      expect(audit).toEqual([
        { action: "team.create", actorId: owner.id },
        { action: "team.invitation.create", actorId: owner.id },
        { action: "team.invitation.accept", actorId: invitee.id },
        { action: "team.member.role_change", actorId: owner.id },
        { action: "team.member.remove", actorId: owner.id },
      ]);
    } finally {
      await inviteeContext.close();
    }
  });
});

test.describe("API tokens", () => {
  test("create a token (shown once), use it, revoke it", async ({ page, playwright }) => {
    const user = await loginAs(page);
    await page.goto("/account/tokens");
    await page.getByTestId("token-name").fill("e2e uploader");
    await page.getByTestId("token-scope-scenarios:read").check();
    await expect(page.locator("#token-expires")).toHaveValue("90");
    // Minting asks for the password again.
    await page.getByTestId("token-password").fill("not the password");
    await page.getByTestId("create-token-submit").click();
    await expect(page.getByTestId("create-token-error")).toBeVisible();
    await expect(page.getByTestId("new-token")).toHaveCount(0);
    // The form keeps what was entered, the password aside.
    await expect(page.getByTestId("token-scope-scenarios:read")).toBeChecked();
    await expect(page.getByTestId("token-password")).toHaveValue("");
    await page.getByTestId("token-password").fill(user.password);
    await page.getByTestId("create-token-submit").click();
    const token = await page.getByTestId("new-token").inputValue();
    expect(token).toMatch(/^tc_[A-Za-z0-9_-]{43}$/);

    const row = page.locator('[data-testid="token-row"][data-token-name="e2e uploader"]');
    await expect(row.getByTestId("token-status")).toHaveText("active");
    await expect(row).toContainText(token.slice(0, 10));
    await expect(row).not.toContainText(token.slice(10));

    const api = await playwright.request.newContext({ baseURL: page.url() });
    try {
      const me = await api.get("/api/v1/me", { headers: { Authorization: `Bearer ${token}` } });
      expect(me.status()).toBe(200);
      expect(await me.json()).toMatchObject({ via: "token", scopes: ["scenarios:read"] });

      await row.getByTestId("revoke-token").click();
      await expect(row.getByTestId("token-status")).toHaveText("revoked");
      const after = await api.get("/api/v1/me", { headers: { Authorization: `Bearer ${token}` } });
      expect(after.status()).toBe(401);
    } finally {
      await api.dispose();
    }
  });

  test("a wrong password keeps every scope, the name and the expiry; fixing only the password creates that token", async ({ page, playwright }) => {
    const user = await loginAs(page);
    await page.goto("/account/tokens");
    const boxes = page.locator('[data-testid^="token-scope-"]');
    const scopes = await boxes.evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    expect(scopes).toEqual(["submissions:write", "scenarios:read", "scenarios:write"]);
    await page.getByTestId("token-name").fill("all scopes");
    for (const scope of scopes) await page.getByTestId(`token-scope-${scope}`).check();
    await page.locator("#token-expires").selectOption("365");
    await page.getByTestId("token-password").fill("not the password");
    await page.getByTestId("create-token-submit").click();
    await expect(page.getByTestId("create-token-error")).toBeVisible();
    await expect(page.getByTestId("password-error")).toBeVisible();

    for (const scope of scopes) await expect(page.getByTestId(`token-scope-${scope}`)).toBeChecked();
    await expect(page.getByTestId("token-name")).toHaveValue("all scopes");
    await expect(page.locator("#token-expires")).toHaveValue("365");
    await expect(page.getByTestId("token-password")).toHaveValue("");

    await page.getByTestId("token-password").fill(user.password);
    await page.getByTestId("create-token-submit").click();
    const token = await page.getByTestId("new-token").inputValue();
    expect(token).toMatch(/^tc_/);
    await expect(page.getByTestId("scopes-field-error")).toHaveCount(0);
    const row = page.locator('[data-testid="token-row"][data-token-name="all scopes"]');
    for (const scope of scopes) await expect(row).toContainText(scope);
    // After a success the form starts blank again.
    for (const scope of scopes) await expect(page.getByTestId(`token-scope-${scope}`)).not.toBeChecked();

    const api = await playwright.request.newContext({ baseURL: page.url() });
    try {
      const me = await api.get("/api/v1/me", { headers: { Authorization: `Bearer ${token}` } });
      expect(me.status()).toBe(200);
      expect(((await me.json()) as { scopes: string[] }).scopes.sort()).toEqual([...scopes].sort());
    } finally {
      await api.dispose();
    }
  });
});

test.describe("the header's user menu", () => {
  test("anonymous pages ask for no menu; with a session they do, and the scripts' hint follows the session cookie", async ({ page }) => {
    const menuRequests: string[] = [];
    page.on("request", (request) => {
      if (new URL(request.url()).pathname === "/api/session/menu") menuRequests.push(request.url());
    });
    const hint = async () => (await page.context().cookies()).find((c) => c.name === "tokencost-signed-in");

    await page.goto("/leaderboard");
    await expect(page.getByTestId("signin-link")).toBeVisible();
    await page.goto("/glossary");
    await expect(page.getByTestId("signin-link")).toBeVisible();
    expect(menuRequests, "an anonymous visitor's pages make no menu request").toEqual([]);
    expect(await hint()).toBeUndefined();

    const user = await createTestUser();
    await signInWithCredentials(page, user);
    await page.goto("/glossary");
    await expect(page.getByTestId("user-email")).toHaveText(user.email);
    expect(menuRequests.length).toBeGreaterThan(0);
    expect((await hint())?.httpOnly, "readable by the page's scripts").toBe(false);

    // The session cookie gone (expired, or cleared by the visitor): the next page drops the hint too.
    const sessionCookies = (await page.context().cookies()).filter((c) => c.name.includes("authjs.session-token"));
    expect(sessionCookies.length).toBeGreaterThan(0);
    for (const cookie of sessionCookies) await page.context().clearCookies({ name: cookie.name });
    const before = menuRequests.length;
    await page.goto("/glossary");
    await expect(page.getByTestId("signin-link")).toBeVisible();
    expect(await hint()).toBeUndefined();
    await page.goto("/");
    await expect(page.getByTestId("signin-link")).toBeVisible();
    expect(menuRequests.length, "no menu request once the hint is gone").toBe(before);
  });

  test("signing out in the header drops the hint with the session", async ({ page }) => {
    const user = await createTestUser();
    await signInWithCredentials(page, user);
    await page.goto("/account");
    await expect(page.getByTestId("user-email")).toHaveText(user.email);
    await page.getByTestId("signout-button").click();
    await expect(page.getByTestId("signin-link")).toBeVisible();
    await expect.poll(async () => (await page.context().cookies()).some((c) => c.name === "tokencost-signed-in")).toBe(false);
  });
});

test.describe("security baseline", () => {
  test("private pages send anonymous visitors to sign in, admin pages are hidden from non-admins", async ({ page }) => {
    await page.goto("/account/tokens");
    await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Faccount%2Ftokens$/);
    await loginAs(page, { role: "user" });
    const response = await page.goto("/admin/users");
    expect(response?.status()).toBe(404);
  });

  test("admins see users and the audit log", async ({ page }) => {
    const admin = await loginAs(page, { role: "admin" });
    await page.goto("/admin/users");
    await expect(page.locator(`[data-testid="user-row"][data-email="${admin.email}"]`)).toBeVisible();
    await page.goto("/admin/audit?action=auth.signin.success");
    await expect(page.getByTestId("audit-row").first()).toBeVisible();
  });

  test("security headers are present on pages and API responses", async ({ request }) => {
    for (const path of ["/", "/signin", "/api/v1/vendors", "/api/v1/me"]) {
      const response = await request.get(path);
      const headers = response.headers();
      expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
      expect(headers["x-content-type-options"], path).toBe("nosniff");
      expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
      expect(headers["x-powered-by"], path).toBeUndefined();
    }
  });
});
