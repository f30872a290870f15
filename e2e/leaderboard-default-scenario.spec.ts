// A signed-in user whose default scenario ranks one model type: the heading and the model filter name
// that type, and the type's own page lists no override for a value the scenario already has. The
// anonymous view stays the cached "all models" one (e2e/cached-views.spec.ts checks the cache).
import { expect, test } from "@playwright/test";

import { createScenario } from "../prisma/seed/factories";
import { createTestUser, signInWithCredentials } from "./fixtures/auth";
import { e2eDb } from "./fixtures/db";

test("a default scenario's model type is named in the heading, and repeating it is no override", async ({ page, browser }) => {
  const user = await createTestUser();
  const db = e2eDb();
  const scenario = await createScenario(db, { ownerId: user.id, name: `70B only ${Date.now()}`, params: { modelType: "dense-70b" } });
  await db.user.update({ where: { id: user.id }, data: { defaultScenarioId: scenario.id } });
  await signInWithCredentials(page, user);

  await page.goto("/leaderboard");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Cost per million tokens: Dense 70B class");
  const banner = page.getByTestId("scenario-banner");
  await expect(banner).toContainText(scenario.name);
  await expect(banner).not.toContainText("overridden here");
  await expect(page.locator("#f-model option").first()).toHaveText("All Dense 70B class models");
  await expect(page.getByTestId("leaderboard-row").first()).toBeVisible();
  // Every ranked row is a model of that type.
  const ofType = (await db.model.findMany({ where: { modelType: "dense-70b" }, select: { slug: true } })).map((m) => m.slug);
  const ranked = await page.getByTestId("leaderboard-row").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-model")));
  expect(ranked.length).toBeGreaterThan(0);
  for (const slug of ranked) expect(ofType).toContain(slug);

  // The URL naming one model: the heading names it.
  await page.goto("/leaderboard?model=llama-2-70b");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Cost per million tokens: Llama 2 70B");

  await page.goto("/leaderboard/dense-70b");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Cost per million tokens: Dense 70B class");
  await expect(page.getByTestId("scenario-banner")).toContainText(scenario.name);
  await expect(page.getByTestId("scenario-banner")).not.toContainText("overridden here");

  await page.goto("/leaderboard/dense-small");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Cost per million tokens: Dense <15B");
  await expect(page.getByTestId("scenario-banner")).toContainText("overridden here: modelType");

  // Without the scenario (and for anonymous visitors) every model is ranked.
  await page.goto("/leaderboard?scenario=none");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Cost per million tokens: all models");
  await expect(page.locator("#f-model option").first()).toHaveText("All models");
  const anonymous = await browser.newContext();
  const anonymousPage = await anonymous.newPage();
  await anonymousPage.goto("/leaderboard");
  await expect(anonymousPage.getByRole("heading", { level: 1 })).toHaveText("Cost per million tokens: all models");
  await expect(anonymousPage.getByTestId("scenario-banner")).toHaveCount(0);
  await anonymous.close();
});
