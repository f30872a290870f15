// Team invitations as two new people meet them: the inviter's mistakes are explained at the field,
// and the invitee can come in signed out, decline, or find out they are the wrong account.
import { randomBytes } from "node:crypto";
import type { Browser, Page } from "@playwright/test";

import { createTestUser, expect, loginAs, signInWithCredentials, test } from "./fixtures/auth";

function unique(prefix: string): string {
  return `${prefix}-${randomBytes(4).toString("hex")}`;
}

async function createTeamThroughUi(page: Page): Promise<string> {
  const name = unique("Invite team");
  await page.goto("/teams");
  await page.getByTestId("team-name").fill(name);
  await page.getByTestId("create-team-submit").click();
  await expect(page.getByTestId("team-name-heading")).toHaveText(name);
  return name;
}

async function inviteEmail(page: Page, email: string): Promise<void> {
  await page.getByTestId("invite-email").fill(email);
  await page.getByTestId("create-invite").click();
}

async function inNewBrowser<T>(browser: Browser, run: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext();
  try {
    return await run(await context.newPage());
  } finally {
    await context.close();
  }
}

test.describe("team invitations", () => {
  test("inviting yourself, a member or an address already invited is refused under the email field", async ({ page, browser }) => {
    const alice = await loginAs(page);
    await createTeamThroughUi(page);
    const emailError = page.getByTestId("invite-email-error");

    await inviteEmail(page, alice.email);
    await expect(emailError).toHaveText("This is your own email: you are already in this team");
    await expect(page.getByTestId("invite-email")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByTestId("invite-email")).toHaveValue(alice.email);
    await expect(page.getByTestId("invite-link")).toHaveCount(0);

    // A syntactically odd address the browser lets through is explained by the server, at the field.
    await inviteEmail(page, "bob@localhost");
    await expect(emailError).toHaveText("Enter a valid email address");

    const bob = await createTestUser();
    await inviteEmail(page, bob.email);
    const link = await page.getByTestId("invite-link").inputValue();
    await expect(emailError).toHaveCount(0);

    await page.reload();
    await inviteEmail(page, bob.email);
    await expect(emailError).toHaveText(`${bob.email} already has an open invitation: revoke it below to create a new link`);
    await page.reload();
    await expect(page.getByTestId("invitation-row")).toHaveCount(1);

    await inNewBrowser(browser, async (bobPage) => {
      await signInWithCredentials(bobPage, bob);
      await bobPage.goto(link);
      await bobPage.getByTestId("accept-invitation").click();
      await expect(bobPage.getByTestId("my-team-role")).toHaveText("member");
    });

    await page.reload();
    await inviteEmail(page, bob.email);
    await expect(emailError).toHaveText(`${bob.email} is already a member of this team`);
  });

  test("a team name or delete confirmation the server refuses is explained under its field", async ({ page }) => {
    await loginAs(page);
    await page.goto("/teams");
    // Passes the browser's minlength, but is one character once trimmed.
    await page.getByTestId("team-name").fill("  a  ");
    await page.getByTestId("create-team-submit").click();
    await expect(page.getByTestId("name-error")).toHaveText("Team name must be at least 2 characters");
    await expect(page.getByTestId("team-name")).toHaveAttribute("aria-invalid", "true");

    const name = await createTeamThroughUi(page);
    await page.getByTestId("delete-team-confirm").fill(`${name} typo`);
    await page.getByTestId("delete-team").click();
    await expect(page.getByTestId("confirm-error")).toHaveText("Does not match the team name");
    await expect(page.getByTestId("team-name-heading")).toHaveText(name);
  });

  test("an invitee who is signed out signs in, comes back to the invitation and declines it", async ({ page, browser }) => {
    await loginAs(page);
    const teamName = await createTeamThroughUi(page);
    const bob = await createTestUser();
    await inviteEmail(page, bob.email);
    const link = await page.getByTestId("invite-link").inputValue();

    await inNewBrowser(browser, async (bobPage) => {
      await bobPage.goto(link);
      await expect(bobPage).toHaveURL(/\/signin\?callbackUrl=%2Finvite%2Ftci_/);
      await bobPage.getByTestId("signin-email").fill(bob.email);
      await bobPage.getByTestId("signin-password").fill(bob.password);
      await bobPage.getByTestId("signin-submit").click();
      await expect(bobPage).toHaveURL(new URL(link).pathname);
      await expect(bobPage.getByRole("heading", { name: `Join ${teamName}` })).toBeVisible();

      await bobPage.getByTestId("decline-invitation").click();
      await expect(bobPage).toHaveURL(/\/teams\?notice=invitation-declined$/);
      await expect(bobPage.getByTestId("teams-notice")).toContainText("Invitation declined");
      await expect(bobPage.getByTestId("no-teams")).toBeVisible();

      await bobPage.goto(link);
      await expect(bobPage.getByTestId("invitation-status")).toHaveText("This invitation was revoked.");
      await expect(bobPage.getByTestId("accept-invitation")).toHaveCount(0);
    });

    // The inviter no longer sees it as open.
    await page.reload();
    await expect(page.getByTestId("invitation-row")).toHaveCount(0);
  });

  test("the wrong signed-in account is told how to switch, at phone width too", async ({ page, browser }) => {
    await loginAs(page);
    await createTeamThroughUi(page);
    await inviteEmail(page, `${unique("dave")}@example.com`);
    const link = await page.getByTestId("invite-link").inputValue();

    await inNewBrowser(browser, async (carolPage) => {
      await carolPage.setViewportSize({ width: 390, height: 844 });
      const carol = await loginAs(carolPage);
      await carolPage.goto(link);
      const notice = carolPage.getByTestId("invitation-other-email");
      await expect(notice).toContainText(`different email address than ${carol.email}`);
      await expect(notice.getByRole("link", { name: "Sign out" })).toHaveAttribute("href", "/signout");
      await expect(carolPage.getByTestId("accept-invitation")).toHaveCount(0);
      await expect(carolPage.getByTestId("decline-invitation")).toHaveCount(0);
    });
  });
});
