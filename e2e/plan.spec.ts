import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";

import { createTestUser, expect, signInWithCredentials, test } from "./fixtures/auth";
import { seriousAxeViolations } from "./fixtures/axe";
import { e2eDb } from "./fixtures/db";

type Row = { offering: string; rank: string; mw: number | null };

async function planRows(page: Page): Promise<Row[]> {
  await expect(page.getByTestId("plan-row").first()).toBeVisible({ timeout: 30_000 });
  return page.getByTestId("plan-row").evaluateAll((rows) =>
    rows.map((r) => ({
      offering: r.getAttribute("data-offering")!,
      rank: r.getAttribute("data-rank")!,
      mw: r.getAttribute("data-mw") ? Number(r.getAttribute("data-mw")) : null,
    })),
  );
}

const ranking = (rows: Row[]) => rows.filter((r) => r.rank !== "").map((r) => r.offering);

// A cap that takes the cheapest plan out of the ranking when a smaller fleet exists, else one that
// keeps it and drops the bigger ones: either way the ranking must change.
function capThatChangesRanking(rows: Row[]): number {
  const first = rows.find((r) => r.rank === "1" && r.mw !== null)!;
  const others = rows.filter((r) => r !== first && r.mw !== null).map((r) => r.mw!);
  const smaller = others.filter((mw) => mw < first.mw!);
  if (smaller.length) return (Math.max(...smaller) + first.mw!) / 2;
  const larger = others.filter((mw) => mw > first.mw!);
  return (first.mw! + Math.min(...larger)) / 2;
}

test.describe("capacity planner", () => {
  test("plan a workload, save it to a team, a teammate opens it, changes the power cap and sees the ranking change", async ({ page, browser, request }) => {
    // Two users, a save and four planned pages: slower than one page view on a busy machine.
    test.setTimeout(180_000);
    const run = randomBytes(3).toString("hex");
    const [owner, member] = await Promise.all([createTestUser({ name: `Planner ${run}` }), createTestUser({ name: `Teammate ${run}` })]);
    const team = await e2eDb().team.create({ data: { name: `Plan team ${run}`, slug: `plan-team-${run}` }, select: { id: true, name: true } });
    await e2eDb().membership.createMany({
      data: [
        { teamId: team.id, userId: owner.id, role: "owner" },
        { teamId: team.id, userId: member.id, role: "member" },
      ],
    });

    // The model with the most offerings ranked at 20 tok/s per user, read from the app's own API.
    const board = (await (await request.get("/api/v1/leaderboard?interactivity=20&limit=1000")).json()) as { rows: { model: { slug: string } }[] };
    const counts = new Map<string, number>();
    for (const r of board.rows) counts.set(r.model.slug, (counts.get(r.model.slug) ?? 0) + 1);
    const model = [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];

    // 1. Plan a workload in the form.
    await signInWithCredentials(page, owner);
    await page.goto("/plan");
    await page.locator("#p-model").selectOption(model);
    await page.locator("#p-outputTokensPerDay").fill("20000000000");
    await page.locator("#p-peakToAverage").fill("2");
    await page.locator("#p-minTokensPerSecondPerUser").fill("20");
    await page.getByTestId("plan-submit").click();
    await expect(page).toHaveURL(/outputTokensPerDay=20000000000/, { timeout: 60_000 });
    const planned = await planRows(page);
    expect(planned.length).toBeGreaterThan(1);
    expect(ranking(planned).length).toBe(planned.length);
    await expect(page.getByTestId("plan-table").getByRole("link", { name: "$/month" })).toHaveAttribute("href", "/glossary#plan-monthly-cost");
    await expect(page.getByTestId("plan-chart-table")).toHaveCount(1);

    // 2. Save it to the team.
    await page.getByTestId("save-plan-name").fill(`Fleet ${run}`);
    await page.getByTestId("save-plan-share").selectOption(`team:${team.id}`);
    await page.getByTestId("save-plan-submit").click();
    await expect(page).toHaveURL(/\/plan\?scenario=[a-z0-9]+$/, { timeout: 60_000 });
    const sharedUrl = new URL(page.url());
    await expect(page.getByTestId("plan-scenario-banner")).toContainText(`Fleet ${run}, revision 1`);
    expect(ranking(await planRows(page))).toEqual(ranking(planned));

    // 3. A teammate opens the shared URL and sees the same plan.
    const memberContext = await browser.newContext();
    const memberPage = await memberContext.newPage();
    await signInWithCredentials(memberPage, member);
    await memberPage.goto(`${sharedUrl.pathname}${sharedUrl.search}`);
    await expect(memberPage.getByTestId("plan-scenario-banner")).toContainText(`Fleet ${run}, revision 1`);
    const seen = await planRows(memberPage);
    expect(ranking(seen)).toEqual(ranking(planned));
    await expect(memberPage.locator("#p-outputTokensPerDay")).toHaveValue("20000000000");

    // 4. Changes the power cap: plans above it drop out of the ranking.
    const cap = capThatChangesRanking(seen);
    await memberPage.locator("#p-powerCapMw").fill(String(cap));
    await memberPage.getByTestId("plan-submit").click();
    await expect(memberPage).toHaveURL(/powerCapMw=/, { timeout: 60_000 });
    await expect(memberPage.getByTestId("plan-scenario-banner")).toContainText("powerCapMw");
    const capped = await planRows(memberPage);
    expect(ranking(capped)).not.toEqual(ranking(seen));
    expect(new Set(ranking(capped))).toEqual(new Set(seen.filter((r) => r.mw !== null && r.mw <= cap).map((r) => r.offering)));
    await memberContext.close();
  });

  test("fits a 390 px phone screen without horizontal page scroll, with no serious accessibility violation", async ({ browser }) => {
    test.setTimeout(120_000);
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto("/plan?model=llama-2-70b&outputTokensPerDay=1000000000&powerCapMw=1");
    await expect(page.getByRole("heading", { name: "Capacity planner" })).toBeVisible();
    await expect(page.getByTestId("plan-row").first()).toBeVisible({ timeout: 30_000 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await context.close();
  });
  test("requests per day with average lengths plans the same offerings as the equivalent output tokens per day", async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto("/plan?model=llama-3.1-8b&mode=demand&outputTokensPerDay=500000000");
    const byTokens = await planRows(page);
    expect(byTokens.length).toBeGreaterThan(1);
    // The lengths only turn requests into tokens: 1000 in / 500 out must not empty the plan.
    await page.goto("/plan?model=llama-3.1-8b&mode=demand&requestsPerDay=1000000&inputTokens=1000&outputTokens=500");
    await expect(page.getByTestId("plan-summary")).toContainText("Demand 500M output tokens/day");
    await expect(page.getByTestId("plan-empty")).toHaveCount(0);
    expect((await planRows(page)).map((r) => r.offering)).toEqual(byTokens.map((r) => r.offering));
  });

  test("each error sits at its field, in words, with a summary naming the field's label", async ({ page }) => {
    test.setTimeout(120_000);
    async function expectFieldError(name: string, message: string) {
      const field = page.locator(`#p-${name}`);
      const error = page.getByTestId(`plan-${name}-error`);
      await expect(error).toHaveText(message);
      await expect(field).toHaveAttribute("aria-invalid", "true");
      await expect(field).toHaveAttribute("aria-describedby", `p-${name}-error`);
      await expect(error).toHaveAttribute("id", `p-${name}-error`);
    }

    // An interactivity target out of range: said in words at its field; the plan goes on without it.
    await page.goto("/plan?model=llama-3.1-8b&outputTokensPerDay=1000000000&minTokensPerSecondPerUser=100000");
    await expectFieldError("minTokensPerSecondPerUser", "Must be at most 10,000 tokens/s per user");
    const summary = page.getByTestId("plan-errors");
    await expect(summary).toContainText("Interactivity target (tok/s per user): Must be at most 10,000 tokens/s per user");
    await expect(summary).not.toContainText("interactivity:");
    await expect(summary).not.toContainText("Too big");
    await expect(page.locator("#p-minTokensPerSecondPerUser")).toHaveValue("100000");
    await expect(page.getByTestId("plan-outputTokensPerDay-error")).toHaveCount(0);
    await expect(page.locator("#p-outputTokensPerDay")).not.toHaveAttribute("aria-invalid", "true");

    // A number too large says the limit, not "Must be a number"; other fields are marked too.
    await page.goto("/plan?model=llama-3.1-8b&outputTokensPerDay=1e30&powerCapMw=-1");
    await expectFieldError("outputTokensPerDay", "Must be at most 1,000,000,000,000,000,000 tokens per day");
    await expectFieldError("powerCapMw", "The power cap must be more than 0 MW");
    await expect(page.getByTestId("plan-errors")).toContainText("Output tokens per day: Must be at most");
    await expect(page.getByTestId("plan-errors")).toContainText("Site power cap (MW): The power cap must be more than 0 MW");
    await expect(page.getByTestId("plan-errors")).not.toContainText("Must be a number");
    await expect(page.getByTestId("plan-errors")).not.toContainText("powerCapMw");
    await expect(page.getByTestId("plan-row")).toHaveCount(0);

    // Several errors: the summary lists them in the form's order, top to bottom, whatever order the checks
    // found them in (the interactivity and TTFT checks run before the demand's).
    await page.goto("/plan?model=llama-3.1-8b&outputTokensPerDay=1e30&powerCapMw=-1&minTokensPerSecondPerUser=100000&peakToAverage=0&ttftMsLimit=abc");
    await expect(page.getByTestId("plan-errors").getByRole("link")).toHaveText([
      "Output tokens per day",
      "Peak-to-average",
      "Interactivity target (tok/s per user)",
      "TTFT limit (ms)",
      "Site power cap (MW)",
    ]);

    // A demand but no model: pressing Plan says so at the model field.
    await page.goto("/plan");
    await page.locator("#p-outputTokensPerDay").fill("1000000000");
    await page.getByTestId("plan-submit").click();
    await expect(page).toHaveURL(/outputTokensPerDay=1000000000/);
    await expectFieldError("model", "Choose a model to plan for");
    await expect(page.getByTestId("plan-errors")).toContainText("Model: Choose a model");
    await expect(page.getByTestId("plan-errors").getByRole("link", { name: "Model" })).toHaveAttribute("href", "#p-model");
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});
