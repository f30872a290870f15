// Settings of the embedded PostgreSQL server: where its data lives, which port, how to reach it.
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const DEFAULT_PG_PORT = 54329;
export const DEFAULT_DATABASE = "tokencost";
export const POSTGRES_OS_USER = "postgres";
export const SUPERUSER = "postgres";
export const START_TIMEOUT_SECONDS = 60;
export const CLIENTS_DIR = ".tokencost-clients";
export const SERVER_LOG = "server.log";
export const MAX_SERVER_LOG_BYTES = 10 * 1024 * 1024;

export type LogLine = (line: string) => void;

export interface EmbeddedPostgresOptions {
  dataDir: string;
  port: number;
  database?: string;
  log?: LogLine;
}

export interface EmbeddedPostgres {
  /** postgresql://postgres:<password>@127.0.0.1:<port>/<database> (scram-sha-256, loopback only). */
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

export interface Binaries {
  binDir: string;
  version: string;
  majorVersion: number;
}

export interface OsUser {
  uid: number;
  gid: number;
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

/** Connection string of the embedded server; the password is the one stored beside the data directory. */
export function buildDatabaseUrl(port: number, database: string, password?: string): string {
  const credentials = password ? `${SUPERUSER}:${encodeURIComponent(password)}` : SUPERUSER;
  return `postgresql://${credentials}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
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
