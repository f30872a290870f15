// Issue 14: a page fetches nothing for the links it shows until a visitor reaches for one (pointer over
// it, keyboard focus, a finger down), and following a link still navigates without reloading the page.
import { expect, test, type Page, type Request } from "@playwright/test";

import { waitForHydration } from "./fixtures/hydration";

/** Requests for another page's React payload: what a prefetch or a client-side navigation asks for. */
function recordPayloadRequests(page: Page): string[] {
  const paths: string[] = [];
  page.on("request", (request: Request) => {
    const url = new URL(request.url());
    if (url.searchParams.has("_rsc")) paths.push(url.pathname);
  });
  return paths;
}

const NAV = 'nav[aria-label="Main"]';

test("a loaded page prefetches no link until one is pointed at, and the link then navigates in place", async ({ page }) => {
  const requested = recordPayloadRequests(page);
  await page.goto("/leaderboard");
  await waitForHydration(page, `${NAV} a[href="/hardware"]`);
  await page.waitForLoadState("networkidle");
  // Viewport prefetching used to ask for every visible link here (~20 pages).
  expect(requested).toEqual([]);

  const prefetched = page.waitForRequest((request) => new URL(request.url()).pathname === "/hardware" && new URL(request.url()).searchParams.has("_rsc"));
  await page.locator(`${NAV} a[href="/hardware"]`).hover();
  await prefetched;
  expect(requested).toEqual(["/hardware"]);

  await page.evaluate(() => Object.assign(window, { samePage: true }));
  await page.locator(`${NAV} a[href="/hardware"]`).click();
  await expect(page).toHaveURL(/\/hardware$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { samePage?: boolean }).samePage), "navigated without a reload").toBe(true);
});

test("keyboard focus prefetches the focused link", async ({ page }) => {
  const requested = recordPayloadRequests(page);
  await page.goto("/glossary");
  await waitForHydration(page, `${NAV} a[href="/models"]`);
  await page.waitForLoadState("networkidle");
  expect(requested).toEqual([]);

  const prefetched = page.waitForRequest((request) => new URL(request.url()).pathname === "/models" && new URL(request.url()).searchParams.has("_rsc"));
  await page.locator(`${NAV} a[href="/models"]`).focus();
  await prefetched;
  expect(requested).toEqual(["/models"]);
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test("a finger on a link prefetches it", async ({ page }) => {
    const requested = recordPayloadRequests(page);
    await page.goto("/");
    await waitForHydration(page, `${NAV} a[href="/leaderboard"]`);
    await page.waitForLoadState("networkidle");
    expect(requested).toEqual([]);

    const prefetched = page.waitForRequest((request) => new URL(request.url()).pathname === "/leaderboard" && new URL(request.url()).searchParams.has("_rsc"));
    // The finger is down, not lifted yet: no click, so the request is the prefetch.
    await page.locator(`${NAV} a[href="/leaderboard"]`).dispatchEvent("touchstart");
    await prefetched;
    expect(requested).toEqual(["/leaderboard"]);
    await expect(page).toHaveURL(/\/$/);
  });
});
