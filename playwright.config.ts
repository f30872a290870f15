import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

import { embeddedDatabaseUrl } from "./ops/embedded-postgres/index";

// The e2e suite runs the production server (`npm start` path: embedded PostgreSQL, migrations,
// seed, next start) on project-specific ports, against a throwaway data directory.
const appPort = Number(process.env.E2E_PORT ?? 3210);
const pgPort = Number(process.env.E2E_PG_PORT ?? 55432);
// A fresh data directory per run (workers inherit the variable from the runner), so parallel or
// leftover runs never share or delete each other's database files.
if (!process.env.E2E_DATA_DIR) {
  const runDir = fs.mkdtempSync(path.join(os.tmpdir(), "tokencost-e2e-"));
  // As root the embedded server runs as the postgres OS user, who must be able to enter it.
  fs.chmodSync(runDir, 0o755);
  process.env.E2E_DATA_DIR = path.join(runDir, "postgres");
}
const dataDir = process.env.E2E_DATA_DIR;
// E2E_EXTERNAL_DATABASE_URL runs the suite against another server (npm run test:external-pg) instead.
const externalDatabaseUrl = process.env.E2E_EXTERNAL_DATABASE_URL?.trim() || "";
process.env.E2E_DATABASE_URL ??= externalDatabaseUrl || embeddedDatabaseUrl({ dataDir, port: pgPort });
process.env.E2E_BASE_URL ??= `http://127.0.0.1:${appPort}`;

// Debian's Chromium where present (offline machines and CI); Playwright's own browser elsewhere.
const systemChromium = "/usr/bin/chromium";
const launchOptions = fs.existsSync(systemChromium)
  ? {
      executablePath: systemChromium,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    }
  : {};

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  // Runs beside another one (CI's PostgreSQL 15 specs) write their artifacts elsewhere: Playwright
  // empties its output directory when it starts.
  outputDir: process.env.E2E_OUTPUT_DIR?.trim() || "test-results",
  use: {
    baseURL: process.env.E2E_BASE_URL,
    // Recorded on the retry of a failed test only (CI retries once): tracing every test, to keep the
    // failures' traces, cost ~12% of the suite's time in screenshots and DOM snapshots.
    trace: "on-first-retry",
    launchOptions,
  },
  projects: [{ name: "desktop", use: { ...devices["Desktop Chrome"], launchOptions } }],
  webServer: {
    command: "tsx scripts/start.ts",
    url: `http://127.0.0.1:${appPort}/api/health`,
    reuseExistingServer: false,
    // SIGTERM lets the launcher stop Next and then PostgreSQL cleanly (the default is SIGKILL).
    gracefulShutdown: { signal: "SIGTERM", timeout: 20_000 },
    timeout: 600_000,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      PORT: String(appPort),
      HOST: "127.0.0.1",
      TOKENCOST_DATA_DIR: dataDir,
      TOKENCOST_REMOVE_ON_EXIT: path.dirname(dataDir),
      TOKENCOST_PG_PORT: String(pgPort),
      DATABASE_URL: externalDatabaseUrl,
      NEXT_TELEMETRY_DISABLED: "1",
      AUTH_SECRET: "e2e-only-secret-not-for-production-0123456789",
      AUTH_TRUST_HOST: "true",
    },
  },
});
