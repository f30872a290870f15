// Every public page, in one sweep (one load each):
// - accessibility budget: axe (WCAG 2.x A/AA rules), no serious or critical violations;
// - text the self-hosted font can draw: no character sends the browser to the system's fonts for a
//   fallback while it lays out the page (e2e/fixtures/font-coverage.ts says why). Arrows are icons
//   (components/ui/arrow-icon.tsx) and bounds are words ("at least", "up to", "150B+").
// And the pages whose tables and cards hydrate build no number formatter in the browser
// (e2e/fixtures/number-formatters.ts says why).
import { expect, test, type Page } from "@playwright/test";

import { seriousAxeViolations } from "./fixtures/axe";
import { charactersMissingFromWebFont } from "./fixtures/font-coverage";
import { waitForHydration } from "./fixtures/hydration";
import { numberFormattersBuilt, recordNumberFormatters } from "./fixtures/number-formatters";
import { DETAIL_FROM_LIST, firstDetailHref, PUBLIC_PAGES } from "./fixtures/public-pages";

async function compareHref(page: Page): Promise<string> {
  await page.goto("/leaderboard?model=llama-2-70b&deployment=cloud");
  const slugs = await page.getByTestId("leaderboard-row").evaluateAll((rows) => rows.slice(0, 2).map((row) => row.getAttribute("data-offering")));
  expect(slugs).toHaveLength(2);
  return `/compare?offerings=${slugs.join(",")}&model=llama-2-70b`;
}

async function expectAccessibleInWebFont(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  expect(await seriousAxeViolations(page), "serious or critical axe violations").toEqual([]);
  expect(await charactersMissingFromWebFont(page), "characters the self-hosted font lacks").toEqual([]);
}

test.describe("public pages: accessible (axe) and drawn with the self-hosted font", () => {
  for (const path of PUBLIC_PAGES) {
    test(`page ${path}`, async ({ page }) => {
      await expectAccessibleInWebFont(page, path);
    });
  }

  for (const [list, testId] of DETAIL_FROM_LIST) {
    test(`first detail page of ${list}`, async ({ page }) => {
      await expectAccessibleInWebFont(page, await firstDetailHref(page, list, testId));
    });
  }

  test("compare page", async ({ page }) => {
    await expectAccessibleInWebFont(page, await compareHref(page));
  });

  test("a leaderboard with a scenario's bounds and a serving regime in its filters", async ({ page }) => {
    await expectAccessibleInWebFont(page, "/leaderboard/dense-large?interactivity=25&ttftMs=500&servingRegime=latency-bound");
  });
});

test.describe("pages with client tables and cards hydrate without building a number formatter", () => {
  test("leaderboard table", async ({ page }) => {
    await recordNumberFormatters(page);
    await page.goto("/leaderboard");
    await waitForHydration(page, '[data-testid="leaderboard-table"]');
    await expect(page.getByTestId("usd-per-million").first()).toHaveText(/^\$\d/);
    expect(await numberFormattersBuilt(page)).toEqual([]);
  });

  test("hardware page: buyer cards and results table", async ({ page, request }) => {
    const { accelerators } = (await (await request.get("/api/v1/accelerators")).json()) as { accelerators: { slug: string; approvedResultCount: number }[] };
    const busiest = [...accelerators].sort((a, b) => b.approvedResultCount - a.approvedResultCount)[0];
    await recordNumberFormatters(page);
    await page.goto(`/hardware/${busiest.slug}`);
    await waitForHydration(page, '[data-testid="buyer-model"]');
    await waitForHydration(page, '[data-testid="results-table"]');
    await expect(page.getByTestId("buyer-usd-per-million").first()).toHaveText(/^\$\d.*\/M$/);
    expect(await numberFormattersBuilt(page)).toEqual([]);
  });
});
