// Starts the production build against a given database for benchmarks, pinned to one core.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import { serverNodeOptions } from "../../ops/server-node-options";

const root = path.resolve(import.meta.dirname, "../..");

export function ensureBuild(): void {
  if (existsSync(path.join(root, ".next", "BUILD_ID"))) return;
  console.log("No production build: running next build (a few minutes)...");
  const result = spawnSync(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "build"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) throw new Error("next build failed");
}

export async function startBenchServer({ databaseUrl, port, core }: { databaseUrl: string; port: number; core: number }): Promise<ChildProcess> {
  const hasTaskset = spawnSync("which", ["taskset"]).status === 0;
  const next = [process.execPath, path.join(root, "node_modules/next/dist/bin/next"), "start", "-p", String(port), "-H", "127.0.0.1"];
  const [command, ...args] = hasTaskset ? ["taskset", "-c", String(core), ...next] : next;
  const child = spawn(command, args, {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      AUTH_SECRET: "bench-only-secret-0123456789abcdef",
      AUTH_TRUST_HOST: "true",
      NODE_OPTIONS: serverNodeOptions(),
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (res.ok) return child;
    } catch {}
    await new Promise((r) => setTimeout(r, 300));
  }
  child.kill("SIGTERM");
  throw new Error("bench server did not become healthy in 60 s");
}

export function pinSelf(core: number): void {
  if (spawnSync("which", ["taskset"]).status === 0) spawnSync("taskset", ["-cp", String(core), String(process.pid)], { stdio: "ignore" });
}

/**
 * Pins a running server's JavaScript thread (its main thread, whose id is the process id) to `mainCore`
 * and its other threads (V8's garbage-collector and compiler helpers, libuv's pool) to `otherCores`
 * (a taskset list such as "0,1"). Threads started later inherit the main thread's core. Returns false
 * where taskset or /proc is missing.
 */
export function pinServerThreads(pid: number, { mainCore, otherCores }: { mainCore: number; otherCores: string }): boolean {
  if (spawnSync("which", ["taskset"]).status !== 0) return false;
  let threads: number[];
  try {
    threads = readdirSync(`/proc/${pid}/task`).map(Number);
  } catch {
    return false;
  }
  return threads.every((tid) => spawnSync("taskset", ["-cp", tid === pid ? String(mainCore) : otherCores, String(tid)], { stdio: "ignore" }).status === 0);
}

/** The processes a process has started (Linux ps). */
export function childPids(pid: number): number[] {
  return spawnSync("ps", ["-o", "pid=", "--ppid", String(pid)], { encoding: "utf8" })
    .stdout.split("\n")
    .map((line) => Number(line.trim()))
    .filter((child) => child > 0);
}

/**
 * Pins a running PostgreSQL (its postmaster, every process it has started, and through inheritance every
 * backend it starts later) to one core. Unpinned, it ran wherever the scheduler put it, beside the server
 * or beside the load generator, and /api/health, which queries it on every request, served 276 req/s in
 * one run and 659 in the next. Returns false where taskset is missing.
 */
export function pinPostgres(dataDir: string, core: number): boolean {
  if (spawnSync("which", ["taskset"]).status !== 0) return false;
  const postmaster = Number(readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
  return [postmaster, ...childPids(postmaster)].every(
    (pid) => spawnSync("taskset", ["-a", "-cp", String(core), String(pid)], { stdio: "ignore" }).status === 0,
  );
}
