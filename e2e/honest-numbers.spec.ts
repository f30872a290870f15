import { expect, test } from "@playwright/test";

import { waitForHydration } from "./fixtures/hydration";

// Issue 10: ownership estimates labelled, evidence shown, hardware page for buyers (also at phone width).
test.describe("honest numbers", () => {
  test("the home page's cloud cards show cloud prices; estimates only on their own labelled line", async ({ page }) => {
    await page.goto("/");
    const cloud = page.getByTestId("headline-cloud");
    expect(await cloud.count()).toBeGreaterThan(0);
    for (const kind of await cloud.evaluateAll((els) => els.map((e) => e.getAttribute("data-offering-kind")))) expect(kind).toBe("cloud");
    for (const kind of await page.getByTestId("headline-onprem").evaluateAll((els) => els.map((e) => e.getAttribute("data-offering-kind"))))
      expect(kind).toBe("onprem");
    const estimates = page.getByTestId("headline-estimate");
    for (const text of await estimates.allTextContents()) expect(text).toContain("Ownership estimate");
  });

  test("the leaderboard labels estimates, shows evidence, and filters by deployment, evidence and workload", async ({ page }) => {
    await page.goto("/leaderboard");
    await expect(page.getByTestId("evidence-badge").first()).toBeVisible();
    await waitForHydration(page, '[data-testid="leaderboard-filters"]');
    await page.getByLabel("Deployment").selectOption({ label: "Ownership estimate" });
    await page.getByRole("checkbox", { name: "Audited" }).check();
    await page.getByLabel("Workload").selectOption("mlperf");
    await page.getByTestId("apply-filters").click();
    await expect(page).toHaveURL(/deployment=estimate/);
    await expect(page).toHaveURL(/evidence=audited/);
    const kinds = await page.getByTestId("offering-kind").allTextContents();
    expect(kinds.length).toBeGreaterThan(0);
    expect(new Set(kinds)).toEqual(new Set(["Ownership estimate (all-in)"]));
    const evidence = await page
      .getByTestId("leaderboard-table")
      .getByTestId("evidence-badge")
      .evaluateAll((els) => els.map((e) => e.getAttribute("data-evidence")));
    expect(new Set(evidence)).toEqual(new Set(["audited"]));
    for (const w of await page.getByTestId("row-workload").allTextContents()) expect(w).toContain("MLPerf datasets");
  });

  test("a hardware page leads with cost per model, then specs; its results are paginated", async ({ page, request }) => {
    const { accelerators } = await (await request.get("/api/v1/accelerators")).json();
    const busiest = [...accelerators].sort((a, b) => b.approvedResultCount - a.approvedResultCount)[0];
    expect(busiest.approvedResultCount).toBeGreaterThan(25);
    await page.goto(`/hardware/${busiest.slug}`);
    const summary = page.getByTestId("buyer-summary");
    await expect(summary.getByTestId("buyer-usd-per-million").first()).toBeVisible();
    const summaryTop = (await summary.boundingBox())!.y;
    const specsTop = (await page.getByRole("heading", { name: "Specs" }).boundingBox())!.y;
    expect(summaryTop).toBeLessThan(specsTop);
    await expect(page.getByTestId("result-row")).toHaveCount(25);
    const firstId = await page.getByTestId("result-row").first().locator("a", { hasText: "details" }).getAttribute("href");
    await page.getByTestId("results-pagination").getByRole("link", { name: /Next/ }).click();
    await expect(page.getByTestId("results-pagination")).toContainText("Page 2");
    expect(await page.getByTestId("result-row").first().locator("a", { hasText: "details" }).getAttribute("href")).not.toBe(firstId);
  });

  test("at 390 px the hardware page's key figures fit without horizontal scrolling", async ({ page, request }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    const { accelerators } = await (await request.get("/api/v1/accelerators")).json();
    const busiest = [...accelerators].sort((a, b) => b.approvedResultCount - a.approvedResultCount)[0];
    await page.goto(`/hardware/${busiest.slug}`);
    const figures = page.getByTestId("buyer-usd-per-million");
    expect(await figures.count()).toBeGreaterThan(0);
    for (const box of await figures.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect))) {
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(390);
    }
    const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scroll).toBeLessThanOrEqual(390);
  });
});
