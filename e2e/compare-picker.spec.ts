// /compare: a first visit is a picker, not an error; a missing or unknown value is reported in words
// at the field that names it; the picker leads to the comparison.
import { expect, test } from "@playwright/test";

async function twoOfferings(page: import("@playwright/test").Page): Promise<string[]> {
  await page.goto("/leaderboard?model=llama-2-70b&deployment=cloud");
  const slugs = await page.getByTestId("leaderboard-row").evaluateAll((rows) => rows.slice(0, 2).map((r) => r.getAttribute("data-offering") ?? ""));
  expect(slugs).toHaveLength(2);
  return slugs;
}

test("compare: picker first, field errors in words, then the comparison", async ({ page }) => {
  const slugs = await twoOfferings(page);

  const first = await page.goto("/compare");
  expect(first?.status()).toBe(200);
  await expect(page.getByTestId("compare-picker")).toBeVisible();
  await expect(page.getByTestId("query-errors")).toHaveCount(0);
  await expect(page.locator("body")).not.toContainText("Invalid input");

  await page.goto(`/compare?offerings=${slugs.join(",")}`);
  await expect(page.getByTestId("model-error")).toHaveText("Choose a model to compare");
  await expect(page.getByTestId("query-errors")).toContainText("Model: Choose a model to compare");
  await expect(page.locator("#f-model")).toHaveAttribute("aria-invalid", "true");

  await page.goto(`/compare?offerings=${slugs.join(",")}&model=nomodel`);
  await expect(page.getByTestId("model-error")).toHaveText('Unknown model "nomodel"');
  await expect(page.getByTestId("offerings-error")).toHaveCount(0);
  await expect(page.getByTestId("query-errors")).not.toContainText("offerings");

  await page.goto(`/compare?offerings=${slugs[0]},no-such-offering&model=llama-2-70b`);
  await expect(page.getByTestId("offerings-error")).toHaveText('Unknown offering "no-such-offering"');
  await expect(page.getByTestId("model-error")).toHaveCount(0);

  // The picker keeps what was typed and leads to the comparison.
  await page.goto("/compare");
  await page.locator("#f-offerings").fill(slugs.join(","));
  await page.locator("#f-model").selectOption("llama-2-70b");
  await page.getByRole("button", { name: "Compare" }).click();
  await expect(page.getByTestId("compare-table").locator("thead th")).toHaveCount(3);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Compare offerings for Llama 2 70B");
});
