// Issue 14: cached anonymous views. The default leaderboard is served from the page cache, and an
// approval shows at once on the instance that made it and within 5 s on a second `next start` of the
// same build sharing the database. Per-user parts (menu, default scenario) never reach anyone else.
import { expect, test } from "@playwright/test";

import { findFreePort } from "../ops/embedded-postgres";
import { createSubmission } from "../prisma/seed/factories";
import { startAppServer, type AppServer } from "../tests/faults/support/app-server";
import { createUserWithToken } from "../tests/faults/support/fault-database";
import { createTestUser, signInWithCredentials } from "./fixtures/auth";
import { e2eDb } from "./fixtures/db";

const E2E_AUTH_SECRET = "e2e-only-secret-not-for-production-0123456789";
let second: AppServer;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  // Instance B: the same production build, the e2e database, its own process (no shared memory).
  second = await startAppServer({
    databaseUrl: process.env.E2E_DATABASE_URL!,
    port: await findFreePort(Number(process.env.E2E_PORT ?? 3210) + 1, Number(process.env.E2E_PORT ?? 3210) + 60),
    env: { AUTH_SECRET: E2E_AUTH_SECRET } as unknown as NodeJS.ProcessEnv,
  });
});

test.afterAll(async () => {
  await second?.stop();
});

async function leaderboard(baseUrl: string): Promise<{ rows: number; cache: string | null; html: string }> {
  const res = await fetch(`${baseUrl}/leaderboard`);
  expect(res.status).toBe(200);
  const html = await res.text();
  const rows = /data-testid="row-count"[^>]*>(\d+)/.exec(html)?.[1];
  expect(rows, "row count on the leaderboard").toBeDefined();
  return { rows: Number(rows), cache: res.headers.get("x-nextjs-cache"), html };
}

test("a cached leaderboard changes right after an approval, on this instance and on a second one", async ({ baseURL }) => {
  const db = e2eDb();
  // A model and accelerator with priced offerings but no approved result yet: approving one result
  // for them adds rows to the default ranking.
  const [pair] = await db.$queryRaw<{ modelId: string; acceleratorId: string }[]>`
    SELECT m.id AS "modelId", a.id AS "acceleratorId" FROM "Model" m CROSS JOIN "Accelerator" a
    WHERE EXISTS (SELECT 1 FROM "Offering" o JOIN "OfferingPrice" p ON p."offeringId" = o.id WHERE o."acceleratorId" = a.id AND o.kind = 'cloud')
      AND NOT EXISTS (SELECT 1 FROM "BenchmarkSubmission" s WHERE s."modelId" = m.id AND s."acceleratorId" = a.id AND s.status = 'approved')
    ORDER BY m."totalParamsB" ASC, a.slug LIMIT 1`;
  expect(pair).toBeDefined();
  const submitter = await createTestUser();
  const moderator = await createUserWithToken(db, "moderator", "cached-views-moderator");
  const pending = await createSubmission(db, {
    ...pair,
    acceleratorCount: 1,
    precision: "BF16",
    engine: "vLLM",
    engineVersion: null,
    scenario: null,
    concurrency: 1,
    outputTokensPerSecond: 60,
    sourceUrl: null,
    status: "pending",
    submitterId: submitter.id,
  });

  // Both instances serve the default view from their page cache.
  const a = baseURL!;
  const b = second.baseUrl;
  await leaderboard(a);
  await leaderboard(b);
  const beforeA = await leaderboard(a);
  const beforeB = await leaderboard(b);
  expect(beforeA.cache).toBe("HIT");
  expect(beforeB.cache).toBe("HIT");
  expect(beforeB.rows).toBe(beforeA.rows);

  const review = await fetch(`${a}/api/v1/submissions/${pending.id}/review`, {
    method: "POST",
    headers: { authorization: `Bearer ${moderator.token}`, "content-type": "application/json" },
    body: JSON.stringify({ decision: "approve" }),
  });
  expect(review.status, await review.clone().text()).toBe(200);

  // Same instance: the very next request.
  const afterA = await leaderboard(a);
  expect(afterA.rows).toBeGreaterThan(beforeA.rows);
  // The other instance: within 5 s.
  const approvedAt = Date.now();
  await expect.poll(async () => (await leaderboard(b)).rows, { timeout: 5000, intervals: [100, 200, 250] }).toBe(afterA.rows);
  expect(Date.now() - approvedAt).toBeLessThan(5000);
  // And the new version is cached again.
  expect((await leaderboard(b)).cache).toBe("HIT");
});

test("a signed-in user's menu and default scenario are never served to another user or an anonymous visitor", async ({ browser }) => {
  test.setTimeout(240_000);
  const db = e2eDb();
  const alice = await createTestUser({ name: "Alice Cache" });
  const bob = await createTestUser({ name: "Bob Cache" });
  const scenarioName = `Alice's private scenario ${Date.now()}`;
  const scenario = await db.scenario.create({
    data: {
      name: scenarioName,
      ownerId: alice.id,
      latestRevision: 1,
      revisions: { create: { revision: 1, params: { electricityUsdPerKwh: 0.31 }, authorId: alice.id } },
    },
    select: { id: true },
  });
  await db.user.update({ where: { id: alice.id }, data: { defaultScenarioId: scenario.id } });

  const contexts = await Promise.all([browser.newContext(), browser.newContext(), browser.newContext()]);
  const [alicePage, bobPage, anonymousPage] = await Promise.all(contexts.map((c) => c.newPage()));
  await signInWithCredentials(alicePage, alice);
  await signInWithCredentials(bobPage, bob);

  // Interleaved, twice, on the same URLs: whoever comes first must not shape what the others get.
  for (let round = 0; round < 2; round++) {
    for (const path of ["/leaderboard", "/", "/glossary"]) {
      for (const [page, who] of [
        [alicePage, "alice"],
        [anonymousPage, "anonymous"],
        [bobPage, "bob"],
      ] as const) {
        const response = await page.goto(path);
        expect(response?.status()).toBe(200);
        const served = await response!.text();
        // The HTML itself carries nobody's identity: the menu is filled in the browser.
        for (const email of [alice.email, bob.email]) expect(served).not.toContain(email);
        if (who !== "alice") expect(served).not.toContain(scenarioName);
        if (who === "anonymous") {
          // The menu is filled after hydration: allow for a loaded machine.
          await expect(page.getByTestId("signin-link")).toBeVisible({ timeout: 30_000 });
          await expect(page.getByTestId("user-menu")).toHaveCount(0);
        } else {
          const me = who === "alice" ? alice : bob;
          await expect(page.getByTestId("user-email")).toHaveText(me.email, { timeout: 30_000 });
        }
        if (path === "/leaderboard") {
          if (who === "alice") await expect(page.getByTestId("scenario-banner")).toContainText(scenarioName);
          else await expect(page.getByTestId("scenario-banner")).toHaveCount(0);
        }
        await expect(page.locator("body")).not.toContainText(who === "alice" ? bob.email : alice.email);
      }
    }
  }
  await Promise.all(contexts.map((c) => c.close()));
});
