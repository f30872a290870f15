// Accessibility budget: axe (WCAG 2.x A/AA rules) on every public page, no serious or critical violations.
import { expect, test, type Page } from "@playwright/test";

import { seriousAxeViolations } from "./fixtures/axe";

const STATIC_PAGES = [
  "/",
  "/leaderboard",
  "/leaderboard/dense-70b",
  "/hardware",
  "/models",
  "/vendors",
  "/offerings",
  "/glossary",
  "/api-docs",
  "/signin",
  "/signup",
  "/status",
];
const DETAIL_FROM_LIST: [list: string, testId: string][] = [
  ["/hardware", "hardware-table"],
  ["/models", "models-table"],
  ["/vendors", "vendors-table"],
  ["/offerings", "offerings-table"],
];

async function firstDetailHref(page: Page, list: string, testId: string): Promise<string> {
  await page.goto(list);
  const href = await page.getByTestId(testId).locator("tbody tr a").first().getAttribute("href");
  expect(href, `${list} links to a detail page`).toMatch(/^\//);
  return href!;
}

async function compareHref(page: Page): Promise<string> {
  await page.goto("/leaderboard?model=llama-2-70b&deployment=cloud");
  const slugs = await page.getByTestId("leaderboard-row").evaluateAll((rows) => rows.slice(0, 2).map((row) => row.getAttribute("data-offering")));
  expect(slugs).toHaveLength(2);
  return `/compare?offerings=${slugs.join(",")}&model=llama-2-70b`;
}

test.describe("accessibility (axe): no serious or critical violations", () => {
  for (const path of STATIC_PAGES) {
    test(`page ${path}`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      expect(await seriousAxeViolations(page)).toEqual([]);
    });
  }

  for (const [list, testId] of DETAIL_FROM_LIST) {
    test(`first detail page of ${list}`, async ({ page }) => {
      const href = await firstDetailHref(page, list, testId);
      const response = await page.goto(href);
      expect(response?.status(), href).toBe(200);
      expect(await seriousAxeViolations(page)).toEqual([]);
    });
  }

  test("compare page", async ({ page }) => {
    const href = await compareHref(page);
    const response = await page.goto(href);
    expect(response?.status(), href).toBe(200);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});
