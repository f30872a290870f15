// An accelerator page reports a chart model it cannot show, like other pages' ignored filters, and
// names model types by their labels, also on the cards of models it cannot price.
import { expect, test } from "@playwright/test";

import { MODEL_TYPES } from "../lib/cost/model-type";

test("an unknown chart model is reported; the page still answers with its default chart", async ({ page }) => {
  const response = await page.goto("/hardware/h100-sxm?model=nope");
  expect(response?.status()).toBe(200);
  await expect(page.getByTestId("query-errors")).toContainText('Unknown model "nope"');
  await expect(page.getByTestId("buyer-model").first()).toBeVisible();

  await page.goto("/hardware/h100-sxm?model=llama-2-70b");
  await expect(page.getByTestId("query-errors")).toHaveCount(0);
});

test("unpriced model cards show the model type's label, never its slug", async ({ page }) => {
  await page.goto("/hardware/mi250");
  const cards = page.getByTestId("buyer-model");
  await expect(cards.first()).toBeVisible();
  await expect(page.getByTestId("model-not-ranked").first()).toBeVisible();
  const texts = await cards.allTextContents();
  for (const text of texts) {
    for (const type of MODEL_TYPES) expect(text).not.toContain(type.slug);
    expect(
      MODEL_TYPES.some((type) => text.includes(type.label)),
      text,
    ).toBe(true);
  }
});
