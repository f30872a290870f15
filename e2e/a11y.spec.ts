// Accessibility budget: axe (WCAG 2.x A/AA rules) on every public page, no serious or critical violations.
import { expect, test } from "@playwright/test";

import { seriousAxeViolations } from "./fixtures/axe";
import { compareHref, DETAIL_FROM_LIST, firstDetailHref, STATIC_PAGES } from "./fixtures/public-pages";

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
