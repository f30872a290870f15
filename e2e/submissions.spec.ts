import path from "node:path";
import { expect, test } from "@playwright/test";
import fc from "fast-check";

import { API_TOKEN_DISPLAY_PREFIX_LENGTH, API_TOKEN_PREFIX, generateSecret, sha256Hex } from "../lib/auth/secrets";
import { importUpload, multipart, submissionPayload } from "../tests/integration/submissions/fuzz-payloads";
import { badRowsCsv } from "../tests/integration/submissions/submission-fixtures";
import { createTestUser, loginAs } from "./fixtures/auth";
import { e2eDb } from "./fixtures/db";
import { expectNoHorizontalScroll } from "./fixtures/layout";

const fixture = (name: string) => path.join(import.meta.dirname, "..", "tests", "fixtures", "vllm", name);

const csvFile = (name: string, text: string) => ({ name, mimeType: "text/csv", buffer: Buffer.from(text) });

test.describe("benchmark submissions", () => {
  test("submit through the form, see the preview and findings; a moderator approves it; it ranks on the leaderboard", async ({ page, browser }) => {
    const submitter = await loginAs(page, { role: "user" });
    await page.goto("/submit");
    const form = page.getByTestId("submission-form");
    // Qwen3 32B has no seeded results: its leaderboard rows can only come from this submission.
    await page.locator("#f-model").selectOption("qwen3-32b");
    await page.locator("#f-accelerator").selectOption("h100-sxm");
    await page.locator("#f-acceleratorCount").fill("1");
    await page.locator("#f-precision").selectOption("FP8");
    await page.locator("#f-engine").fill("vLLM");
    await page.locator("#f-engineVersion").fill("0.9.1");
    await page.locator("#f-inputTokens").fill("1024");
    await page.locator("#f-outputTokens").fill("1024");
    await page.locator("#f-concurrency").fill("64");
    await page.locator("#f-outputTokensPerSecond").fill("-5");
    await page.locator("#f-interactivityTokensPerSecondPerUser").fill("40");
    await page.locator("#f-tpotMsP50").fill("25");
    await page.locator("#f-sourceUrl").fill("https://example.com/e2e/qwen3-32b-h100");

    // A field-level error first, with the other values kept.
    await expect(page.getByTestId("submit-button")).toBeDisabled();
    await page.getByTestId("preview-button").click();
    await expect(page.getByTestId("error-outputTokensPerSecond")).toHaveText("Output tokens per second must be greater than 0 tok/s");
    await expect(page.locator("#f-model")).toHaveValue("qwen3-32b");
    await expect(page.locator("#f-concurrency")).toHaveValue("64");

    // 2,000 W on one 700 W H100 is 2.86× its TDP: a warning the submitter sees before sending.
    await page.locator("#f-outputTokensPerSecond").fill("2400");
    await page.locator("#f-averagePowerWatts").fill("2000");
    await page.getByTestId("preview-button").click();
    const preview = page.getByTestId("submission-preview");
    await expect(preview).toBeVisible();
    await expect(preview).toHaveAttribute("data-status", "pending");
    await expect(preview.getByTestId("cost-preview-value")).toHaveText(/^\$\d+\.\d{3}$/);
    const finding = preview.locator('[data-testid="finding"][data-code="power-above-expected"]');
    await expect(finding).toHaveAttribute("data-severity", "warning");
    await expect(finding).toContainText("Measured 2,000 W is 2.86× the 700 W summed TDP of 1 accelerator(s)");

    // Editing after the preview asks for a fresh one before sending.
    await page.locator("#f-notes").fill("E2E run, 64 concurrent users");
    await expect(page.getByTestId("submit-button")).toBeDisabled();
    await page.getByTestId("preview-button").click();
    await expect(page.getByTestId("submit-button")).toBeEnabled();
    await page.getByTestId("submit-button").click();

    await expect(page).toHaveURL(/\/submissions\/[A-Za-z0-9_-]+\?submitted=1$/);
    const id = new URL(page.url()).pathname.split("/").pop()!;
    await expect(page.getByTestId("submitted-banner")).toBeVisible();
    await expect(page.getByTestId("submission-status")).toHaveAttribute("data-status", "pending");
    await expect(page.locator('[data-testid="finding"][data-code="power-above-expected"]')).toBeVisible();
    await expect(form).toHaveCount(0);
    await expect(page.getByTestId("submitted-by")).toHaveText(`you (${submitter.name})`);

    // Pending results are not public.
    const anonymous = await browser.newContext();
    const anonymousPage = await anonymous.newPage();
    const hidden = await anonymousPage.goto(`/submissions/${id}`);
    expect(hidden?.status()).toBe(404);

    // A moderator approves it from the review queue, seeing findings, provenance and the cost.
    const moderatorContext = await browser.newContext();
    const moderatorPage = await moderatorContext.newPage();
    await loginAs(moderatorPage, { role: "moderator" });
    await moderatorPage.goto("/review?status=pending");
    const item = moderatorPage.locator(`[data-testid="review-item"][data-id="${id}"]`);
    await expect(item).toBeVisible();
    await expect(item.locator('[data-testid="finding"][data-code="power-above-expected"]')).toBeVisible();
    await expect(item.getByTestId("review-provenance")).toContainText("example.com");
    await expect(item.getByTestId("review-submitter")).toHaveText(`${submitter.name} (${submitter.email})`);
    await expect(item.getByTestId("cost-preview")).toContainText("/M output tokens");
    await item.getByTestId("review-note-input").fill("Power reading checked with the submitter");
    await item.getByTestId("approve-button").click();
    await item.getByTestId("confirm-decision-button").click();
    await expect(item.getByTestId("review-decided")).toHaveAttribute("data-decision", "approved");
    // The card's "pending" badge, rendered before the decision, is no longer shown beside it.
    await expect(item.getByTestId("review-item-status")).toBeHidden();

    // Approved: public, and on the leaderboard for its model.
    await anonymousPage.goto(`/submissions/${id}`);
    await expect(anonymousPage.getByTestId("submission-status")).toHaveAttribute("data-status", "approved");
    await expect(anonymousPage.getByTestId("submitted-by")).toHaveText(submitter.name);
    // The leaderboard re-reads its data version at most once a second.
    // Seeded Qwen3 32B rows (Trainium2) rank too: look only at the rows this submission backs.
    const rows = anonymousPage
      .locator('[data-testid="leaderboard-row"][data-model="qwen3-32b"]')
      .filter({ has: anonymousPage.locator(`a[href="/submissions/${id}"]`) });
    await expect(async () => {
      await anonymousPage.goto("/leaderboard?model=qwen3-32b");
      await expect(rows.first()).toBeVisible({ timeout: 1000 });
    }).toPass({ timeout: 15_000 });
    const offerings = await rows.evaluateAll((els) => els.map((el) => el.getAttribute("data-offering") ?? ""));
    expect(offerings.length).toBeGreaterThan(0);
    const h100Offerings = (await e2eDb().offering.findMany({ where: { accelerator: { slug: "h100-sxm" } }, select: { slug: true } })).map((o) => o.slug);
    expect(offerings.every((slug) => h100Offerings.includes(slug))).toBe(true);
    await expect(rows.first().locator(`a[href="/submissions/${id}"]`)).toHaveCount(1);

    // The submitter sees the decision and the note.
    await page.goto("/submissions/mine");
    const mine = page.locator(`[data-testid="my-submission"][data-id="${id}"]`);
    await expect(mine).toHaveAttribute("data-status", "approved");
    await expect(mine.getByTestId("review-note")).toHaveText("Power reading checked with the submitter");
    await anonymous.close();
    await moderatorContext.close();
  });

  test("upload a vLLM result file through the mapping step", async ({ page }) => {
    await loginAs(page, { role: "user" });
    await page.goto("/submit/import");

    // Too large: refused in the browser with the limit, before any upload.
    await page.getByTestId("import-file").setInputFiles({ name: "huge.json", mimeType: "application/json", buffer: Buffer.alloc(10 * 1024 * 1024 + 1, 0x20) });
    await page.getByTestId("import-preview-button").click();
    await expect(page.getByTestId("import-errors")).toContainText("files may be at most 10.0 MB");
    // Said under the file field too, which is marked invalid.
    await expect(page.getByTestId("import-file-error")).toContainText("files may be at most 10.0 MB");
    await expect(page.getByTestId("import-file")).toHaveAttribute("aria-invalid", "true");

    await page.getByTestId("import-file").setInputFiles(fixture("vllm-bench-serve-llama3.1-8b-c64.json"));
    await page.getByTestId("import-preview-button").click();
    const mapping = page.getByTestId("mapping-step");
    await expect(mapping).toBeVisible();
    // The file's --metadata gpu=H100-SXM5-80GB tp=1 state the accelerator and count; only precision is missing.
    await expect(page.getByTestId("missing-fields")).toHaveText(/does not say: precision\./);
    const row = page.getByTestId("import-row").first();
    await expect(row).toHaveAttribute("data-status", "needs-mapping");
    await expect(page.getByTestId("import-confirm-button")).toBeDisabled();
    // Every key of the file is listed before anything is written.
    await row.getByTestId("key-report").locator("summary").click();
    await expect(row.getByTestId("key-report")).toContainText("median_ttft_ms mapped to ttftMsP50");

    // A form value that disagrees with the file: the file wins, a warning shows both, and an override is offered.
    await page.getByTestId("default-accelerator").selectOption("mi300x");
    await page.getByTestId("default-precision").selectOption("BF16");
    await page.getByTestId("import-preview-button").click();
    await expect(row.getByTestId("row-warning").first()).toContainText('accelerator: the file says "h100-sxm", the form says "mi300x"');
    await expect(page.getByTestId("override-accelerator")).toBeVisible();

    await page.getByTestId("default-accelerator").selectOption("h100-sxm");
    await page.getByTestId("default-acceleratorCount").fill("1");
    await page.getByTestId("default-precision").selectOption("BF16");
    await page.getByTestId("import-preview-button").click();
    await expect(row).toHaveAttribute("data-status", "ready");
    // The file's numbers: 3,900.11 output tok/s on one GPU, median TTFT 151.5 ms, median TPOT 16.02 ms.
    await expect(row.getByTestId("per-accelerator")).toHaveText("3,900.11");
    await expect(row.getByTestId("ttft")).toHaveText("151.5");
    await expect(row.getByTestId("tpot")).toHaveText("16.02");
    await expect(page.getByTestId("import-report")).toHaveAttribute("data-created", "0");

    await page.getByTestId("import-confirm-button").click();
    const report = page.getByTestId("import-report");
    await expect(report).toHaveAttribute("data-created", "1");
    await expect(report).toHaveAttribute("data-parsed", "1");
    await expect(report).toHaveAttribute("data-skipped", "0");

    // The same file again is refused with a clear message.
    await page.getByTestId("import-file").setInputFiles(fixture("vllm-bench-serve-llama3.1-8b-c64.json"));
    await page.getByTestId("import-preview-button").click();
    await expect(page.getByTestId("import-errors")).toContainText("You already imported this file");

    await page.goto("/submissions/mine");
    const mine = page.getByTestId("my-submission").first();
    await expect(mine).toHaveAttribute("data-status", "pending");
    await expect(mine).toContainText("imported (vllm-bench-serve)");
  });

  test("the running server answers generated malformed payloads with 4xx and writes nothing", async ({ baseURL }) => {
    const db = e2eDb();
    const user = await createTestUser({ role: "moderator" });
    const token = generateSecret(API_TOKEN_PREFIX);
    await db.apiToken.create({
      data: {
        userId: user.id,
        name: "e2e fuzz",
        prefix: token.slice(0, API_TOKEN_DISPLAY_PREFIX_LENGTH),
        tokenHash: sha256Hex(token),
        scopes: ["submissions:write", "submissions:review"],
      },
    });
    const headers = { authorization: `Bearer ${token}` };
    const counts = async () => ({ submissions: await db.benchmarkSubmission.count(), files: await db.importedFile.count() });
    const before = await counts();
    const statuses: number[] = [];
    for (const { body, contentType } of fc.sample(submissionPayload, { numRuns: 300, seed: 51 })) {
      const res = await fetch(`${baseURL}/api/v1/submissions`, { method: "POST", headers: { ...headers, "content-type": contentType }, body });
      statuses.push(res.status);
      expect(res.status, body.slice(0, 200)).toBeGreaterThanOrEqual(400);
      expect(res.status, body.slice(0, 200)).toBeLessThan(500);
    }
    for (const upload of fc.sample(importUpload, { numRuns: 150, seed: 52 })) {
      const res = await fetch(`${baseURL}/api/v1/imports`, multipart(upload, headers));
      statuses.push(res.status);
      expect(res.status, JSON.stringify(upload).slice(0, 200)).toBeGreaterThanOrEqual(400);
      expect(res.status, JSON.stringify(upload).slice(0, 200)).toBeLessThan(500);
    }
    const oversize = await fetch(
      `${baseURL}/api/v1/imports`,
      multipart({ fields: [["dryRun", "false"]], file: { bytes: new Uint8Array(11 * 1024 * 1024), name: "big.csv" } }, headers),
    );
    expect(oversize.status).toBe(413);
    expect(statuses).toHaveLength(450);
    expect(await counts()).toEqual(before);
  });
});

test.describe("CSV import feedback on a 390 px phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test("an unclosed quote is named with its line, and no import error widens the page", async ({ page }) => {
    await loginAs(page, { role: "user" });
    await page.goto("/submit/import");
    const errors = page.getByTestId("import-errors");

    // The user's file: the header's third name opens a quote that never closes.
    await page
      .getByTestId("import-file")
      .setInputFiles(csvFile("malformed.csv", 'model,accelerator,"acceleratorCount\nllama-3.1-8b,"h100-sxm,1,,,FP8\n"unterminated\n'));
    await page.getByTestId("import-preview-button").click();
    await expect(errors).toContainText('The CSV header (line 1) has a quote (") that is never closed');
    await expect(errors).toContainText("Close the quote or remove it, then upload the file again.");
    await expect(errors).not.toContainText("unknown column");
    await expectNoHorizontalScroll(page, "the quote error");

    // Unknown columns list the template's 27 names: they wrap instead of widening the page.
    await page.getByTestId("import-file").setInputFiles(csvFile("columns.csv", "model,output_throughput_tokens_per_second_measured,gpu\nx,1,h100\n"));
    await page.getByTestId("import-preview-button").click();
    await expect(errors).toContainText("Use the template's columns: model, accelerator, acceleratorCount");
    await expectNoHorizontalScroll(page, "the unknown-column error");
  });

  test("the preview names the rows that lack a value and shows every skipped row's reason", async ({ page }) => {
    await loginAs(page, { role: "user" });
    await page.goto("/submit/import");
    const columns = (await (await page.request.get("/submit/template.csv")).text()).trim().split(",");
    const csv = badRowsCsv(columns);
    await page.getByTestId("import-file").setInputFiles(csvFile("bad.csv", csv));
    await page.getByTestId("import-preview-button").click();

    // Only row 4 lacks model and engine: the page says so, not that the file does.
    const missing = page.getByTestId("missing-fields");
    await expect(missing).toContainText("Row 4 does not say: model, engine.");
    await expect(missing).not.toContainText("The file does not say");

    // Rows 1–3 are not in the table; the page says where they are, and their reasons are open to read.
    await expect(page.getByTestId("import-row")).toHaveCount(2);
    await expect(page.getByTestId("rows-not-in-table")).toContainText("The table shows 2 of the 5 rows read. Rows 1, 2, 3 could not be previewed");
    const skipped = page.getByTestId("import-skipped");
    await expect(skipped).toHaveAttribute("open", "");
    await expect(skipped.locator("summary")).toContainText("Skipped rows (5)");
    await expect(skipped.locator("li")).toHaveCount(5);
    await expect(skipped.getByText("Row 1: acceleratorCount: Accelerator count must be at least 1")).toBeVisible();
    await expect(skipped.getByText(/^Row 2: outputTokensPerSecond: /)).toBeVisible();
    await expectNoHorizontalScroll(page, "the import preview");

    // A mapping value the server refuses is said beside its field, and the summary above names no API path.
    await page.getByTestId("default-acceleratorCount").fill("0");
    await page.getByTestId("import-preview-button").click();
    await expect(page.getByTestId("default-acceleratorCount-error")).toHaveText("Accelerator count must be at least 1");
    await expect(page.getByTestId("default-acceleratorCount")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByTestId("import-errors")).toHaveText("Accelerator count must be at least 1");
    await expect(page.getByTestId("import-errors")).not.toContainText("defaults.");
    await expectNoHorizontalScroll(page, "a mapping error");
    await page.getByTestId("default-acceleratorCount").fill("");

    // Once a model and an engine are chosen, row 4 no longer lacks anything.
    await page.getByTestId("default-model").selectOption("llama-3.1-8b");
    await page.getByTestId("default-engine").fill("vLLM");
    await page.getByTestId("import-preview-button").click();
    await expect(page.locator('[data-testid="import-row"][data-row="4"]')).not.toHaveAttribute("data-status", "needs-mapping");
    await expect(page.getByTestId("missing-fields")).toHaveCount(0);
  });
});
