// An independent PostgreSQL server for tests: Debian's PostgreSQL 15 (/usr/lib/postgresql/15/bin), not the
// embedded one, so CI proves the app against a second server version. Fresh temp cluster, loopback port,
// trust auth. As root, initdb/pg_ctl run as the `postgres` OS user (PostgreSQL refuses root).
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { chown, mkdir, mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";

import { buildDatabaseUrl, findFreePort, isPortFree } from "@/ops/embedded-postgres";

export const DEFAULT_EXTERNAL_PG_BIN = "/usr/lib/postgresql/15/bin";

export interface ExternalPostgresOptions {
  /** Folder with initdb, pg_ctl, postgres; default TOKENCOST_TEST_PG_BIN or /usr/lib/postgresql/15/bin. */
  binDir?: string;
  /** Inclusive port range; default 56000-56999. */
  portRange?: [number, number];
  database?: string;
  /** Install postgresql-15 with apt-get when the binaries are missing (root only). Default true. */
  install?: boolean;
}

export interface ExternalPostgres {
  url: string;
  port: number;
  dataDir: string;
  majorVersion: number;
  /** URL of another database on the same server (created by createDatabase). */
  urlFor(database: string): string;
  createDatabase(database: string): Promise<string>;
  /** Stops the server but keeps the cluster (pg_ctl -m immediate|fast stop). */
  stopServer(mode?: "fast" | "immediate"): Promise<void>;
  /** Starts the kept cluster again on the same port. */
  startServer(): Promise<void>;
  /** Stops the server and deletes the cluster. Idempotent. */
  stop(): Promise<void>;
}

interface OsUser {
  uid: number;
  gid: number;
}

function postgresOsUser(): OsUser | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
  const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
  return { uid, gid };
}

function ensureBinaries(binDir: string, install: boolean): void {
  if (existsSync(path.join(binDir, "pg_ctl"))) return;
  if (!install || process.getuid?.() !== 0 || binDir !== DEFAULT_EXTERNAL_PG_BIN) {
    throw new Error(`No PostgreSQL binaries in ${binDir}: install them (apt-get install -y postgresql-15) or set TOKENCOST_TEST_PG_BIN.`);
  }
  console.log("[external-pg] installing postgresql-15 with apt-get...");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  let result = spawnSync("apt-get", ["install", "-y", "--no-install-recommends", "postgresql-15"], { stdio: "inherit", env });
  if (result.status !== 0) {
    spawnSync("apt-get", ["update"], { stdio: "inherit", env });
    result = spawnSync("apt-get", ["install", "-y", "--no-install-recommends", "postgresql-15"], { stdio: "inherit", env });
  }
  if (result.status !== 0 || !existsSync(path.join(binDir, "pg_ctl"))) throw new Error("apt-get install postgresql-15 failed");
}

function run(binary: string, args: string[], user: OsUser | undefined): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, { uid: user?.uid, gid: user?.gid, cwd: os.tmpdir(), stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    child.once("error", reject);
    child.once("close", (code) => (code === 0 ? resolve(output) : reject(new Error(`${path.basename(binary)} ${args.join(" ")} exited ${code}:\n${output}`))));
  });
}

async function createDatabaseOn(port: number, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: buildDatabaseUrl(port, "postgres") });
  await client.connect();
  try {
    const exists = await client.query("select 1 from pg_database where datname = $1", [database]);
    if (exists.rowCount === 0) await client.query(`create database "${database.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

export async function startExternalPostgres(options: ExternalPostgresOptions = {}): Promise<ExternalPostgres> {
  const binDir = options.binDir ?? (process.env.TOKENCOST_TEST_PG_BIN?.trim() || DEFAULT_EXTERNAL_PG_BIN);
  ensureBinaries(binDir, options.install ?? true);
  const database = options.database ?? "tokencost";
  const user = postgresOsUser();
  const root = await mkdtemp(path.join(os.tmpdir(), "tokencost-pg-external-"));
  const dataDir = path.join(root, "data");
  const socketDir = path.join(root, "socket");
  await mkdir(socketDir);
  if (user) await Promise.all([chown(root, user.uid, user.gid), chown(socketDir, user.uid, user.gid)]);
  const initdb = path.join(binDir, "initdb");
  const pgCtl = path.join(binDir, "pg_ctl");
  await run(initdb, ["-D", dataDir, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"], user);
  const majorVersion = Number((await readFile(path.join(dataDir, "PG_VERSION"), "utf8")).trim());

  const [minPort, maxPort] = options.portRange ?? [56000, 56999];
  let port = 0;
  const startOn = async (candidate: number) =>
    run(
      pgCtl,
      [
        "-D",
        dataDir,
        "-l",
        path.join(root, "server.log"),
        "-w",
        "-t",
        "60",
        "-o",
        `-p ${candidate} -k ${socketDir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`,
        "start",
      ],
      user,
    );

  let lastError: unknown;
  for (let attempt = 0; attempt < 5 && !port; attempt++) {
    const candidate = await findFreePort(minPort, maxPort);
    try {
      await startOn(candidate);
      port = candidate;
    } catch (error) {
      lastError = error;
    }
  }
  if (!port) {
    await rm(root, { recursive: true, force: true });
    throw lastError;
  }

  let running = true;
  const stopServer = async (mode: "fast" | "immediate" = "fast") => {
    if (!running) return;
    await run(pgCtl, ["-D", dataDir, "-m", mode, "-w", "stop"], user);
    running = false;
  };
  const startServer = async () => {
    if (running) return;
    if (!(await isPortFree(port))) throw new Error(`Port ${port} was taken while PostgreSQL was stopped.`);
    await startOn(port);
    running = true;
  };
  let stopping: Promise<void> | undefined;
  try {
    await createDatabaseOn(port, database);
  } catch (error) {
    await stopServer().catch(() => undefined);
    await rm(root, { recursive: true, force: true });
    throw error;
  }
  return {
    url: buildDatabaseUrl(port, database),
    port,
    dataDir,
    majorVersion,
    urlFor: (name) => buildDatabaseUrl(port, name),
    createDatabase: async (name) => {
      await createDatabaseOn(port, name);
      return buildDatabaseUrl(port, name);
    },
    stopServer,
    startServer,
    stop: () =>
      (stopping ??= (async () => {
        await stopServer("fast")
          .catch(() => stopServer("immediate"))
          .catch(() => undefined);
        await rm(root, { recursive: true, force: true });
      })()),
  };
}

/** Creates `database` on the server of `serverUrl` (any database URL on it) when missing; returns its URL. */
export async function createDatabaseOnServer(serverUrl: string, database: string): Promise<string> {
  const url = new URL(serverUrl);
  const admin = new URL(serverUrl);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const exists = await client.query("select 1 from pg_database where datname = $1", [database]);
    if (exists.rowCount === 0) await client.query(`create database "${database.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
  url.pathname = `/${encodeURIComponent(database)}`;
  return url.toString();
}

/** Drops `database` on the server of `serverUrl` (WITH FORCE: ends its connections). */
export async function dropDatabaseOnServer(serverUrl: string, database: string): Promise<void> {
  const admin = new URL(serverUrl);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`drop database if exists "${database.replace(/"/g, '""')}" with (force)`);
  } finally {
    await client.end();
  }
}
