import type { Page } from "@playwright/test";

import { createSubmission } from "../prisma/seed/factories";
import { createTestUser, expect, test } from "./fixtures/auth";
import { e2eDb } from "./fixtures/db";

// What a submitter and a moderator meet on the way from a result to the leaderboard, beyond the
// happy path that submissions.spec.ts walks: decisions that cannot be taken back, and phones.

const csvFile = (name: string, text: string) => ({ name, mimeType: "text/csv", buffer: Buffer.from(text) });

/** A template CSV of three rows that preview as ready, invalid (unknown model) and flagged (above a physical bound). */
async function threeRowCsv(page: Page): Promise<string> {
  const header = (await (await page.request.get("/submit/template.csv")).text()).trim();
  const row = (model: string, tokensPerSecond: string) =>
    `${model},h100-sxm,1,,,FP8,vLLM,0.9.1,,,1024,1024,16,${tokensPerSecond},,110,60,,9,,,none,false,false,,https://example.com/run,walkthrough`;
  return [header, row("llama-3.1-8b", "1800"), row("no-such-model-9b", "1800"), row("llama-3.1-8b", "99999999")].join("\n");
}

async function statusOf(id: string) {
  return (await e2eDb().benchmarkSubmission.findUniqueOrThrow({ where: { id }, select: { status: true } })).status;
}

test.describe("moderation decisions", () => {
  test("approving a flagged result asks first and says it exceeds a physical bound; Cancel decides nothing", async ({ page, loginAs }) => {
    const submitter = await createTestUser();
    const submission = await createSubmission(e2eDb(), { status: "flagged", submitterId: submitter.id });
    await loginAs(page, { role: "moderator" });
    await page.goto(`/submissions/${submission.id}`);

    await page.getByTestId("approve-button").click();
    const confirm = page.getByTestId("review-confirm");
    await expect(confirm).toContainText("feeds the public leaderboards at once");
    await expect(confirm).toContainText("exceeds a physical bound");
    await expect(confirm).toContainText("cannot be changed");
    expect(await statusOf(submission.id)).toBe("flagged");

    await confirm.getByRole("button", { name: "Cancel" }).click();
    await expect(confirm).toHaveCount(0);
    await expect(page.getByTestId("approve-button")).toBeVisible();
    expect(await statusOf(submission.id)).toBe("flagged");

    await page.getByTestId("approve-button").click();
    await page.getByTestId("confirm-decision-button").click();
    await expect(page.getByTestId("review-decided")).toHaveAttribute("data-decision", "approved");
    expect(await statusOf(submission.id)).toBe("approved");
  });

  test("rejecting asks first, and the typed note survives when another moderator decided meanwhile", async ({ page, loginAs }) => {
    const submitter = await createTestUser();
    const submission = await createSubmission(e2eDb(), { status: "pending", submitterId: submitter.id });
    await loginAs(page, { role: "moderator" });
    await page.goto(`/submissions/${submission.id}`);

    const note = "The source link shows a different engine version";
    await page.getByTestId("review-note-input").fill(note);
    await page.getByTestId("reject-button").click();
    await expect(page.getByTestId("review-confirm")).toContainText("The submitter sees your note");
    expect(await statusOf(submission.id)).toBe("pending");

    // Another moderator approves it before this one confirms.
    await e2eDb().benchmarkSubmission.update({ where: { id: submission.id }, data: { status: "approved", reviewedAt: new Date() } });
    await page.getByTestId("confirm-decision-button").click();
    await expect(page.getByTestId("review-message")).toContainText("already approved");
    await expect(page.getByTestId("review-note-input")).toHaveValue(note);
    expect(await statusOf(submission.id)).toBe("approved");
  });
});

test.describe("moderation without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the review form asks, cancels, refuses a rejection without a note and decides, by form posts alone", async ({ page, loginAs }) => {
    const submitter = await createTestUser();
    const rejected = await createSubmission(e2eDb(), { status: "pending", submitterId: submitter.id });
    const approved = await createSubmission(e2eDb(), { status: "pending", submitterId: submitter.id });
    await loginAs(page, { role: "moderator" });

    await page.goto(`/submissions/${rejected.id}`);
    await page.getByTestId("reject-button").click();
    const confirm = page.getByTestId("review-confirm");
    await expect(confirm).toHaveAttribute("data-decision", "reject");
    await expect(confirm).toContainText("The submitter sees your note");
    expect(await statusOf(rejected.id)).toBe("pending");

    await confirm.getByRole("button", { name: "Cancel" }).click();
    await expect(page.getByTestId("review-confirm")).toHaveCount(0);
    await expect(page.getByTestId("approve-button")).toBeVisible();
    expect(await statusOf(rejected.id)).toBe("pending");

    await page.getByTestId("reject-button").click();
    await page.getByTestId("confirm-decision-button").click();
    await expect(page.getByTestId("error-note")).toContainText("A note is required when rejecting");
    await expect(page.getByTestId("review-note-input")).toHaveAttribute("aria-invalid", "true");
    expect(await statusOf(rejected.id)).toBe("pending");

    const note = "The source link shows a different engine version";
    await page.getByTestId("review-note-input").fill(note);
    await page.getByTestId("reject-button").click();
    await expect(page.getByTestId("review-note-input")).toHaveValue(note);
    await page.getByTestId("confirm-decision-button").click();
    // The page comes back rendered anew: the decision and its note, no form left to send.
    await expect(page.getByText("Rejected by a moderator")).toBeVisible();
    await expect(page.getByTestId("review-note")).toContainText(note);
    await expect(page.getByTestId("review-form")).toHaveCount(0);
    expect(await statusOf(rejected.id)).toBe("rejected");

    // The queue holds one form per item: the answer goes to the item whose form was sent.
    await page.goto("/review?status=pending");
    const item = page.locator(`[data-testid="review-item"][data-id="${approved.id}"]`);
    await item.getByTestId("approve-button").click();
    await expect(page.getByTestId("review-confirm")).toHaveCount(1);
    await expect(item.getByTestId("review-confirm")).toContainText("feeds the public leaderboards at once");
    await item.getByTestId("confirm-decision-button").click();
    // The page comes back rendered anew, and a decided result has left the pending queue.
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Review submissions");
    await expect(item).toHaveCount(0);
    expect(await statusOf(approved.id)).toBe("approved");
  });
});

test.describe("import preview on a 390 px phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test("each previewed row's status is on screen without scrolling the table sideways", async ({ page, loginAs }) => {
    await loginAs(page, { role: "user" });
    await page.goto("/submit/import");
    await page.getByTestId("import-file").setInputFiles(csvFile(`phone-${Date.now()}.csv`, await threeRowCsv(page)));
    await page.getByTestId("import-preview-button").click();

    const rows = page.getByTestId("import-row");
    await expect(rows).toHaveCount(3);
    for (const [index, status] of [
      [0, "ready"],
      [1, "invalid"],
      [2, "flagged"],
    ] as const) {
      const cell = rows.nth(index).getByTestId("import-row-status");
      await expect(cell).toHaveText(status);
      const box = await cell.boundingBox();
      expect(box, `row ${index + 1}'s status cell`).not.toBeNull();
      expect(box!.x + box!.width, `row ${index + 1}'s status is cut off at the screen's edge`).toBeLessThanOrEqual(390);
    }
  });
});

test.describe("import preview on a desktop screen", () => {
  for (const width of [1024, 1280]) {
    test(`at ${width} px every column of the preview, Findings included, fits without scrolling the table sideways`, async ({ page, loginAs }) => {
      await page.setViewportSize({ width, height: 800 });
      await loginAs(page, { role: "user" });
      await page.goto("/submit/import");
      await page.getByTestId("import-file").setInputFiles(csvFile(`desktop-${width}-${Date.now()}.csv`, await threeRowCsv(page)));
      await page.getByTestId("import-preview-button").click();
      const table = page.getByTestId("import-rows");
      await expect(page.getByTestId("import-row")).toHaveCount(3);
      const [tableWidth, boxWidth] = await table.evaluate((t) => [t.scrollWidth, t.parentElement!.clientWidth]);
      expect(tableWidth, "the preview table is wider than its box").toBeLessThanOrEqual(boxWidth);
      const findings = page.getByTestId("import-row").nth(2).locator("td").last();
      await expect(findings).toContainText("error:");
      const box = await findings.boundingBox();
      expect(box!.x + box!.width, "the Findings cell is cut off").toBeLessThanOrEqual(width);
    });
  }
});
