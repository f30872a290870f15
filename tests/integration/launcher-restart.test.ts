// Acceptance 2: the data survives restarts of the launcher — a clean stop (SIGTERM), a crash of the
// whole process tree (kill -9 of the launcher and of the PostgreSQL postmaster), a second launcher
// on the same data directory — and the launcher fails clearly when its port is taken.
// Runs the real launcher (`scripts/start.ts --db-only`) as a child process; ports 55100-55199.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { chmod, mkdir, mkdtemp, readFile, rm, rmdir, stat, writeFile } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { resolveTsxCli } from "@/ops/db-scripts";
import {
  embeddedDatabaseUrl,
  findFreePort,
  isRoot,
  passwordFileFor,
  startEmbeddedPostgres,
  stopEmbeddedPostgres,
  type EmbeddedPostgres,
} from "@/ops/embedded-postgres";

const repoRoot = path.resolve(import.meta.dirname, "../..");
const PORT_RANGE: [number, number] = [55100, 55199];
const quiet = () => undefined;

interface Launcher {
  child: ChildProcess;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const launchers = new Set<ChildProcess>();
const handles = new Set<EmbeddedPostgres>();
const dataDirs: string[] = [];
let workDir: string;

async function newDataDir(name: string): Promise<string> {
  const dataDir = path.join(workDir, name, "postgres");
  dataDirs.push(dataDir);
  return dataDir;
}

/** Starts `tsx scripts/start.ts --db-only` in its own process group; resolves once the database is ready. */
async function startLauncher(dataDir: string, port: number): Promise<Launcher> {
  const env: NodeJS.ProcessEnv = { ...process.env, TOKENCOST_DATA_DIR: dataDir, TOKENCOST_PG_PORT: String(port) };
  delete env.DATABASE_URL; // the test run's own database: the launcher must start the embedded one
  delete env.AUTH_SECRET;
  const child = spawn(process.execPath, [resolveTsxCli(), "scripts/start.ts", "--db-only"], {
    cwd: repoRoot,
    env,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  launchers.add(child);
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => {
      launchers.delete(child);
      resolve({ code, signal });
    }),
  );
  const ready = new Promise<void>((resolve, reject) => {
    const onData = () => {
      if (output.includes("Database ready (--db-only)")) resolve();
    };
    child.stdout?.on("data", onData);
    void exited.then(({ code, signal }) => reject(new Error(`launcher exited early (${code ?? signal}):\n${output}`)));
  });
  await ready;
  return { child, output: () => output, exited };
}

function urlFor(dataDir: string, port: number): string {
  return embeddedDatabaseUrl({ dataDir, port });
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

async function probeRows(url: string): Promise<string[]> {
  const rows = await query<{ note: string }>(url, "select note from restart_probe order by id");
  return rows.map((row) => row.note);
}

async function postmasterPid(dataDir: string): Promise<number> {
  return Number((await readFile(path.join(dataDir, "postmaster.pid"), "utf8")).split("\n")[0]);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function acceptsConnections(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

beforeAll(async () => {
  workDir = await mkdtemp(path.join(os.tmpdir(), "tokencost-launcher-test-"));
  await chmod(workDir, 0o755); // the postgres OS user (server as root) must enter it
});

afterAll(async () => {
  for (const child of launchers) {
    if (child.pid) process.kill(-child.pid, "SIGKILL");
  }
  for (const handle of handles) await handle.stop().catch(() => undefined);
  for (const dataDir of dataDirs) await stopEmbeddedPostgres({ dataDir, log: quiet }).catch(() => undefined);
  await rm(workDir, { recursive: true, force: true });
});

// Each step spawns the launcher (tsx, initdb, postgres): minutes on a busy machine, not seconds.
describe("npm start launcher: restarts keep the data", { timeout: 180_000 }, () => {
  let dataDir: string;
  let port: number;

  beforeAll(async () => {
    dataDir = await newDataDir("restarts");
    port = await findFreePort(...PORT_RANGE);
  });

  it("keeps a row across a clean stop (SIGTERM) and a new start", async () => {
    const first = await startLauncher(dataDir, port);
    expect(first.output()).toContain(`PostgreSQL 18 ready at postgresql://postgres:***@127.0.0.1:${port}/tokencost, data in ${dataDir}`);
    await query(urlFor(dataDir, port), "create table restart_probe (id serial primary key, note text not null)");
    await query(urlFor(dataDir, port), "insert into restart_probe (note) values ($1)", ["before clean stop"]);

    first.child.kill("SIGTERM");
    expect(await first.exited).toEqual({ code: 0, signal: null });
    expect(first.output()).toContain(`PostgreSQL stopped, data in ${dataDir}`);
    expect(existsSync(path.join(dataDir, "postmaster.pid"))).toBe(false);
    expect(await acceptsConnections(port)).toBe(false);

    const second = await startLauncher(dataDir, port);
    expect(second.output()).not.toContain("Initialising a new PostgreSQL");
    expect(await probeRows(urlFor(dataDir, port))).toEqual(["before clean stop"]);
    second.child.kill("SIGTERM");
    expect((await second.exited).code).toBe(0);
  });

  it("recovers after kill -9 of the launcher and the postmaster (stale postmaster.pid)", async () => {
    const launcher = await startLauncher(dataDir, port);
    await query(urlFor(dataDir, port), "insert into restart_probe (note) values ($1)", ["before kill -9"]);
    const serverPid = await postmasterPid(dataDir);

    process.kill(-launcher.child.pid!, "SIGKILL"); // the launcher's process group (tsx and node)
    process.kill(serverPid, "SIGKILL"); // the postmaster runs in its own session
    expect((await launcher.exited).signal).toBe("SIGKILL");
    await waitFor(() => !isAlive(serverPid));
    expect(existsSync(path.join(dataDir, "postmaster.pid"))).toBe(true);

    const restarted = await startLauncher(dataDir, port);
    expect(restarted.output()).toContain("Removing a stale postmaster.pid");
    expect(await probeRows(urlFor(dataDir, port))).toEqual(["before clean stop", "before kill -9"]);
    restarted.child.kill("SIGTERM");
    expect((await restarted.exited).code).toBe(0);
    expect(existsSync(path.join(dataDir, "postmaster.pid"))).toBe(false);
  });

  it("adopts a server left running by a launcher that was killed -9, and stops it on exit", async () => {
    const launcher = await startLauncher(dataDir, port);
    const serverPid = await postmasterPid(dataDir);
    process.kill(-launcher.child.pid!, "SIGKILL");
    await launcher.exited;
    expect(isAlive(serverPid)).toBe(true); // orphaned, still holding the data directory

    const next = await startLauncher(dataDir, port);
    expect(next.output()).toContain(`Adopting the PostgreSQL server (pid ${serverPid})`);
    expect(await probeRows(urlFor(dataDir, port))).toEqual(["before clean stop", "before kill -9"]);
    next.child.kill("SIGTERM");
    expect((await next.exited).code).toBe(0);
    await waitFor(() => !isAlive(serverPid));
    expect(existsSync(path.join(dataDir, "postmaster.pid"))).toBe(false);
  });

  it("shares the server with a second launcher on the same data directory, without stopping it under the first", async () => {
    const first = await startLauncher(dataDir, port);
    const serverPid = await postmasterPid(dataDir);
    const second = await startLauncher(dataDir, port);
    expect(second.output()).toContain(`Sharing the PostgreSQL server (pid ${serverPid})`);
    expect(await postmasterPid(dataDir)).toBe(serverPid);
    await query(urlFor(dataDir, port), "insert into restart_probe (note) values ($1)", ["while shared"]);

    second.child.kill("SIGTERM");
    expect((await second.exited).code).toBe(0);
    expect(second.output()).toContain("Leaving PostgreSQL running: still used by process");
    expect(await probeRows(urlFor(dataDir, port))).toEqual(["before clean stop", "before kill -9", "while shared"]);

    first.child.kill("SIGTERM");
    expect((await first.exited).code).toBe(0);
    await waitFor(() => !isAlive(serverPid));

    const check = await startEmbeddedPostgres({ dataDir, port, log: quiet });
    handles.add(check);
    expect(check.reused).toBe(false);
    expect(await probeRows(check.url)).toEqual(["before clean stop", "before kill -9", "while shared"]);
    const integrity = await query<{ ok: boolean }>(check.url, "select count(*) = 3 as ok from restart_probe where note is not null");
    expect(integrity).toEqual([{ ok: true }]);
    await check.stop();
  });
});

describe("startEmbeddedPostgres", () => {
  it("requires the generated password (scram-sha-256), stored beside the data directory with mode 0600", async () => {
    const dataDir = await newDataDir("password-auth");
    const port = await findFreePort(...PORT_RANGE);
    const server = await startEmbeddedPostgres({ dataDir, port, log: quiet });
    handles.add(server);
    const file = passwordFileFor(dataDir);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    const password = (await readFile(file, "utf8")).trim();
    expect(password).toMatch(/^[0-9a-f]{48}$/);
    expect(new URL(server.url).password).toBe(password);
    expect(await query(server.url, "select 1 as one")).toEqual([{ one: 1 }]);
    const refused = async (url: string) =>
      query(url, "select 1").then(
        () => "connected",
        (error: Error) => error.message,
      );
    expect(await refused(`postgresql://postgres@127.0.0.1:${port}/tokencost`)).toMatch(/password/i);
    expect(await refused(`postgresql://postgres:wrong@127.0.0.1:${port}/tokencost`)).toMatch(/password authentication failed/);
    const hba = await readFile(path.join(server.dataDir, "pg_hba.conf"), "utf8");
    expect(hba).not.toMatch(/^\s*(local|host)\b.*\btrust\s*$/m);
    await server.stop();
  });

  it("moves a cluster created with trust authentication to the stored password on its next start", async () => {
    const dataDir = await newDataDir("trust-upgrade");
    const port = await findFreePort(...PORT_RANGE);
    const first = await startEmbeddedPostgres({ dataDir, port, log: quiet });
    handles.add(first);
    await first.stop();
    // What a cluster from before passwords looks like: trust on loopback, password unknown to the server.
    await writeFile(path.join(first.dataDir, "pg_hba.conf"), "local all all trust\nhost all all 127.0.0.1/32 trust\n");
    const second = await startEmbeddedPostgres({ dataDir, port, log: quiet });
    handles.add(second);
    expect(await query(second.url, "select 1 as one")).toEqual([{ one: 1 }]);
    const refused = await query(`postgresql://postgres@127.0.0.1:${port}/tokencost`, "select 1").then(
      () => "connected",
      (error: Error) => error.message,
    );
    expect(refused).toMatch(/password/i);
    await second.stop();
  });

  it("shares one server between two handles in one process; the last stop() stops it", async () => {
    const dataDir = await newDataDir("two-handles");
    const port = await findFreePort(...PORT_RANGE);
    const first = await startEmbeddedPostgres({ dataDir, port, log: quiet });
    handles.add(first);
    const second = await startEmbeddedPostgres({ dataDir, port, database: "other", log: quiet });
    handles.add(second);
    expect([first.reused, second.reused]).toEqual([false, true]);
    expect(second.url).toBe(embeddedDatabaseUrl({ dataDir, port, database: "other" }));
    expect(await query(second.url, "select current_database() as name")).toEqual([{ name: "other" }]);

    await second.stop();
    expect(await query(first.url, "select 1 as one")).toEqual([{ one: 1 }]);
    await first.stop();
    expect(existsSync(path.join(dataDir, "postmaster.pid"))).toBe(false);
    expect(await acceptsConnections(port)).toBe(false);
  });

  it("starts when postmaster.pid names a live process that is not PostgreSQL (recycled pid)", async () => {
    const dataDir = await newDataDir("recycled-pid");
    const port = await findFreePort(...PORT_RANGE);
    const server = await startEmbeddedPostgres({ dataDir, port, log: quiet });
    handles.add(server);
    await query(server.url, "create table kept (value int)");
    await query(server.url, "insert into kept values (42)");
    const pidFile = await readFile(path.join(dataDir, "postmaster.pid"), "utf8");
    await server.stop();
    // What a crash followed by a reboot can leave: the old pid now belongs to another program.
    await writeFile(path.join(dataDir, "postmaster.pid"), pidFile.replace(/^\d+/, String(process.pid)));

    const restarted = await startEmbeddedPostgres({ dataDir, port, log: quiet });
    handles.add(restarted);
    expect(restarted.reused).toBe(false);
    expect(await query(restarted.url, "select value from kept")).toEqual([{ value: 42 }]);
    await restarted.stop();
  });

  it("keeps the cluster where the server's OS user can reach it when the checkout sits in a private folder", async () => {
    const privateDir = path.join(workDir, "private-home");
    await mkdir(privateDir, { mode: 0o700 });
    const requested = path.join(privateDir, "checkout", ".data", "postgres");
    dataDirs.push(requested);
    const port = await findFreePort(...PORT_RANGE);
    const server = await startEmbeddedPostgres({ dataDir: requested, port, log: quiet });
    handles.add(server);
    try {
      await query(server.url, "create table kept (value int)");
      await query(server.url, "insert into kept values (7)");
      await server.stop();
      const again = await startEmbeddedPostgres({ dataDir: requested, port, log: quiet });
      handles.add(again);
      expect(again.dataDir).toBe(server.dataDir);
      expect(await query(again.url, "select value from kept")).toEqual([{ value: 7 }]);
      await again.stop();
      if (isRoot()) {
        // As root the server runs as "postgres", who cannot enter a 0700 folder owned by root.
        expect(server.dataDir).not.toBe(requested);
        expect(existsSync(path.join(server.dataDir, "PG_VERSION"))).toBe(true);
        expect(existsSync(requested)).toBe(false);
      } else {
        expect(server.dataDir).toBe(requested);
      }
    } finally {
      if (server.dataDir !== requested) {
        await rm(path.dirname(server.dataDir), { recursive: true, force: true });
        await rmdir(path.dirname(path.dirname(server.dataDir))).catch(() => undefined); // only when empty
      }
    }
  });

  it("fails with a clear message when another program holds the port", async () => {
    const port = await findFreePort(...PORT_RANGE);
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(port, "127.0.0.1", resolve));
    try {
      const dataDir = await newDataDir("port-taken");
      await expect(startEmbeddedPostgres({ dataDir, port, log: quiet })).rejects.toThrow(`Port ${port} on 127.0.0.1 is already in use by another program`);
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });
});
