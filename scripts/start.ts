// `npm start` / `npm run dev`: one command from a fresh checkout to a running portal.
//   1. DATABASE_URL unset -> start the embedded PostgreSQL server (data in TOKENCOST_DATA_DIR)
//   2. apply pending migrations, seed the catalog when the database is empty
//   3. `next build` when no build exists, then `next start` (or `next dev` with --dev)
// SIGINT/SIGTERM stop Next, then PostgreSQL. Next exiting stops PostgreSQL with Next's exit code.
// --db-only: steps 1-2 only, then keep the database running until SIGINT/SIGTERM (for local tools).
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import fs from "node:fs/promises";
import { createRequire } from "node:module";
import net from "node:net";
import path from "node:path";
import nextEnv from "@next/env";

import { assertAuthSecretStrength } from "../lib/auth/host-trust";
import { countVendors, hasMigrateScript, hasSeedScript, runMigrateDeploy, runSeed, ScriptFailedError } from "../ops/db-scripts";
import { resolveDataDir, resolvePgPort, resolveRepoRoot, startEmbeddedPostgres, type EmbeddedPostgres } from "../ops/embedded-postgres/index";
import { serverNodeOptions } from "../ops/server-node-options";

const dev = process.argv.includes("--dev");
const dbOnly = process.argv.includes("--db-only");
const repoRoot = resolveRepoRoot();
const CHILD_STOP_TIMEOUT_MS = 15_000;

let database: EmbeddedPostgres | undefined;
let databaseStarting: Promise<EmbeddedPostgres> | undefined;
let currentChild: ChildProcess | undefined;
let shuttingDown = false;

function say(line: string): void {
  console.log(`[tokencost] ${line}`);
}

function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "(unparsable DATABASE_URL)";
  }
}

// Sessions must survive restarts: keep one generated secret per data directory, outside git (.data/).
async function ensureAuthSecret(dataDir: string): Promise<void> {
  if (process.env.AUTH_SECRET) {
    assertAuthSecretStrength(process.env.AUTH_SECRET.trim());
    return;
  }
  const secretFile = path.join(path.dirname(dataDir), "auth-secret");
  await fs.mkdir(path.dirname(secretFile), { recursive: true });
  try {
    await fs.writeFile(secretFile, `${randomBytes(32).toString("base64url")}\n`, { mode: 0o600, flag: "wx" });
    say(`Generated AUTH_SECRET in ${secretFile}`);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  const secret = (await fs.readFile(secretFile, "utf8")).trim();
  if (!secret) throw new Error(`${secretFile} is empty: delete it to generate a new AUTH_SECRET.`);
  process.env.AUTH_SECRET = secret;
}

async function stopDatabase(): Promise<void> {
  // A signal during start-up must still stop the server that is about to come up.
  const running = database ?? (await databaseStarting?.catch(() => undefined));
  database = undefined;
  databaseStarting = undefined;
  if (!running) return;
  try {
    await running.stop();
  } catch (error) {
    console.error(`[tokencost] Stopping PostgreSQL failed: ${(error as Error).message}`);
  }
}

function waitForExit(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once("exit", () => resolve()));
}

async function stopChild(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), CHILD_STOP_TIMEOUT_MS);
  await waitForExit(child);
  clearTimeout(timer);
}

async function shutDown(reason: string, exitCode: number): Promise<never> {
  if (!shuttingDown) {
    shuttingDown = true;
    say(`${reason}: stopping...`);
    await stopChild(currentChild);
    await stopDatabase();
    // Throwaway runs (the e2e suite) name a folder to delete once PostgreSQL is down.
    const removeOnExit = process.env.TOKENCOST_REMOVE_ON_EXIT;
    if (removeOnExit) await fs.rm(removeOnExit, { recursive: true, force: true }).catch(() => undefined);
    say("Stopped.");
  }
  process.exit(exitCode);
}

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(signal, () => {
    if (shuttingDown) return; // a second Ctrl-C while stopping: the first one is already on it
    void shutDown(`Received ${signal}`, 0);
  });
}

function runChild(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): ChildProcess {
  const child = spawn(command, args, { cwd: repoRoot, env, stdio: "inherit" });
  currentChild = child;
  child.once("exit", () => {
    if (currentChild === child) currentChild = undefined;
  });
  return child;
}

function exitCodeOf(child: ChildProcess): Promise<number> {
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code, signal) => resolve(code ?? (signal ? 128 + (signalNumber(signal) ?? 1) : 1)));
  });
}

function signalNumber(signal: NodeJS.Signals): number | undefined {
  return ({ SIGHUP: 1, SIGINT: 2, SIGKILL: 9, SIGTERM: 15 } as Record<string, number>)[signal];
}

async function prepareDatabase(): Promise<string> {
  const configuredUrl = process.env.DATABASE_URL;
  if (configuredUrl) {
    say(`Using DATABASE_URL ${redactUrl(configuredUrl)}`);
    return configuredUrl;
  }
  const dataDir = resolveDataDir();
  const port = resolvePgPort();
  say(`DATABASE_URL is not set: starting the embedded PostgreSQL server on 127.0.0.1:${port}...`);
  databaseStarting = startEmbeddedPostgres({ dataDir, port, log: (line) => say(line) });
  database = await databaseStarting;
  say(`PostgreSQL ${database.majorVersion} ready at ${redactUrl(database.url)}, data in ${database.dataDir}`);
  process.env.DATABASE_URL = database.url;
  return database.url;
}

async function migrateAndSeed(databaseUrl: string): Promise<void> {
  const track = (child: ChildProcess) => (currentChild = child);
  if (!hasMigrateScript() || !hasSeedScript()) throw new Error("scripts/migrate.ts or scripts/seed.ts is missing: the checkout is incomplete.");
  say("Applying migrations...");
  await runMigrateDeploy({ databaseUrl, stdio: "inherit", onSpawn: track });
  const vendors = await countVendors(databaseUrl);
  if (vendors === undefined) throw new Error('The "Vendor" table is missing after applying the migrations.');
  if (vendors > 0) {
    say(`Catalog present (${vendors} vendors): not seeding.`);
    return;
  }
  say("Seeding catalog...");
  await runSeed({ databaseUrl, stdio: "inherit", onSpawn: track });
}

function nextCli(): string {
  return createRequire(import.meta.url).resolve("next/dist/bin/next");
}

function portIsOpen(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    socket.setTimeout(1000);
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("timeout", () => {
      socket.destroy();
      resolve(false);
    });
    socket.once("error", () => resolve(false));
  });
}

async function announceWhenListening(child: ChildProcess, host: string, port: number): Promise<void> {
  const probeHost = host === "0.0.0.0" || host === "::" ? "127.0.0.1" : host;
  const shownHost = probeHost === "127.0.0.1" ? "localhost" : host;
  while (child.exitCode === null && child.signalCode === null && !shuttingDown) {
    if (await portIsOpen(probeHost, port)) {
      say(`Ready on http://${shownHost}:${port}${host === "0.0.0.0" ? " (listening on all interfaces)" : ""}`);
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

async function runNext(): Promise<number> {
  const port = Number(process.env.PORT?.trim() || "3000");
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`PORT must be a port number, got "${process.env.PORT}".`);
  const host = process.env.HOST?.trim() || "0.0.0.0";
  const next = nextCli();
  if (!dev && !existsSync(path.join(repoRoot, ".next", "BUILD_ID"))) {
    say("Building (no production build in .next yet)...");
    const build = runChild(process.execPath, [next, "build"]);
    const code = await exitCodeOf(build);
    if (shuttingDown) return code;
    if (code !== 0) throw new Error(`next build failed (exit ${code}).`);
  }
  say(`Starting Next.js (${dev ? "next dev" : "next start"}) on ${host}:${port}...`);
  // The production server runs with a bounded heap (ops/server-node-options.ts).
  const env = dev ? process.env : { ...process.env, NODE_OPTIONS: serverNodeOptions() };
  const server = runChild(process.execPath, [next, dev ? "dev" : "start", "-p", String(port), "-H", host], env);
  void announceWhenListening(server, host, port);
  return exitCodeOf(server);
}

async function main(): Promise<void> {
  // Same .env files as Next, so DATABASE_URL/PORT/AUTH_SECRET from .env are seen here too.
  nextEnv.loadEnvConfig(repoRoot, dev, { info: () => undefined, error: console.error });
  process.env.NEXT_TELEMETRY_DISABLED ??= "1";
  // Auth.js trusts the Host header in production only when told where the site lives: with nothing
  // configured, `npm start` is a local install, served on localhost.
  if (!process.env.AUTH_URL?.trim() && !process.env.PUBLIC_URL?.trim() && !process.env.AUTH_TRUST_HOST?.trim()) {
    const host = process.env.HOST?.trim();
    const local = !host || host === "0.0.0.0" || host === "::" ? "localhost" : host.includes(":") ? `[${host}]` : host;
    process.env.AUTH_URL = `http://${local}:${process.env.PORT?.trim() || "3000"}`;
    say(`AUTH_URL is not set: using ${process.env.AUTH_URL} (set AUTH_URL or PUBLIC_URL to the public address).`);
  }
  await ensureAuthSecret(resolveDataDir());

  const databaseUrl = await prepareDatabase();
  if (shuttingDown) return;
  await migrateAndSeed(databaseUrl);
  if (shuttingDown) return;
  if (dbOnly) {
    say(`Database ready (--db-only): DATABASE_URL=${redactUrl(databaseUrl)} — Ctrl-C to stop.`);
    setInterval(() => undefined, 1 << 30); // keep running until a signal arrives
    return;
  }
  const code = await runNext();
  if (shuttingDown) return;
  await shutDown(`Next.js exited with code ${code}`, code);
}

main().catch(async (error: unknown) => {
  if (shuttingDown) return;
  const message = error instanceof ScriptFailedError || error instanceof Error ? error.message : String(error);
  console.error(`[tokencost] ${message}`);
  await shutDown("Start-up failed", 1);
});
