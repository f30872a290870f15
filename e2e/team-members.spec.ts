// Managing a team's members: the actions that cannot be taken back (remove, hand on ownership, leave)
// ask first, and on a phone the members and invitations are cards that need no sideways scrolling.
import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";

import { createTestUser, expect, signInWithCredentials, test } from "./fixtures/auth";
import { seriousAxeViolations } from "./fixtures/axe";
import { e2eDb } from "./fixtures/db";
import { expectNoHorizontalScroll } from "./fixtures/layout";

async function createTeam(members: { userId: string; role: "owner" | "admin" | "member" }[]) {
  const run = randomBytes(4).toString("hex");
  return e2eDb().team.create({
    data: { name: `Members team ${run}`, slug: `members-team-${run}`, memberships: { create: members } },
    select: { id: true, name: true },
  });
}

/** Every scroll box on the page (the tables' regions) fits its content: nothing hides to the right. */
async function expectNoScrollingRegion(page: Page) {
  const overflowing = await page
    .locator('[role="region"]')
    .evaluateAll((regions) =>
      regions.filter((r) => r.scrollWidth > r.clientWidth).map((r) => `${r.getAttribute("aria-label")}: ${r.scrollWidth} > ${r.clientWidth}`),
    );
  expect(overflowing).toEqual([]);
}

function memberRow(page: Page, email: string) {
  return page.locator(`[data-testid="member-row"][data-email="${email}"]`);
}

test.describe("team members", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test("at 390 px members and invitations are cards; Remove and Make owner ask first, and closing the question keeps the member", async ({ page }) => {
    const run = randomBytes(4).toString("hex");
    const [owner, leaver, heir] = await Promise.all([
      createTestUser({ name: `Owner ${run}` }),
      createTestUser({ name: `Leaver ${run}`, email: `a-rather-long-address-of-a-member-${run}@example-company.com` }),
      createTestUser({ name: `Heir ${run}` }),
    ]);
    const team = await createTeam([
      { userId: owner.id, role: "owner" },
      { userId: leaver.id, role: "member" },
      { userId: heir.id, role: "admin" },
    ]);
    await signInWithCredentials(page, owner);
    await page.goto(`/teams/${team.id}`);
    await page.getByTestId("invite-email").fill(`someone-with-a-long-address-${run}@example-company.com`);
    await page.getByTestId("create-invite").click();
    await expect(page.getByTestId("invite-link")).toBeVisible();
    await page.reload();
    await expect(page.getByTestId("invitation-row")).toHaveCount(1);
    await expect(page.getByTestId("member-row")).toHaveCount(3);
    await expectNoHorizontalScroll(page, `/teams/${team.id} at 390 px`);
    await expectNoScrollingRegion(page);

    // Remove: a question first, naming who goes; closing it sends nothing.
    const row = memberRow(page, leaver.email);
    await row.getByTestId("remove-member").click();
    const confirmRemove = row.getByTestId("remove-member-confirm");
    await expect(confirmRemove).toBeVisible();
    await expect(row.getByRole("group", { name: "Confirm: Remove" })).toContainText(`Remove ${leaver.name} from the team?`);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await row.getByTestId("remove-member").click();
    await expect(confirmRemove).toBeHidden();
    await page.reload();
    await expect(memberRow(page, leaver.email)).toHaveCount(1);

    await memberRow(page, leaver.email).getByTestId("remove-member").click();
    await memberRow(page, leaver.email).getByTestId("remove-member-confirm").click();
    await expect(memberRow(page, leaver.email)).toHaveCount(0);
    await expect(page.getByTestId("member-row")).toHaveCount(2);

    // Make owner: the question says what the owner gives up.
    const heirRow = memberRow(page, heir.email);
    await heirRow.getByTestId("transfer-ownership").click();
    await expect(heirRow.getByRole("group", { name: "Confirm: Make owner" })).toContainText("You become an admin");
    await heirRow.getByTestId("transfer-ownership-confirm").click();
    await expect(page.getByTestId("my-team-role")).toHaveText("admin");
    await expect(heirRow.getByTestId("member-role")).toHaveText("owner");

    const memberships = await e2eDb().membership.findMany({ where: { teamId: team.id }, select: { userId: true, role: true }, orderBy: { role: "asc" } });
    expect(memberships).toEqual(
      expect.arrayContaining([
        { userId: owner.id, role: "admin" },
        { userId: heir.id, role: "owner" },
      ]),
    );
    expect(memberships).toHaveLength(2);
  });

  test("leaving a team asks first, then takes you back to your teams", async ({ page }) => {
    const [owner, member] = await Promise.all([createTestUser(), createTestUser()]);
    const team = await createTeam([
      { userId: owner.id, role: "owner" },
      { userId: member.id, role: "member" },
    ]);
    await signInWithCredentials(page, member);
    await page.goto(`/teams/${team.id}`);
    await expectNoHorizontalScroll(page, `/teams/${team.id} as a member at 390 px`);
    await expectNoScrollingRegion(page);
    await page.getByTestId("leave-team").click();
    await expect(page.getByRole("group", { name: "Confirm: Leave team" })).toContainText(`Leave ${team.name}?`);
    await page.getByTestId("leave-team-confirm").click();
    await expect(page).toHaveURL(/\/teams$/);
    expect(await e2eDb().membership.count({ where: { teamId: team.id, userId: member.id } })).toBe(0);
    const response = await page.goto(`/teams/${team.id}`);
    expect(response?.status()).toBe(404);
  });
});
