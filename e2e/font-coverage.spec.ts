// Every public page draws its text with the self-hosted font alone: no character sends the browser to the
// system's fonts for a fallback while it lays out the page (e2e/fixtures/font-coverage.ts says why).
// Arrows are icons (components/ui/arrow-icon.tsx) and bounds are words ("at least", "up to", "150B+").
import { expect, test } from "@playwright/test";

import { charactersMissingFromWebFont } from "./fixtures/font-coverage";
import { compareHref, DETAIL_FROM_LIST, firstDetailHref, STATIC_PAGES } from "./fixtures/public-pages";

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test.describe("text the self-hosted font can draw", () => {
  test("pages that add filters and a scenario's bounds to the leaderboard", async ({ page }) => {
    await page.goto("/leaderboard/dense-large?interactivity=25&ttftMs=500&servingRegime=latency-bound");
    expect(await charactersMissingFromWebFont(page)).toEqual([]);
  });

  for (const path of STATIC_PAGES) {
    test(`page ${path}`, async ({ page }) => {
      expect((await page.goto(path))?.status(), path).toBe(200);
      expect(await charactersMissingFromWebFont(page)).toEqual([]);
    });
  }

  for (const [list, testId] of DETAIL_FROM_LIST) {
    test(`first detail page of ${list}`, async ({ page }) => {
      const href = await firstDetailHref(page, list, testId);
      expect((await page.goto(href))?.status(), href).toBe(200);
      expect(await charactersMissingFromWebFont(page)).toEqual([]);
    });
  }

  test("compare page", async ({ page }) => {
    await page.goto(await compareHref(page));
    expect(await charactersMissingFromWebFont(page)).toEqual([]);
  });
});
