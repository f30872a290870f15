// npm run bench:leaderboard — builds a separate database with a deterministic synthetic catalog
// (≥ 500 offerings, 10,000 then 100,000 approved submissions), serves the production build on it and
// measures the leaderboard API and page against a trivial dynamic page with autocannon (10 connections).
import { createPrismaClient } from "../../lib/db/client";
import { runMigrateDeploy, runSeed } from "../../ops/db-scripts";
import { startThrowawayPostgres } from "../../tests/support/pg-server";
import { ensureBuild, pinSelf, startBenchServer } from "./bench-server";
import { measure, printTable, type Measurement } from "./measure";
import { addSyntheticOfferings, addSyntheticSubmissions } from "./synthetic-catalog";

const OFFERINGS = 500;
const SMALL = 10_000;
const LARGE = 100_000;
const PORT = Number(process.env.BENCH_PORT ?? 3290);
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);

async function main() {
  ensureBuild();
  const pg = await startThrowawayPostgres({ portRange: [55800, 55899] });
  const prisma = createPrismaClient(pg.url);
  let server: Awaited<ReturnType<typeof startBenchServer>> | undefined;
  try {
    console.log(`Bench database at ${pg.url}: migrating and seeding the real catalog...`);
    await runMigrateDeploy({ databaseUrl: pg.url, stdio: "pipe" });
    await runSeed({ databaseUrl: pg.url, stdio: "pipe" });
    await addSyntheticOfferings(prisma, OFFERINGS);
    const offerings = await prisma.offering.count();
    await addSyntheticSubmissions(prisma, 0, SMALL);
    console.log(`Catalog: ${offerings} offerings, ${await prisma.benchmarkSubmission.count({ where: { status: "approved" } })} approved submissions`);

    server = await startBenchServer({ databaseUrl: pg.url, port: PORT, core: 0 });
    pinSelf(1);
    const base = `http://127.0.0.1:${PORT}`;
    const api = `${base}/api/v1/leaderboard?deployment=all`;
    const small = await measure("API @10k", api, { durationSeconds: DURATION });

    process.stdout.write(`Adding submissions up to ${LARGE.toLocaleString()}...\n`);
    for (let done = SMALL; done < LARGE; done += 30_000) await addSyntheticSubmissions(prisma, done, Math.min(LARGE, done + 30_000));
    const approved = await prisma.benchmarkSubmission.count({ where: { status: "approved" } });
    console.log(`Catalog: ${offerings} offerings, ${approved} approved submissions`);

    const results: Measurement[] = [small];
    results.push(await measure("API @100k", api, { durationSeconds: DURATION }));
    results.push(await measure("Leaderboard page @100k", `${base}/leaderboard`, { durationSeconds: DURATION }));
    results.push(await measure("Baseline /status page", `${base}/status`, { durationSeconds: DURATION }));
    for (const extra of (process.env.BENCH_EXTRA_PATHS ?? "").split(",").filter(Boolean)) {
      results.push(await measure(extra, `${base}${extra}`, { durationSeconds: DURATION }));
    }
    printTable(results);

    const [apiSmall, apiLarge, page, baseline] = results;
    const checks = [
      { label: "API p99 at 100k ≤ 150 ms", value: `${apiLarge.p99Ms} ms`, ok: apiLarge.p99Ms <= 150 },
      {
        label: "Page throughput ≥ 50% of baseline",
        value: `${((page.requestsPerSecond / baseline.requestsPerSecond) * 100).toFixed(0)}%`,
        ok: page.requestsPerSecond >= baseline.requestsPerSecond * 0.5,
      },
      {
        label: "API p50 at 100k within 2× of 10k",
        value: `${apiLarge.p50Ms} vs ${apiSmall.p50Ms} ms (${(apiLarge.p50Ms / Math.max(apiSmall.p50Ms, 1)).toFixed(2)}×)`,
        ok: apiLarge.p50Ms <= 2 * Math.max(apiSmall.p50Ms, 1),
      },
      { label: "No errors", value: String(results.reduce((n, r) => n + r.errors + r.non2xx, 0)), ok: results.every((r) => r.errors === 0 && r.non2xx === 0) },
    ];
    console.log("\n| target | measured | met |\n|---|---|---|");
    for (const c of checks) console.log(`| ${c.label} | ${c.value} | ${c.ok ? "yes" : "NO"} |`);
    process.exitCode = checks.every((c) => c.ok) ? 0 : 1;
  } finally {
    server?.kill("SIGTERM");
    await prisma.$disconnect();
    await pg.stop();
  }
}

main().then(
  () => process.exit(process.exitCode ?? 0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
