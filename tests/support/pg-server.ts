// Throwaway embedded PostgreSQL servers for tests: a fresh temp data dir, a free port, and a stop()
// that also deletes the data. Same launcher code as `npm start` (ops/embedded-postgres/).
import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

import { findFreePort, startEmbeddedPostgres, type EmbeddedPostgres, type LogLine } from "@/ops/embedded-postgres";

export interface ThrowawayPostgresOptions {
  /** Inclusive port range to pick a free port from; default 55000-55999. */
  portRange?: [number, number];
  database?: string;
  log?: LogLine;
  /** Keep the data directory on stop() (to start the server again on it). */
  keepDataDir?: boolean;
}

export interface ThrowawayPostgres extends EmbeddedPostgres {
  /** Stops the server and (unless keepDataDir) deletes its data directory. */
  stop(): Promise<void>;
}

const ATTEMPTS = 5;

export async function startThrowawayPostgres(options: ThrowawayPostgresOptions = {}): Promise<ThrowawayPostgres> {
  const [minPort, maxPort] = options.portRange ?? [55000, 55999];
  const log = options.log ?? (() => undefined);
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "tokencost-pg-test-"));
  // mkdtemp makes a 0700 folder; as root the server runs as the postgres OS user, who must enter it.
  await chmod(dataDir, 0o755);
  let lastError: unknown;
  // Parallel test runs pick ports at random: retry when another run took ours in the meantime.
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const port = await findFreePort(minPort, maxPort);
    try {
      const server = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "data"), port, database: options.database, log });
      return {
        ...server,
        stop: async () => {
          await server.stop();
          if (!options.keepDataDir) await rm(dataDir, { recursive: true, force: true });
        },
      };
    } catch (error) {
      lastError = error;
      if (!/already in use/i.test(String(error))) break;
    }
  }
  await rm(dataDir, { recursive: true, force: true });
  throw lastError;
}
