import { expect, test } from "@playwright/test";

import { isHydrated, waitForHydration } from "./fixtures/hydration";

async function rankedOfferings(page: import("@playwright/test").Page): Promise<string[]> {
  return page.getByTestId("leaderboard-row").evaluateAll((rows) => rows.map((r) => `${r.getAttribute("data-offering")}|${r.getAttribute("data-model")}`));
}

test.describe("leaderboard", () => {
  test("filters change the ranking and the URL; opening the URL reproduces the view", async ({ page }) => {
    await page.goto("/leaderboard");
    await expect(page.getByTestId("leaderboard-row").first()).toBeVisible();
    const before = await rankedOfferings(page);

    await waitForHydration(page, '[data-testid="leaderboard-filters"]');
    await page.getByLabel("Deployment").selectOption("onprem");
    await page.getByText("Assumptions (electricity").click();
    await page.getByLabel("Electricity ($/kWh)").fill("0.3");
    await page.getByTestId("apply-filters").click();
    await expect(page).toHaveURL(/deployment=onprem/);
    await expect(page).toHaveURL(/electricityUsdPerKwh=0.3/);
    const after = await rankedOfferings(page);
    expect(after.length).toBeGreaterThan(0);
    expect(after).not.toEqual(before);
    const kinds = await page.getByTestId("leaderboard-row").locator("td:nth-child(2) span").allTextContents();
    expect(kinds.every((k) => k.includes("On-prem"))).toBe(true);
    const firstCost = await page.getByTestId("usd-per-million").first().textContent();

    const url = page.url();
    const second = await page.context().newPage();
    await second.goto(url);
    expect(await rankedOfferings(second)).toEqual(after);
    await expect(second.getByTestId("usd-per-million").first()).toHaveText(firstCost!);
    await expect(second.getByLabel("Deployment")).toHaveValue("onprem");
  });

  test("filters chosen on a slow phone before the scripts arrive survive hydration and apply", async ({ page }) => {
    // The framework's scripts arrive 2 s late, as on a slow connection: the server-rendered form is
    // usable meanwhile, and hydrating it must not reset what the visitor chose.
    await page.route("**/_next/static/chunks/*.js", async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      await route.continue();
    });
    await page.goto("/leaderboard", { waitUntil: "commit" });
    await page.getByLabel("Deployment").selectOption("onprem");
    await page.getByLabel("TTFT limit (ms)").fill("900");
    const deployment = '[data-testid="leaderboard-filters"] select[name="deployment"]';
    expect(await isHydrated(page, deployment), "the choice was made before hydration").toBe(false);
    await waitForHydration(page, deployment);
    await expect(page.getByLabel("Deployment")).toHaveValue("onprem");
    await expect(page.getByLabel("TTFT limit (ms)")).toHaveValue("900");
    await page.getByTestId("apply-filters").click();
    await expect(page).toHaveURL(/deployment=onprem/);
    await expect(page).toHaveURL(/ttftMs=900/);
  });

  test("'Prices as of' is text taking YYYY-MM-DD until the assumptions open, then a date picker", async ({ page }) => {
    await page.goto("/leaderboard");
    await waitForHydration(page, '[data-testid="leaderboard-filters"]');
    const asOf = page.getByLabel("Prices as of");
    await expect(asOf).toHaveAttribute("type", "text");
    await page.getByText("Assumptions (electricity").click();
    await expect(asOf).toHaveAttribute("type", "date");
    await asOf.fill("2026-06-30");
    await page.getByTestId("apply-filters").click();
    await expect(page).toHaveURL(/asOf=2026-06-30/);
    // A URL with an assumption opens them: the picker from the first render.
    await expect(page.getByLabel("Prices as of")).toHaveAttribute("type", "date");
    await expect(page.getByLabel("Prices as of")).toHaveValue("2026-06-30");
  });

  test("charts render with their table views, and headers link to the glossary", async ({ page }) => {
    await page.goto("/leaderboard?model=llama-2-70b");
    await expect(page.getByTestId("cost-chart").locator("svg").first()).toBeVisible();
    await page.getByTestId("cost-chart-table-toggle").click();
    await expect(page.getByTestId("cost-chart-table").locator("tbody tr").first()).toBeVisible();
    await expect(page.getByTestId("pareto-chart").locator("svg").first()).toBeVisible();
    await page.getByTestId("pareto-chart-table-toggle").click();
    await expect(page.getByTestId("pareto-chart-table").locator("tbody tr").first()).toBeVisible();

    await page
      .getByTestId("leaderboard-table")
      .getByRole("link", { name: /\$\/M output tokens/ })
      .click();
    await expect(page).toHaveURL(/\/glossary#usd-per-million-tokens/);
    await expect(page.locator("#usd-per-million-tokens")).toContainText("usdPerAcceleratorHour");
  });

  test("model-type leaderboard, home headline, compare and glossary pages work", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByTestId("headline-cost").first()).toBeVisible();
    await page.getByTestId("headline").getByRole("link").first().click();
    await expect(page).toHaveURL(/\/leaderboard\/[a-z0-9-]+/);
    await expect(page.getByTestId("leaderboard-row").first()).toBeVisible();

    await page.goto("/leaderboard?model=llama-2-70b&deployment=cloud");
    const slugs = await page.getByTestId("leaderboard-row").evaluateAll((rows) => rows.slice(0, 2).map((r) => r.getAttribute("data-offering")));
    await page.goto(`/compare?offerings=${slugs.join(",")}&model=llama-2-70b`);
    const compare = page.getByTestId("compare-table");
    await expect(compare.locator("thead th")).toHaveCount(3);
    await expect(compare).toContainText("of which rental");

    await page.goto("/compare?offerings=only-one&model=llama-2-70b");
    await expect(page.getByTestId("query-errors")).toContainText("2 to 4");

    await page.goto("/glossary");
    expect(await page.getByTestId("glossary-entry").count()).toBeGreaterThanOrEqual(10);
    expect(await page.getByTestId("assumption-entry").count()).toBeGreaterThanOrEqual(6);
  });

  test("bad filter values are reported next to a default ranking", async ({ page }) => {
    const response = await page.goto("/leaderboard?utilization=7&deployment=moon");
    expect(response?.status()).toBe(200);
    await expect(page.getByTestId("query-errors")).toContainText("utilization");
    await expect(page.getByTestId("leaderboard-row").first()).toBeVisible();
    // The default ranking beside the errors is one page of rows, as for a valid query.
    await expect(page.getByTestId("leaderboard-row")).toHaveCount(10);
    await expect(page.getByTestId("show-more")).toBeVisible();
  });
});
