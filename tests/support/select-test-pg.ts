// Which PostgreSQL the integration suite runs against when it is not the default embedded one:
// - TEST_DATABASE_URL=postgresql://…  an existing server: a fresh database `<name>_it_<random>` is created
//   on it for this run and dropped afterwards (needs CREATEDB rights);
// - TOKENCOST_TEST_PG=external15 (or TOKENCOST_TEST_PG_BIN=<bin dir>)  a throwaway cluster of Debian's
//   PostgreSQL 15 (tests/support/external-pg.ts), deleted afterwards.
import { randomBytes } from "node:crypto";

import { createDatabaseOnServer, dropDatabaseOnServer, startExternalPostgres } from "./external-pg";

export interface IntegrationPostgres {
  url: string;
  majorVersion: number | string;
  dataDir: string;
  stop(): Promise<void>;
}

export function externalTestPgRequested(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.TOKENCOST_TEST_PG === "external15" || Boolean(env.TOKENCOST_TEST_PG_BIN?.trim());
}

/** The server selected by the environment, or undefined for the default (embedded) one. */
export async function startIntegrationPostgres(env: NodeJS.ProcessEnv = process.env): Promise<IntegrationPostgres | undefined> {
  const serverUrl = env.TEST_DATABASE_URL?.trim();
  if (serverUrl) {
    const base = decodeURIComponent(new URL(serverUrl).pathname.slice(1)) || "tokencost";
    const database = `${base}_it_${randomBytes(4).toString("hex")}`;
    const url = await createDatabaseOnServer(serverUrl, database);
    return {
      url,
      majorVersion: "external",
      dataDir: "(external server)",
      stop: () => dropDatabaseOnServer(serverUrl, database),
    };
  }
  if (externalTestPgRequested(env)) {
    const server = await startExternalPostgres({ portRange: [56000, 56999] });
    return { url: server.url, majorVersion: server.majorVersion, dataDir: server.dataDir, stop: server.stop };
  }
  return undefined;
}
