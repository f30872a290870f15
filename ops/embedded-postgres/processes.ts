// Which processes are alive: the postmaster of a data directory (pids get recycled), and the
// launchers and test runs that share one server.
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";

import { CLIENTS_DIR } from "./config";

export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EPERM") return false;
  }
  // A killed process nobody has reaped yet (zombie) still answers kill(pid, 0).
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
  } catch {
    return !existsSync("/proc/self");
  }
}

// Start time in clock ticks since boot: tells a live process apart from a recycled pid.
export async function processStartTime(pid: number): Promise<string | undefined> {
  try {
    const stat = await fs.readFile(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19];
  } catch {
    return undefined;
  }
}

/** True unless /proc proves `pid` is not a PostgreSQL server for `dataDir` (pids get recycled). */
export async function isPostmasterOf(pid: number, dataDir: string): Promise<boolean> {
  if (pid <= 0 || !isProcessAlive(pid)) return false;
  if (!existsSync("/proc/self")) return true;
  const comm = await fs.readFile(`/proc/${pid}/comm`, "utf8").catch(() => undefined);
  if (comm !== undefined && comm.trim() !== "postgres") return false;
  const realDataDir = await fs.realpath(dataDir).catch(() => dataDir);
  const cwd = await fs.readlink(`/proc/${pid}/cwd`).catch(() => undefined);
  if (cwd !== undefined) return cwd === realDataDir || cwd === dataDir;
  const argv = (await fs.readFile(`/proc/${pid}/cmdline`, "utf8").catch(() => "")).split("\0");
  const dIndex = argv.indexOf("-D");
  return dIndex < 0 || [realDataDir, dataDir].includes(path.resolve(argv[dIndex + 1] ?? ""));
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// Processes using this data directory: a stopped handle stops the server only when no other live
// process (launcher, test run) still uses it — and a crashed user's entry is ignored.

export async function registerClient(dataDir: string): Promise<string> {
  const dir = path.join(dataDir, CLIENTS_DIR);
  await fs.mkdir(dir, { recursive: true });
  const id = `${process.pid}-${randomBytes(4).toString("hex")}`;
  await fs.writeFile(path.join(dir, id), JSON.stringify({ pid: process.pid, startTime: await processStartTime(process.pid) }));
  return id;
}

export async function unregisterClient(dataDir: string, id: string): Promise<void> {
  await fs.rm(path.join(dataDir, CLIENTS_DIR, id), { force: true });
}

export async function otherLiveClients(dataDir: string, ownId: string): Promise<number[]> {
  const dir = path.join(dataDir, CLIENTS_DIR);
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  const live: number[] = [];
  for (const name of names) {
    if (name === ownId) continue;
    const file = path.join(dir, name);
    const entry = await fs
      .readFile(file, "utf8")
      .then((text) => JSON.parse(text) as { pid: number; startTime?: string })
      .catch(() => undefined);
    const alive =
      entry !== undefined && isProcessAlive(entry.pid) && (entry.startTime === undefined || (await processStartTime(entry.pid)) === entry.startTime);
    if (alive) live.push(entry.pid);
    else await fs.rm(file, { force: true });
  }
  return live;
}
