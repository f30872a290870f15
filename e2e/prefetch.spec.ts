// Issue 14: a page fetches nothing for the links it shows until a visitor reaches for one (pointer over
// it, keyboard focus, a finger down), and following a link still navigates without reloading the page.
import { expect, test, type Locator, type Page } from "@playwright/test";

import { waitForHydration } from "./fixtures/hydration";

const NAV = 'nav[aria-label="Main"]';

function isPayloadRequest(url: URL): boolean {
  return url.searchParams.has("_rsc");
}

/**
 * Opens a page, waits until its links are live and the network is idle, checks that it asked for no other
 * page's payload (viewport prefetching used to ask for ~20 here), and returns the list that keeps
 * recording from then on.
 */
async function openWithoutPrefetches(page: Page, path: string, link: string): Promise<string[]> {
  const requested: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (isPayloadRequest(url)) requested.push(url.pathname);
  });
  await page.goto(path);
  await waitForHydration(page, `${NAV} a[href="${link}"]`);
  await page.waitForLoadState("networkidle");
  expect(requested).toEqual([]);
  return requested;
}

/** Does `reach` (hover, focus, a finger down) on the nav link to `href`, and waits for its prefetch. */
async function expectPrefetchOnIntent(page: Page, requested: string[], href: string, reach: (link: Locator) => Promise<void>) {
  const prefetched = page.waitForRequest((request) => {
    const url = new URL(request.url());
    return url.pathname === href && isPayloadRequest(url);
  });
  await reach(page.locator(`${NAV} a[href="${href}"]`));
  await prefetched;
  expect(requested).toEqual([href]);
}

test("a loaded page prefetches no link until one is pointed at, and the link then navigates in place", async ({ page }) => {
  const requested = await openWithoutPrefetches(page, "/leaderboard", "/hardware");
  await expectPrefetchOnIntent(page, requested, "/hardware", (link) => link.hover());

  await page.evaluate(() => Object.assign(window, { samePage: true }));
  await page.locator(`${NAV} a[href="/hardware"]`).click();
  await expect(page).toHaveURL(/\/hardware$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { samePage?: boolean }).samePage), "navigated without a reload").toBe(true);
});

test("keyboard focus prefetches the focused link", async ({ page }) => {
  const requested = await openWithoutPrefetches(page, "/glossary", "/models");
  await expectPrefetchOnIntent(page, requested, "/models", (link) => link.focus());
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test("a finger on a link prefetches it", async ({ page }) => {
    const requested = await openWithoutPrefetches(page, "/", "/leaderboard");
    // The finger is down, not lifted yet: no click, so the request is the prefetch.
    await expectPrefetchOnIntent(page, requested, "/leaderboard", (link) => link.dispatchEvent("touchstart"));
    await expect(page).toHaveURL(/\/$/);
  });
});
