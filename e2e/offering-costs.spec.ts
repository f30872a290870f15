// An offering page shows what the offering costs per million tokens for each model its accelerator has
// results for, with the leaderboard's own figures and rank, or says plainly that there is nothing yet.
import { expect, test } from "@playwright/test";

import { createAccelerator, createOffering, uniqueSlug } from "../prisma/seed/factories";
import { e2eDb } from "./fixtures/db";

type ApiBoard = { totalRows: number; rows: { rank: number; offering: { slug: string } }[] };

const REPORTED = "gcp-a2-highgpu-1g-spot";

function ordinal(n: number): string {
  const suffixes: Record<number, string> = { 1: "st", 2: "nd", 3: "rd" };
  return `${n}${n % 100 >= 11 && n % 100 <= 13 ? "th" : (suffixes[n % 10] ?? "th")}`;
}

test("an offering's $/M tokens per model, ranked as the leaderboard ranks it", async ({ page, request }) => {
  await page.goto(`/offerings/${REPORTED}`);
  const section = page.getByTestId("offering-costs");
  await expect(section.getByRole("heading", { name: "Cost per million tokens" })).toBeVisible();
  await expect(page.getByTestId("where-it-ranks")).toHaveAttribute("href", "#cost-per-million-tokens");

  const rows = section.getByTestId("offering-cost-row");
  const count = await rows.count();
  expect(count).toBeGreaterThan(0);
  // The best-placed model: its row is on the first page of its leaderboard.
  let best = { index: 0, rank: Number.POSITIVE_INFINITY };
  for (let i = 0; i < count; i++) {
    const row = rows.nth(i);
    const model = (await row.getAttribute("data-model"))!;
    const board = (await (await request.get(`/api/v1/leaderboard?model=${model}&limit=1000`)).json()) as ApiBoard;
    const ranked = board.rows.find((r) => r.offering.slug === REPORTED)!;
    expect(ranked, model).toBeDefined();
    await expect(row.getByTestId("offering-cost-rank")).toHaveText(`${ordinal(ranked.rank)} of ${board.totalRows}`);
    if (ranked.rank < best.rank) best = { index: i, rank: ranked.rank };
  }

  // The model links to its leaderboard, where this offering's row shows the same $/M.
  const first = rows.nth(best.index);
  const model = (await first.getAttribute("data-model"))!;
  const usd = (await first.getByTestId("offering-cost-usd").textContent())!.trim();
  expect(usd).toMatch(/^\$\d/);
  await first.getByTestId("offering-cost-model").click();
  await expect(page).toHaveURL(new RegExp(`/leaderboard\\?model=${model}$`));
  await expect(page.locator(`[data-testid="leaderboard-row"][data-offering="${REPORTED}"] [data-testid="usd-per-million"]`)).toHaveText(usd);
});

test("an offering whose accelerator has no approved result says so and links to /submit", async ({ page }) => {
  const db = e2eDb();
  const accelerator = await createAccelerator(db, { slug: uniqueSlug("e2e-resultless") });
  const offering = await createOffering(db, { acceleratorId: accelerator.id });
  try {
    await page.goto(`/offerings/${offering.slug}`);
    const empty = page.getByTestId("offering-costs-empty");
    await expect(empty).toHaveText("No approved result for this accelerator yet — submit one.");
    await expect(empty.getByRole("link", { name: "submit one" })).toHaveAttribute("href", "/submit");
    await expect(page.getByTestId("offering-cost-row")).toHaveCount(0);
  } finally {
    await db.offering.delete({ where: { id: offering.id } });
    await db.accelerator.delete({ where: { id: accelerator.id } });
  }
});
