import { expect, test } from "@playwright/test";

import { waitForHydration } from "./fixtures/hydration";

test.describe("catalog pages", () => {
  test("home and every catalog list page show seeded data", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    for (const [path, testId, min] of [
      ["/vendors", "vendors-table", 12],
      ["/hardware", "hardware-table", 20],
      ["/models", "models-table", 12],
      ["/offerings", "offerings-table", 60],
    ] as const) {
      await page.goto(path);
      const rows = page.getByTestId(testId).locator("tbody tr");
      expect(await rows.count(), path).toBeGreaterThanOrEqual(min);
    }
  });

  test("detail pages open from the lists", async ({ page }) => {
    await page.goto("/hardware");
    const first = page.getByTestId("hardware-table").locator("tbody tr a").first();
    const name = (await first.textContent())!.trim();
    await first.click();
    await expect(page.getByTestId("page-title")).toHaveText(name);
    await expect(page.getByRole("heading", { name: /Offerings/ })).toBeVisible();

    await page.goto("/models");
    await page.getByTestId("models-table").locator("tbody tr a").first().click();
    await expect(page.getByTestId("page-title")).toBeVisible();

    await page.goto("/vendors");
    await page.getByTestId("vendors-table").locator("tbody tr a").first().click();
    await expect(page.getByTestId("page-title")).toBeVisible();

    await page.goto("/offerings");
    await page.getByTestId("offerings-table").locator("tbody tr a").first().click();
    await expect(page.getByTestId("price-history").locator("tbody tr").first()).toBeVisible();
  });

  test("list pages hydrate the HTML the server sent, without a mismatch", async ({ page }) => {
    // A mismatch makes React throw the server HTML away and render the list again in the browser: rows
    // are replaced under the pointer, and a click that lands then opens nothing (an <a> nested in an
    // <a> in a sortable header did that to /offerings on every load).
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    for (const [path, testId] of [
      ["/offerings", "offerings-table"],
      ["/offerings?sort=name&dir=asc&pageSize=10", "offerings-table"],
      ["/hardware?family=GPU", "hardware-table"],
      ["/models", "models-table"],
      ["/vendors", "vendors-table"],
      ["/leaderboard?precision=FP8", "leaderboard-table"],
    ] as const) {
      await page.goto(path);
      await waitForHydration(page, `[data-testid="${testId}"]`);
      // React reports a recoverable hydration error in the task that committed it; one more task and
      // it has surely been dispatched.
      await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
      expect(errors, path).toEqual([]);
      expect(await page.locator("a a").count(), path).toBe(0);
    }
  });

  test("a vendor page ranks its offerings against the best of other vendors", async ({ page }) => {
    await page.goto("/vendors/nvidia");
    const rows = page.getByTestId("vendor-ranking-row");
    await expect(rows.first()).toBeVisible();
    await expect(rows.first()).toContainText(/\d+ of \d+/);
    // Where another vendor also serves the model, the row shows the relative cost against its best offering.
    await expect(page.getByTestId("vendor-ranking")).toContainText("%");
  });

  test("offerings filter by kind through the URL", async ({ page }) => {
    await page.goto("/offerings");
    await waitForHydration(page, '[data-testid="offering-filters"]');
    await page.getByLabel("Kind").selectOption("onprem");
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/kind=onprem/);
    const kinds = await page.getByTestId("offering-row").locator("td:nth-child(4)").allTextContents();
    expect(kinds.length).toBeGreaterThan(0);
    expect(new Set(kinds)).toEqual(new Set(["On-prem"]));
  });

  test("the offerings list is paginated on the server, keeping filters and sort across pages", async ({ page }) => {
    await page.goto("/offerings?sort=name&dir=asc&pageSize=10");
    const rows = page.getByTestId("offering-row");
    await expect(rows).toHaveCount(10);
    const pager = page.getByTestId("offerings-pagination");
    await expect(pager.getByTestId("pager-status")).toContainText(/Page 1 of \d+ · 1–10 of \d+/);
    const firstPage = await rows.locator("td:first-child a").allTextContents();
    await pager.getByTestId("pager-next").click();
    await expect(page).toHaveURL(/page=2/);
    await expect(page).toHaveURL(/sort=name/);
    await expect(page.getByTestId("offerings-pagination").getByTestId("pager-status")).toContainText(/Page 2 of \d+ · 11–20 of/);
    const secondPage = await page.getByTestId("offering-row").locator("td:first-child a").allTextContents();
    expect(secondPage.length).toBeGreaterThan(0);
    expect(secondPage.filter((name) => firstPage.includes(name))).toEqual([]);
    // A malformed page number is reported and the first page shown; one past the end shows the last page.
    const bad = await page.goto("/offerings?page=zero");
    expect(bad?.status()).toBe(200);
    await expect(page.getByTestId("query-errors")).toContainText("page");
    const past = await page.goto("/offerings?pageSize=10&page=9999");
    expect(past?.status()).toBe(200);
    await expect(page.getByTestId("pager-status")).toContainText(/Page (\d+) of \1/);
  });

  test("unknown slugs give the 404 page and bad filters are reported, not a crash", async ({ page }) => {
    for (const path of [
      "/vendors/no-such-vendor",
      "/hardware/no-such-chip",
      "/models/no-such-model",
      "/offerings/no-such-offering",
      "/leaderboard/no-such-type",
    ]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByTestId("not-found")).toBeVisible();
    }
    const response = await page.goto("/offerings?kind=rent");
    expect(response?.status()).toBe(200);
    await expect(page.getByTestId("query-errors")).toContainText("kind");
  });

  test("list pages stream behind their loading boundary; detail slugs outside it still answer 404", async ({ request, page }) => {
    // Dynamic renders (a filter in the query string skips the cached view) of the four list pages,
    // each in an (index) route group with a loading.tsx: 200 with the whole table in the response.
    for (const [path, testId] of [
      ["/hardware?family=GPU", "hardware-table"],
      ["/models", "models-table"],
      ["/offerings", "offerings-table"],
      ["/leaderboard?precision=FP8", "leaderboard-table"],
    ] as const) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      const html = await response.text();
      expect(html, path).toContain(`data-testid="${testId}"`);
      expect(html, path).toMatch(/<tbody>\s*<tr/);
    }
    // Unknown slugs keep their real 404 status, cached path or not (a query string skips the cache).
    for (const path of [
      "/hardware/nope",
      "/hardware/nope?model=llama-3.1-8b",
      "/models/nope",
      "/offerings/nope",
      "/leaderboard/nope",
      "/leaderboard/nope?precision=FP8",
    ]) {
      expect((await request.get(path)).status(), path).toBe(404);
    }
    // The cached default views render the page itself, not behind the boundary: no fallback in them.
    for (const path of ["/hardware", "/leaderboard"]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      expect(await response.text(), path).not.toContain('data-testid="page-loading"');
    }
    // In the browser the fallback (an announced status with visible text) gives way to the table.
    await page.goto("/models");
    await expect(page.getByTestId("models-table")).toBeVisible();
    await expect(page.getByTestId("page-loading")).toHaveCount(0);
    await expect(page.getByRole("heading", { level: 1, name: "Models" })).toHaveCount(1);
  });

  test("read API answers 200 and 400 over HTTP", async ({ request }) => {
    const ok = await request.get("/api/v1/offerings?kind=cloud");
    expect(ok.status()).toBe(200);
    expect((await ok.json()).offerings.length).toBeGreaterThan(0);
    const bad = await request.get("/api/v1/accelerators?family=quantum");
    expect(bad.status()).toBe(400);
    expect((await bad.json()).errors[0].path).toBe("family");
  });
});

test("the API page says the import upload is a multipart form, the other bodies JSON", async ({ page }) => {
  await page.goto("/api-docs");
  const operation = (method: string, path: string) =>
    page.getByTestId("api-operation").filter({ has: page.getByRole("heading", { name: new RegExp(`^${method}\\s*${path.replaceAll("/", "\\/")}$`) }) });
  await expect(operation("post", "/api/v1/imports").getByTestId("request-body")).toContainText("Form body (multipart/form-data)");
  await expect(operation("post", "/api/v1/submissions").getByTestId("request-body")).toContainText("JSON body");
});
