// Server lifecycle: start, adopt or share a running server, clear what a crash left, stop when unused.
import { existsSync } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import pg from "pg";

import { isPortFree, MAX_SERVER_LOG_BYTES, SERVER_LOG, START_TIMEOUT_SECONDS, SUPERUSER, type LogLine } from "./config";
import type { PgRunner } from "./os-user";
import { isPostmasterOf, otherLiveClients, sleep, unregisterClient } from "./processes";

interface PostmasterPid {
  pid: number;
  port: number;
  status: string;
}

async function readPostmasterPid(dataDir: string): Promise<PostmasterPid | undefined> {
  const text = await fs.readFile(path.join(dataDir, "postmaster.pid"), "utf8").catch(() => undefined);
  if (text === undefined) return undefined;
  // Lines: pid, data dir, start time, port, socket dir, listen address, shmem key, status.
  const lines = text.split("\n");
  const pid = Number(lines[0]);
  // A pid file cut short by a crash mid-write carries no usable pid: treat it as stale.
  return { pid: Number.isInteger(pid) && pid > 0 ? pid : 0, port: Number(lines[3]), status: (lines[7] ?? "").trim() };
}

export async function canConnect(port: number, password: string): Promise<boolean> {
  const client = new pg.Client({ host: "127.0.0.1", port, user: SUPERUSER, password, database: "postgres", connectionTimeoutMillis: 2000 });
  client.on("error", () => undefined);
  try {
    await client.connect();
    await client.query("select 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function waitUntil(check: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return true;
    if (Date.now() > deadline) return false;
    await sleep(100);
  }
}

/** Adopts a server still running on this data dir, or clears what a crash left behind; then starts one. */
export async function ensureServerRunning(
  dataDir: string,
  port: number,
  password: string,
  clientId: string,
  runner: PgRunner,
  log: LogLine,
): Promise<{ port: number; reused: boolean }> {
  const logFile = path.join(dataDir, SERVER_LOG);
  for (let attempt = 1; ; attempt++) {
    const lock = await readPostmasterPid(dataDir);
    if (lock) {
      if (await isPostmasterOf(lock.pid, dataDir)) {
        const running = await handleRunningServer(dataDir, port, password, clientId, lock, runner, log);
        if (running) return running;
      } else {
        log(`Removing a stale postmaster.pid (process ${lock.pid} is gone): the previous run did not stop cleanly`);
        await fs.rm(path.join(dataDir, "postmaster.pid"), { force: true });
      }
    }
    if (!(await isPortFree(port))) {
      throw new Error(
        `Port ${port} on 127.0.0.1 is already in use by another program, so PostgreSQL cannot listen on it. ` +
          "Stop that program or set TOKENCOST_PG_PORT to a free port.",
      );
    }
    await rotateServerLog(logFile);
    const args = ["start", "-w", "-t", String(START_TIMEOUT_SECONDS), "-D", dataDir, "-l", logFile, "-o", `-p ${port}`];
    const result = await runner.run("pg_ctl", args);
    if (result.code === 0) return { port, reused: false };
    const serverLog = await tailFile(logFile, 30);
    // After a kill -9 the old server's children hold its shared memory for a moment; a parallel
    // start on the same data dir shows up as an existing lock file (handled on the next turn).
    const retryable = /shared memory block .* is still in use|lock file .* already exists/i.test(serverLog + result.output);
    if (!retryable || attempt >= 40) {
      const portTaken = /could not bind|Address already in use/i.test(serverLog);
      throw new Error(
        (portTaken ? `Port ${port} on 127.0.0.1 is already in use; set TOKENCOST_PG_PORT to a free port.\n` : "") +
          `pg_ctl start failed (exit ${result.code}) for ${dataDir}:\n${result.output}\n--- ${logFile} (last lines) ---\n${serverLog}`,
      );
    }
    if (attempt === 1) log("Waiting for the processes of a crashed server to exit...");
    await sleep(250);
  }
}

async function handleRunningServer(
  dataDir: string,
  port: number,
  password: string,
  clientId: string,
  lock: PostmasterPid,
  runner: PgRunner,
  log: LogLine,
): Promise<{ port: number; reused: boolean } | undefined> {
  if (lock.status === "stopping") {
    log(`Waiting for the PostgreSQL server (pid ${lock.pid}) that is shutting down`);
    await waitUntil(async () => !(await isPostmasterOf(lock.pid, dataDir)), 60_000);
    return undefined;
  }
  const others = await otherLiveClients(dataDir, clientId);
  // A server in crash recovery accepts connections only once recovery is done.
  const ready = await waitUntil(() => canConnect(lock.port, password), 60_000);
  if (ready && lock.port === port) {
    log(
      others.length > 0
        ? `Sharing the PostgreSQL server (pid ${lock.pid}) already used by process ${unique(others)}`
        : `Adopting the PostgreSQL server (pid ${lock.pid}) left running by a previous run`,
    );
    return { port, reused: true };
  }
  if (ready && others.length > 0) {
    log(`Sharing the PostgreSQL server (pid ${lock.pid}) on port ${lock.port}, not ${port}: process ${unique(others)} uses it`);
    return { port: lock.port, reused: true };
  }
  log(`Stopping the PostgreSQL server (pid ${lock.pid}, port ${lock.port}) left ${ready ? "running" : "unresponsive"} by a previous run`);
  await stopServer(dataDir, runner, log);
  return undefined;
}

function unique(pids: number[]): string {
  return [...new Set(pids)].join(", ");
}

async function rotateServerLog(logFile: string): Promise<void> {
  const size = (await fs.stat(logFile).catch(() => undefined))?.size ?? 0;
  if (size > MAX_SERVER_LOG_BYTES) await fs.rename(logFile, `${logFile}.1`).catch(() => undefined);
}

async function tailFile(file: string, lineCount: number): Promise<string> {
  const text = await fs.readFile(file, "utf8").catch(() => "");
  return text.trimEnd().split("\n").slice(-lineCount).join("\n");
}

export async function stopServer(dataDir: string, runner: PgRunner, log: LogLine): Promise<void> {
  const lock = await readPostmasterPid(dataDir);
  if (!lock) return;
  if (!(await isPostmasterOf(lock.pid, dataDir))) {
    await fs.rm(path.join(dataDir, "postmaster.pid"), { force: true });
    return;
  }
  const fast = await runner.run("pg_ctl", ["stop", "-w", "-t", "60", "-m", "fast", "-D", dataDir]);
  if (fast.code === 0) return;
  if (!existsSync(path.join(dataDir, "postmaster.pid"))) return; // it was not running
  log(`pg_ctl stop -m fast failed (${fast.output}); stopping immediately`);
  const immediate = await runner.run("pg_ctl", ["stop", "-w", "-t", "30", "-m", "immediate", "-D", dataDir]);
  if (immediate.code !== 0 && existsSync(path.join(dataDir, "postmaster.pid"))) {
    throw new Error(`Could not stop PostgreSQL in ${dataDir}: ${immediate.output}`);
  }
}

export async function stopServerIfUnused(dataDir: string, clientId: string, runner: PgRunner, log: LogLine): Promise<void> {
  await unregisterClient(dataDir, clientId);
  const others = await otherLiveClients(dataDir, clientId);
  if (others.length > 0) {
    log(`Leaving PostgreSQL running: still used by process ${unique(others)}`);
    return;
  }
  await stopServer(dataDir, runner, log);
  log(`PostgreSQL stopped, data in ${dataDir}`);
}

export async function ensureDatabase(port: number, password: string, database: string): Promise<void> {
  const client = new pg.Client({ host: "127.0.0.1", port, user: SUPERUSER, password, database: "postgres" });
  client.on("error", () => undefined);
  await client.connect();
  try {
    const existing = await client.query("select 1 from pg_database where datname = $1", [database]);
    if (existing.rowCount) return;
    await client.query(`create database ${client.escapeIdentifier(database)}`).catch((error: { code?: string }) => {
      if (error.code !== "42P04") throw error; // created concurrently
    });
  } finally {
    await client.end();
  }
}
