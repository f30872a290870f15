import { randomBytes } from "node:crypto";
import type { Browser, Page } from "@playwright/test";

import { createScenario } from "../prisma/seed/factories";
import { createTestUser, expect, signInWithCredentials, test, type TestUser } from "./fixtures/auth";
import { e2eDb } from "./fixtures/db";

async function rankedRows(page: Page): Promise<string[]> {
  await expect(page.getByTestId("leaderboard-row").first()).toBeVisible();
  return page.getByTestId("leaderboard-row").evaluateAll((rows) => rows.map((r) => `${r.getAttribute("data-offering")}|${r.getAttribute("data-model")}`));
}

async function signedInPage(browser: Browser, user: TestUser): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInWithCredentials(page, user);
  return page;
}

test.describe("team scenarios", () => {
  test("save from leaderboard filters, share with a team, members see the same ranking, outsiders get 404, edits show a diff", async ({ page, browser }) => {
    // A team with an owner and a member, and someone from outside it.
    const run = randomBytes(3).toString("hex");
    const [owner, member, outsider] = await Promise.all([
      createTestUser({ name: `Owner ${run}` }),
      createTestUser({ name: `Member ${run}` }),
      createTestUser({ name: `Outsider ${run}` }),
    ]);
    const team = await e2eDb().team.create({ data: { name: `Scenario team ${run}`, slug: `scenario-team-${run}` }, select: { id: true, name: true } });
    await e2eDb().membership.createMany({
      data: [
        { teamId: team.id, userId: owner.id, role: "owner" },
        { teamId: team.id, userId: member.id, role: "member" },
      ],
    });
    await signInWithCredentials(page, owner);

    // 1. Filters on the leaderboard, then "Save as scenario".
    const filters = "deployment=onprem&electricityUsdPerKwh=0.3&utilization=0.5";
    await page.goto(`/leaderboard?${filters}`);
    const filtered = await rankedRows(page);
    await page.getByTestId("save-scenario").click();
    await expect(page).toHaveURL(/\/scenarios\/new\?/);
    await expect(page.getByTestId("prefill-note")).toBeVisible();
    await expect(page.locator("#s-electricityUsdPerKwh")).toHaveValue("0.3");
    await expect(page.locator("#s-utilization")).toHaveValue("0.5");
    await expect(page.locator("#s-deployment")).toHaveValue("onprem");

    // 2. Share it with the team.
    await page.locator("#s-name").fill(`Expensive power ${run}`);
    await page.getByTestId("scenario-visibility").selectOption("team");
    await page.getByTestId("scenario-team").selectOption(team.id);
    await page.getByTestId("scenario-form-submit").click();
    await expect(page).toHaveURL(/\/scenarios\/[a-z0-9]+$/);
    const scenarioUrl = new URL(page.url()).pathname;
    const scenarioId = scenarioUrl.split("/").pop()!;
    await expect(page.getByTestId("scenario-name")).toHaveText(`Expensive power ${run}`);
    await expect(page.getByTestId("scenario-team-name")).toHaveText(team.name);
    await expect(page.getByTestId("scenario-revision")).toHaveText("1");

    // The scenario re-ranks the leaderboard exactly as the filters did, and says so.
    await page.getByTestId("open-leaderboard").click();
    await expect(page.getByTestId("scenario-banner")).toContainText(`Expensive power ${run}, revision 1`);
    const ownerRows = await rankedRows(page);
    expect(ownerRows).toEqual(filtered);

    // 3. A team member sees the same re-ranked leaderboard and the scenario page.
    const memberPage = await signedInPage(browser, member);
    await memberPage.goto(`/leaderboard?scenario=${scenarioId}`);
    await expect(memberPage.getByTestId("scenario-banner")).toContainText(`Expensive power ${run}, revision 1`);
    expect(await rankedRows(memberPage)).toEqual(ownerRows);
    const memberView = await memberPage.goto(scenarioUrl);
    expect(memberView?.status()).toBe(200);
    await expect(memberPage.getByTestId("edit-scenario")).toHaveCount(0);

    // 4. Someone outside the team gets a 404 for the scenario's URLs, and no ranking under it.
    const outsiderPage = await signedInPage(browser, outsider);
    for (const path of [scenarioUrl, `${scenarioUrl}/edit`, `${scenarioUrl}/sensitivity`]) {
      const response = await outsiderPage.goto(path);
      expect(response?.status(), path).toBe(404);
    }
    await outsiderPage.goto(`/leaderboard?scenario=${scenarioId}`);
    await expect(outsiderPage.getByTestId("scenario-banner")).toHaveCount(0);
    await expect(outsiderPage.getByTestId("query-errors")).toContainText("No scenario");

    // 5. The owner edits it; the history shows who changed what, and the diff between revisions.
    await page.goto(`${scenarioUrl}/edit`);
    await page.locator("#s-electricityUsdPerKwh").fill("0.05");
    await page.locator("#s-pue").fill("1.1");
    await page.getByTestId("scenario-form-submit").click();
    await expect(page).toHaveURL(new RegExp(`${scenarioUrl}$`));
    await expect(page.getByTestId("scenario-revision")).toHaveText("2");
    const diff = page.getByTestId("revision-diff");
    await expect(diff.locator('tr[data-param="electricityUsdPerKwh"]')).toContainText("0.3 $/kWh");
    await expect(diff.locator('tr[data-param="electricityUsdPerKwh"]')).toContainText("0.05 $/kWh");
    await expect(diff.locator('tr[data-param="pue"]')).toContainText("1.1");
    await expect(page.locator('[data-testid="revision-entry"][data-revision="2"]')).toContainText(owner.name);
    await expect(page.locator('[data-testid="revision-entry"][data-revision="2"]')).toContainText("Electricity price: 0.3 $/kWh to 0.05 $/kWh");

    // The member's leaderboard follows the latest revision; a pinned link keeps revision 1.
    await memberPage.goto(`/leaderboard?scenario=${scenarioId}`);
    await expect(memberPage.getByTestId("scenario-banner")).toContainText("revision 2");
    await memberPage.goto(`/leaderboard?scenario=${scenarioId}&revision=1`);
    expect(await rankedRows(memberPage)).toEqual(ownerRows);

    // A bad value is reported on its field and saves nothing.
    await page.goto(`${scenarioUrl}/edit`);
    await page.locator("#s-utilization").fill("1.7");
    await page.getByTestId("scenario-form-submit").click();
    await expect(page.getByTestId("error-params.utilization")).toContainText("between 0.01 and 1");
    await expect(page.locator("#s-utilization")).toHaveValue("1.7");
    await page.goto(scenarioUrl);
    await expect(page.getByTestId("scenario-revision")).toHaveText("2");
  });

  test("compare two scenarios and read the break-even of the top offering", async ({ page }) => {
    const user = await createTestUser();
    await signInWithCredentials(page, user);
    const make = async (name: string, params: { electricityUsdPerKwh: number; models: string[] }) => {
      const scenario = await createScenario(e2eDb(), { name, ownerId: user.id, params });
      return scenario.id;
    };
    const cheap = await make("Cheap power", { electricityUsdPerKwh: 0.03, models: ["llama-2-70b"] });
    const dear = await make("Dear power", { electricityUsdPerKwh: 0.4, models: ["llama-2-70b"] });

    await page.goto(`/scenarios/compare?a=${cheap}&b=${dear}`);
    const table = page.getByTestId("scenario-compare-table");
    await expect(table.locator("tbody tr").first()).toBeVisible();
    // Dearer power never makes anything cheaper: every cost change is ≥ 0, and on-prem rows rise.
    const changes = await table.getByTestId("cost-change").allTextContents();
    expect(changes.length).toBeGreaterThan(1);
    expect(changes.some((c) => c.startsWith("+"))).toBe(true);
    expect(changes).toContain("no change");
    expect(changes.every((c) => !c.startsWith("−"))).toBe(true);

    await page.goto(`/scenarios/${cheap}/sensitivity?model=llama-2-70b`);
    await expect(page.getByTestId("sensitivity-top")).toContainText("Top offering");
    await expect(page.getByTestId("electricity-verdict")).toBeVisible();
    await expect(page.getByTestId("utilization-invariant")).toContainText("same factor");
    await expect(page.getByTestId("electricity-chart").locator("svg").first()).toBeVisible();
    await page.getByTestId("electricity-chart-table-toggle").click();
    await expect(page.getByTestId("electricity-chart-table").locator("tbody tr").first()).toBeVisible();
  });
});

test.describe("scenario page: labels and a confirmed delete", () => {
  test("shows model type labels and model names, and deletes only when the name is typed", async ({ page, browser }) => {
    const run = randomBytes(3).toString("hex");
    const [owner, member] = await Promise.all([createTestUser({ name: `Owner ${run}` }), createTestUser({ name: `Member ${run}` })]);
    const team = await e2eDb().team.create({ data: { name: `Delete team ${run}`, slug: `delete-team-${run}` }, select: { id: true, name: true } });
    await e2eDb().membership.createMany({
      data: [
        { teamId: team.id, userId: owner.id, role: "owner" },
        { teamId: team.id, userId: member.id, role: "member" },
      ],
    });
    const name = `Shared default ${run}`;
    const scenario = await createScenario(e2eDb(), { name, ownerId: owner.id, teamId: team.id, params: { modelType: "dense-70b", models: ["llama-2-70b"] } });
    const model = await e2eDb().model.findUniqueOrThrow({ where: { slug: "llama-2-70b" }, select: { name: true } });
    await signInWithCredentials(page, owner);
    const scenarioUrl = `/scenarios/${scenario.id}`;

    // 1. The parameter table reads as people name things, not as slugs.
    await page.goto(scenarioUrl);
    const table = page.getByTestId("scenario-params");
    await expect(table.locator('tr[data-param="modelType"] td')).toHaveText("Dense 70B class");
    await expect(table.locator('tr[data-param="models"] td')).toHaveText(model.name);

    // 2. An edit to the model type makes revision 2; the diff and the history name both types.
    await page.goto(`${scenarioUrl}/edit`);
    await page.locator("#s-modelType").selectOption("moe-large");
    await page.getByTestId("scenario-form-submit").click();
    await expect(page).toHaveURL(new RegExp(`${scenarioUrl}$`));
    await expect(page.getByTestId("scenario-revision")).toHaveText("2");
    const modelTypeChange = page.getByTestId("revision-diff").locator('tr[data-param="modelType"]');
    await expect(modelTypeChange).toContainText("Dense 70B class");
    await expect(modelTypeChange).toContainText("MoE large");
    await expect(page.locator('[data-testid="revision-entry"][data-revision="2"]')).toContainText("Model type: Dense 70B class to MoE large");
    await expect(page.getByTestId("revision-history")).not.toContainText("dense-70b");

    // 3. Two people use it as their default; the page says what deleting loses.
    await e2eDb().user.updateMany({ where: { id: { in: [owner.id, member.id] } }, data: { defaultScenarioId: scenario.id } });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(scenarioUrl);
    const impact = page.getByTestId("delete-impact");
    await expect(impact).toContainText("2 revisions");
    await expect(impact).toContainText(`shared with team ${team.name}`);
    await expect(impact).toContainText("default scenario of 2 people (you and 1 other)");
    const confirm = page.getByTestId("delete-scenario-confirm");
    await confirm.scrollIntoViewIfNeeded();
    for (const box of [await confirm.boundingBox(), await page.getByTestId("delete-scenario").boundingBox()]) {
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    // 4. Nothing typed, then a wrong name: an error at the field, nothing deleted.
    await page.getByTestId("delete-scenario").click();
    await expect(page.getByTestId("confirm-error")).toHaveText("Type the scenario's name to confirm");
    await confirm.fill(`Shared default`);
    await page.getByTestId("delete-scenario").click();
    await expect(page.getByTestId("confirm-error")).toHaveText("Does not match the scenario name");
    await expect(confirm).toHaveAttribute("aria-invalid", "true");
    expect(await e2eDb().scenarioRevision.count({ where: { scenarioId: scenario.id } })).toBe(2);

    // A member who may read it is offered no delete form.
    const memberPage = await signedInPage(browser, member);
    await memberPage.goto(scenarioUrl);
    await expect(memberPage.getByTestId("scenario-name")).toHaveText(name);
    await expect(memberPage.getByTestId("delete-form")).toHaveCount(0);

    // 5. The right name deletes it, its revisions and both defaults.
    await confirm.fill(name);
    await page.getByTestId("delete-scenario").click();
    await expect(page).toHaveURL(/\/scenarios$/);
    expect(await e2eDb().scenario.count({ where: { id: scenario.id } })).toBe(0);
    expect(await e2eDb().scenarioRevision.count({ where: { scenarioId: scenario.id } })).toBe(0);
    expect(await e2eDb().user.count({ where: { defaultScenarioId: scenario.id } })).toBe(0);
  });
});
