// npm run lighthouse — Lighthouse 12 (Debian Chromium: CHROME_PATH, default /usr/bin/chromium) against the
// production server on /, /leaderboard and a hardware page, with Lighthouse's default mobile profile
// (simulated slow 4G and a 4× slower CPU: an ordinary phone). Budgets: performance ≥ 0.9,
// accessibility ≥ 0.95, best practices ≥ 0.95; exits 1 below any of them.
// Each page is measured LIGHTHOUSE_RUNS times (default 3) and judged by its median run.
// LIGHTHOUSE_REPORT_DIR=dir keeps the JSON reports. The server runs on a throwaway PostgreSQL with the seeded catalog (build in NEXT_DIST_DIR, default .next).
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

import { runMigrateDeploy, runSeed } from "../ops/db-scripts";
import { findFreePort } from "../ops/embedded-postgres/index";
import { startAppServer } from "../tests/faults/support/app-server";
import { startThrowawayPostgres } from "../tests/support/pg-server";

const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const BUDGETS = { performance: 0.9, accessibility: 0.95, "best-practices": 0.95 } as const;
type Category = keyof typeof BUDGETS;
const CHROME_FLAGS =
  "--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run --disable-background-networking --disable-component-update --disable-sync";

function runLighthouse(url: string): Promise<Record<Category, number> & { lcpMs: number; tbtMs: number; cls: number }> {
  const cli = path.join(path.dirname(createRequire(import.meta.url).resolve("lighthouse/package.json")), "cli", "index.js");
  const args = [
    cli,
    url,
    "--output=json",
    "--output-path=stdout",
    "--quiet",
    `--chrome-flags=${CHROME_FLAGS}`,
    `--only-categories=${Object.keys(BUDGETS).join(",")}`,
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? "/usr/bin/chromium" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    child.once("error", reject);
    child.once("close", (code) => {
      if (code !== 0) return reject(new Error(`lighthouse ${url} exited ${code}:\n${stderr.slice(-2000)}`));
      if (process.env.LIGHTHOUSE_REPORT_DIR) {
        mkdirSync(process.env.LIGHTHOUSE_REPORT_DIR, { recursive: true });
        writeFileSync(path.join(process.env.LIGHTHOUSE_REPORT_DIR, `${new URL(url).pathname.replace(/\W+/g, "_") || "_"}.json`), stdout);
      }
      const report = JSON.parse(stdout) as {
        categories: Record<string, { score: number | null }>;
        audits: Record<string, { numericValue?: number }>;
        runtimeError?: { message: string };
      };
      if (report.runtimeError) return reject(new Error(`lighthouse ${url}: ${report.runtimeError.message}`));
      const score = (category: Category) => report.categories[category]?.score ?? 0;
      resolve({
        performance: score("performance"),
        accessibility: score("accessibility"),
        "best-practices": score("best-practices"),
        lcpMs: Math.round(report.audits["largest-contentful-paint"]?.numericValue ?? 0),
        tbtMs: Math.round(report.audits["total-blocking-time"]?.numericValue ?? 0),
        cls: Number((report.audits["cumulative-layout-shift"]?.numericValue ?? 0).toFixed(3)),
      });
    });
  });
}

async function main(): Promise<number> {
  const chrome = process.env.CHROME_PATH ?? "/usr/bin/chromium";
  if (!existsSync(chrome)) {
    console.error(`No Chromium at ${chrome}: apt-get install -y chromium, or set CHROME_PATH.`);
    return 2;
  }
  const pg = await startThrowawayPostgres({ portRange: [56000, 56999] });
  let app: Awaited<ReturnType<typeof startAppServer>> | undefined;
  try {
    await runMigrateDeploy({ databaseUrl: pg.url, stdio: "pipe" });
    await runSeed({ databaseUrl: pg.url, stdio: "pipe" });
    app = await startAppServer({ databaseUrl: pg.url, port: await findFreePort(3300, 3399) });
    const accelerators = (await (await fetch(`${app.baseUrl}/api/v1/accelerators`)).json()) as { accelerators: { slug: string }[] };
    const hardware = accelerators.accelerators[0]?.slug;
    if (!hardware) throw new Error("No accelerator in the catalog");
    const pages = ["/", "/leaderboard", `/hardware/${hardware}`];
    // Warm the server (first render of a data version builds the ranking snapshot).
    for (const page of pages) await fetch(`${app.baseUrl}${page}`).then((res) => res.arrayBuffer());

    const rows: { page: string; scores: Awaited<ReturnType<typeof runLighthouse>> }[] = [];
    // Lighthouse varies from run to run: each page's figures are those of its median run (by performance).
    for (const page of pages) {
      const runs: Awaited<ReturnType<typeof runLighthouse>>[] = [];
      for (let i = 0; i < RUNS; i++) {
        process.stdout.write(`Lighthouse ${page} (run ${i + 1} of ${RUNS})...\n`);
        runs.push(await runLighthouse(`${app.baseUrl}${page}`));
      }
      runs.sort((a, b) => a.performance - b.performance);
      process.stdout.write(`  performance per run: ${runs.map((r) => r.performance.toFixed(2)).join(", ")}\n`);
      rows.push({ page, scores: runs[Math.floor(runs.length / 2)] });
    }
    console.log("\n| page | performance | accessibility | best practices | LCP ms | TBT ms | CLS |");
    console.log("|---|---:|---:|---:|---:|---:|---:|");
    for (const { page, scores } of rows) {
      console.log(
        `| ${page} | ${scores.performance.toFixed(2)} | ${scores.accessibility.toFixed(2)} | ${scores["best-practices"].toFixed(2)} | ${scores.lcpMs} | ${scores.tbtMs} | ${scores.cls} |`,
      );
    }
    const failures = rows.flatMap(({ page, scores }) =>
      (Object.keys(BUDGETS) as Category[])
        .filter((category) => scores[category] < BUDGETS[category])
        .map((category) => `${page} ${category} ${scores[category].toFixed(2)} < ${BUDGETS[category]}`),
    );
    if (failures.length > 0) {
      console.error(`\nBelow budget:\n${failures.join("\n")}`);
      return 1;
    }
    console.log(
      `\nAll pages meet the budgets (performance ≥ ${BUDGETS.performance}, accessibility ≥ ${BUDGETS.accessibility}, best practices ≥ ${BUDGETS["best-practices"]}).`,
    );
    return 0;
  } finally {
    await app?.stop();
    await pg.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
