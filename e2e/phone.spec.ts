// Issue 14: on a 390 px phone, leaderboard, hardware and offering pages show their key figure (rank,
// offering and $/M, or the price) without horizontal scrolling, and charts fit their width.
import { expect, test, type Page } from "@playwright/test";

import { NAV_LINKS } from "../components/layout/nav-links";
import { createScenario, createSubmission } from "../prisma/seed/factories";
import { createTestUser, signInWithCredentials } from "./fixtures/auth";
import { e2eDb } from "./fixtures/db";
import { waitForHydration } from "./fixtures/hydration";
import { expectNoHorizontalScroll } from "./fixtures/layout";
import { DETAIL_FROM_LIST, firstDetailHref, PUBLIC_PAGES } from "./fixtures/public-pages";

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

const WIDTH = 390;

/** The element is fully inside the viewport horizontally and not clipped by a scrolling parent. */
async function expectOnScreen(page: Page, selector: string) {
  const box = await page.locator(selector).first().boundingBox();
  expect(box, `${selector} is rendered`).not.toBeNull();
  expect(box!.x, `${selector} left edge`).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width, `${selector} right edge`).toBeLessThanOrEqual(WIDTH);
  const clipped = await page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const rect = el.getBoundingClientRect();
      for (let p = el.parentElement; p; p = p.parentElement) {
        const style = getComputedStyle(p);
        if (style.overflowX === "auto" || style.overflowX === "scroll" || style.overflowX === "hidden") {
          const outer = p.getBoundingClientRect();
          if (rect.right > outer.right + 0.5 || rect.left < outer.left - 0.5) return true;
        }
      }
      return false;
    });
  expect(clipped, `${selector} hidden behind a horizontal scroll`).toBe(false);
}

for (const path of ["/leaderboard", "/leaderboard/dense-70b", "/leaderboard?deployment=cloud"]) {
  test(`leaderboard ${path} at 390 px: rank, offering and $/M on screen, chart fits`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByTestId("leaderboard-row").first()).toBeVisible();
    await expectNoHorizontalScroll(page);
    const row = '[data-testid="leaderboard-row"]';
    await expectOnScreen(page, `${row} td.cell-rank`);
    await expectOnScreen(page, `${row} td.cell-main a`);
    await expectOnScreen(page, `${row} [data-testid="usd-per-million"]`);
    const chart = page.getByTestId("cost-chart");
    await expect(chart.locator("svg").first()).toBeVisible();
    await expectOnScreen(page, '[data-testid="cost-chart"]');
    await expectOnScreen(page, '[data-testid="cost-chart"] svg');
  });
}

test("leaderboard at 390 px: the filters wait behind their link, open on it and apply", async ({ page }) => {
  await page.goto("/leaderboard");
  await expect(page.getByTestId("leaderboard-row").first()).toBeVisible();
  const filters = page.getByTestId("leaderboard-filters");
  await expect(filters).toBeHidden();
  await page.getByRole("link", { name: "Filters", exact: true }).click();
  await expect(page).toHaveURL(/#filters$/);
  await expect(filters).toBeInViewport();
  await expectNoHorizontalScroll(page);
  await waitForHydration(page, '[data-testid="leaderboard-filters"]');
  await page.getByLabel("Deployment").selectOption("onprem");
  await page.getByTestId("apply-filters").click();
  await expect(page).toHaveURL(/deployment=onprem/);
  // The new view opens at its top, the results first and the form back behind its link.
  await expect(page.getByTestId("row-count")).toBeInViewport();
  await expect(filters).toBeHidden();
  // A query with an error keeps the form on screen, beside the error it explains.
  await page.goto("/leaderboard?utilization=7");
  await expect(page.getByTestId("query-errors")).toContainText("utilization");
  await expect(filters).toBeVisible();
});

test("leaderboard for one model at 390 px: the Pareto chart fits", async ({ page }) => {
  await page.goto("/leaderboard?model=llama-2-70b");
  await expect(page.getByTestId("pareto-chart").locator("svg").first()).toBeVisible();
  await expectNoHorizontalScroll(page);
  await expectOnScreen(page, '[data-testid="pareto-chart"]');
  await expectOnScreen(page, '[data-testid="pareto-chart"] svg');
  await expectOnScreen(page, '[data-testid="pareto-chart"] polyline');
  await expectOnScreen(page, '[data-testid="leaderboard-row"] [data-testid="usd-per-million"]');
});

test("offering page at 390 px: the price in effect, each model's $/M and the price history are on screen", async ({ page }) => {
  // An offering ranked for several models (the one a new user reported), so the cost table has rows.
  await page.goto("/offerings/gcp-a2-highgpu-1g-spot");
  await expect(page.getByTestId("price-history")).toBeVisible();
  await expect(page.getByTestId("offering-cost-row").first()).toBeVisible();
  await expectNoHorizontalScroll(page);
  await expectOnScreen(page, '[data-testid="page-title"]');
  await expectOnScreen(page, '[data-testid="current-price"]');
  await expectOnScreen(page, '[data-testid="per-accelerator-cost"]');
  const rows = await page.getByTestId("offering-cost-row").count();
  for (let i = 1; i <= rows; i++) {
    await expectOnScreen(page, `[data-testid="offering-cost-row"]:nth-child(${i}) [data-testid="offering-cost-model"]`);
    await expectOnScreen(page, `[data-testid="offering-cost-row"]:nth-child(${i}) [data-testid="offering-cost-usd"]`);
    await expectOnScreen(page, `[data-testid="offering-cost-row"]:nth-child(${i}) [data-testid="offering-cost-rank"]`);
  }
  await expectOnScreen(page, '[data-testid="price-history"] tbody td.cell-key');
  await expectOnScreen(page, '[data-testid="price-history"] tbody td.cell-main');
});

test("hardware page at 390 px: each model's $/M and its offering on screen, chart fits", async ({ page, request }) => {
  // The busiest accelerator: most models in its summary, and a chart.
  const { accelerators } = (await (await request.get("/api/v1/accelerators")).json()) as { accelerators: { slug: string; approvedResultCount: number }[] };
  const busiest = [...accelerators].sort((a, b) => b.approvedResultCount - a.approvedResultCount)[0];
  await page.goto(`/hardware/${busiest.slug}`);
  await expect(page.getByTestId("page-title")).toBeVisible();
  await expectNoHorizontalScroll(page);
  const models = await page.getByTestId("buyer-model").count();
  expect(models).toBeGreaterThan(0);
  for (let i = 0; i < models; i++) {
    const card = `[data-testid="buyer-model"]:nth-child(${i + 1})`;
    await expectOnScreen(page, `${card} h3 a`);
    if ((await page.locator(`${card} [data-testid="buyer-usd-per-million"]`).count()) === 0) continue;
    await expectOnScreen(page, `${card} [data-testid="buyer-usd-per-million"]`);
    await expectOnScreen(page, `${card} dl p a`);
  }
  await expect(page.getByTestId("pareto-chart").locator("svg").first()).toBeVisible();
  await expectOnScreen(page, '[data-testid="pareto-chart"]');
  await expectOnScreen(page, '[data-testid="pareto-chart"] svg');
  // The full results table: one card per result, its subject and per-accelerator throughput on screen.
  await page.getByTestId("results-table").scrollIntoViewIfNeeded();
  await expectOnScreen(page, '[data-testid="result-row"] td.cell-main a');
  await expectOnScreen(page, '[data-testid="result-row"] [data-testid="result-per-accelerator"]');
  await expectOnScreen(page, '[data-testid="result-row"] a[href^="/submissions/"]');
  // A labelled detail reads on one line, "Workload: Offline · …", not a label alone above its value.
  const workloadOffset = await page
    .locator('[data-testid="result-row"] td[data-label="Workload"]:has(span)')
    .first()
    .evaluate((td) => td.querySelector("span")!.getBoundingClientRect().top - td.getBoundingClientRect().top);
  expect(workloadOffset, "workload value starts on its label's line").toBeLessThan(4);
});

test("offerings list at 390 px: each offering and its price per accelerator on screen", async ({ page }) => {
  await page.goto("/offerings");
  await expect(page.getByTestId("offering-row").first()).toBeVisible();
  await expectNoHorizontalScroll(page);
  await expectOnScreen(page, '[data-testid="offering-row"] td.cell-main a');
  await expectOnScreen(page, '[data-testid="offering-row"] [data-testid="price-per-accelerator"]');
  // The details below the key line are labelled, since the column headers are not drawn on a phone.
  const kind = await page
    .locator('[data-testid="offering-row"] [data-testid="offering-kind"]')
    .first()
    .evaluate((td) => getComputedStyle(td, "::before").content);
  expect(kind).toBe('"Kind: "');
  // The column headers are not drawn, so their sort links sit above the cards.
  await page.getByTestId("offerings-sort").getByRole("link", { name: "Per accelerator" }).click();
  await expect(page).toHaveURL(/sort=pricePerAccelerator/);
  await expectNoHorizontalScroll(page);
});

test("hardware list at 390 px: each accelerator and its memory on screen", async ({ page }) => {
  await page.goto("/hardware");
  await expect(page.getByTestId("hardware-row").first()).toBeVisible();
  await expectNoHorizontalScroll(page);
  await expectOnScreen(page, '[data-testid="hardware-row"] td.cell-main a');
  await expectOnScreen(page, '[data-testid="hardware-row"] [data-testid="hardware-memory"]');
});

// Every public page, not only the ones with a key figure: nothing on it may widen the page past the
// phone's screen (a visually hidden label escaping its table's scroll box did that on /offerings, a long
// API path on /api-docs).
test("every public page and a detail page of each catalog list fit a 390 px screen", async ({ page }) => {
  const details: string[] = [];
  for (const [list, testId] of DETAIL_FROM_LIST) details.push(await firstDetailHref(page, list, testId));
  for (const path of [...PUBLIC_PAGES, ...details]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expectNoHorizontalScroll(page, path);
  }
});

// The header's nine links wrap onto a second line rather than scroll sideways: a strip that scrolled hid
// Models … Glossary past the edge with nothing saying so.
test("header at 390 px: every main nav link is on screen and navigates", async ({ page }) => {
  for (const path of ["/", "/leaderboard", "/glossary"]) {
    await page.goto(path);
    await expectNoHorizontalScroll(page, path);
    const nav = page.getByRole("navigation", { name: "Main" });
    for (const [i, link] of NAV_LINKS.entries()) {
      await expect(nav.getByRole("link", { name: link.label, exact: true }), `${path}: ${link.label}`).toBeInViewport({ ratio: 1 });
      await expectOnScreen(page, `[data-testid="main-nav"] li:nth-child(${i + 1}) a`);
    }
  }
  // Touch targets: each link is at least 24 px tall (WCAG 2.5.8).
  const heights = await page.locator('[data-testid="main-nav"] a').evaluateAll((links) => links.map((a) => a.getBoundingClientRect().height));
  expect(Math.min(...heights)).toBeGreaterThanOrEqual(24);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Scenarios", exact: true }).click();
  await expect(page).toHaveURL(/\/scenarios$/);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Vendors", exact: true }).click();
  await expect(page).toHaveURL(/\/vendors$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});

// The fullest user menu: an admin with a team and a long email. It kept Sign out on a row of its own.
test("header at 390 px: a signed-in admin's team, Admin, email and Sign out share one row", async ({ page }) => {
  const suffix = Math.random().toString(36).slice(2, 8);
  const admin = await createTestUser({ role: "admin", email: `a-rather-long-address-${suffix}@example-company.com` });
  await e2eDb().team.create({
    data: { slug: `walkers-${suffix}`, name: `Inference capacity planning ${suffix}`, memberships: { create: { userId: admin.id, role: "owner" } } },
  });
  await signInWithCredentials(page, admin);
  await page.goto("/leaderboard");
  const menu = page.getByTestId("user-menu");
  await expect(menu.getByTestId("signout-button")).toBeVisible();
  await expectNoHorizontalScroll(page, "/leaderboard signed in");
  const items = [
    menu.getByTestId("active-team-select"),
    menu.getByRole("link", { name: "Admin" }),
    menu.getByTestId("user-email"),
    menu.getByTestId("signout-button"),
  ];
  const boxes = await Promise.all(items.map((item) => item.boundingBox()));
  const middles = boxes.map((box) => Math.round(box!.y + box!.height / 2));
  expect(Math.max(...middles) - Math.min(...middles), `one row: ${middles.join(", ")}`).toBeLessThan(6);
  for (const box of boxes) expect(box!.x + box!.width).toBeLessThanOrEqual(WIDTH);
  // The email is cut short on screen, whole in its title.
  await expect(menu.getByTestId("user-email")).toHaveAttribute("title", admin.email);
});

test.describe("header at 1280 px", () => {
  test.use({ viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false });

  test("the main nav stays one line beside the logo", async ({ page }) => {
    await page.goto("/leaderboard");
    const logo = await page.locator("header a").first().boundingBox();
    const tops = await page.locator('[data-testid="main-nav"] a').evaluateAll((links) => links.map((a) => Math.round(a.getBoundingClientRect().top)));
    expect(tops).toHaveLength(NAV_LINKS.length);
    expect(new Set(tops).size, "one row").toBe(1);
    const first = await page.locator('[data-testid="main-nav"] a').first().boundingBox();
    expect(first!.x).toBeGreaterThan(logo!.x + logo!.width);
    expect(Math.abs(first!.y + first!.height / 2 - (logo!.y + logo!.height / 2))).toBeLessThan(3);
  });
});

test("your submissions at 390 px: each is a card with its result, status and the moderator's note on screen", async ({ page }) => {
  const user = await createTestUser();
  const db = e2eDb();
  const model = await db.model.findUniqueOrThrow({ where: { slug: "llama-3.1-8b" }, select: { id: true } });
  const accelerator = await db.accelerator.findUniqueOrThrow({ where: { slug: "h100-sxm" }, select: { id: true } });
  const note = "Rejected: the power reading is above the board limit of this accelerator; please attach the measurement log and resubmit.";
  const base = { modelId: model.id, acceleratorId: accelerator.id, acceleratorCount: 1, outputTokensPerSecond: 1700, submitterId: user.id };
  const rejected = await createSubmission(db, { ...base, status: "rejected", reviewNote: note, reviewedAt: new Date() });
  const pending = await createSubmission(db, { ...base, status: "pending" });
  await signInWithCredentials(page, user);
  await page.goto("/submissions/mine");
  await expect(page.getByTestId("my-submission")).toHaveCount(2);
  await expectNoHorizontalScroll(page);
  for (const [id, status] of [
    [rejected.id, "rejected"],
    [pending.id, "pending"],
  ]) {
    const card = `[data-testid="my-submission"][data-id="${id}"]`;
    await expectOnScreen(page, `${card} td.cell-main a`);
    await expectOnScreen(page, `${card} [data-testid="submission-status"]`);
    await expect(page.locator(`${card} [data-testid="submission-status"]`)).toHaveText(status);
    await expectOnScreen(page, `${card} [data-testid="review-note"]`);
  }
  const noteCell = page.locator(`[data-testid="my-submission"][data-id="${rejected.id}"] [data-testid="review-note"]`);
  await expect(noteCell).toHaveText(note);
  // Labelled, since the column headers are not drawn on a phone, and on a line of its own.
  expect(await noteCell.evaluate((td) => getComputedStyle(td, "::before").content)).toBe(`"Moderator's note: "`);
  const [cellBox, cardBox] = [await noteCell.boundingBox(), await page.locator(`[data-testid="my-submission"][data-id="${rejected.id}"]`).boundingBox()];
  expect(cellBox!.width).toBeGreaterThan(cardBox!.width - 2);
});

test("scenario sensitivity at 390 px: the plot keeps its height, the legend sits below it", async ({ page }) => {
  const user = await createTestUser();
  const scenario = await createScenario(e2eDb(), { ownerId: user.id, params: { electricityUsdPerKwh: 0.05, models: ["llama-2-70b"] } });
  await signInWithCredentials(page, user);
  await page.goto(`/scenarios/${scenario.id}/sensitivity?model=llama-2-70b`);
  for (const chart of ["electricity-chart", "utilization-chart"]) {
    const grid = page.locator(`[data-testid="${chart}-plot"] .recharts-cartesian-grid`);
    await grid.scrollIntoViewIfNeeded();
    await expect(grid).toBeVisible();
    const plot = (await grid.boundingBox())!;
    expect(plot.height, `${chart}: plot height`).toBeGreaterThanOrEqual(160);
    const svg = (await page.locator(`[data-testid="${chart}-plot"] svg.recharts-surface`).first().boundingBox())!;
    const legendItems = page.getByTestId(`${chart}-legend`).getByRole("listitem");
    expect(await legendItems.count()).toBeGreaterThan(1);
    const legend = (await page.getByTestId(`${chart}-legend`).boundingBox())!;
    expect(legend.y, `${chart}: legend below the plot`).toBeGreaterThanOrEqual(svg.y + svg.height);
    // The axis titles sit inside the drawing, not over the legend.
    for (const label of await page.locator(`[data-testid="${chart}-plot"] .recharts-label`).all()) {
      const box = (await label.boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(svg.y - 0.5);
      expect(box.y + box.height).toBeLessThanOrEqual(svg.y + svg.height + 0.5);
    }
    // …and the y-axis title clear of the tick values beside it.
    const overlaps = await page
      .locator(`[data-testid="${chart}-plot"] svg.recharts-surface`)
      .first()
      .evaluate((svg) => {
        const title = [...svg.querySelectorAll("text")].find((t) => t.textContent?.includes("tokens"))!.getBoundingClientRect();
        const ticks = [...svg.querySelectorAll(".recharts-cartesian-axis-tick-value")];
        if (ticks.length === 0) return ["no tick values drawn"];
        return ticks
          .filter((t) => {
            const r = t.getBoundingClientRect();
            return r.left < title.right && r.right > title.left && r.top < title.bottom && r.bottom > title.top;
          })
          .map((t) => `title over ${t.textContent}`);
      });
    expect(overlaps, `${chart}: y-axis title`).toEqual([]);
    await expectOnScreen(page, `[data-testid="${chart}-plot"] svg.recharts-surface`);
    for (let i = 1; i <= (await legendItems.count()); i++) await expectOnScreen(page, `[data-testid="${chart}-legend"] li:nth-child(${i})`);
  }
  await expectNoHorizontalScroll(page);
});
