// Vitest globalSetup of the integration project: one throwaway embedded PostgreSQL server per run,
// migrated and seeded with the catalog. Test files read DATABASE_URL (inherited by the workers)
// or `inject("databaseUrl")`.
import type { TestProject } from "vitest/node";

import { hasMigrateScript, hasSeedScript, migrateScriptPath, runMigrateDeploy, runSeed, seedScriptPath } from "@/ops/db-scripts";

import { startThrowawayPostgres } from "./pg-server";
import { startIntegrationPostgres } from "./select-test-pg";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!hasMigrateScript()) throw new Error(`Integration tests need ${migrateScriptPath} (migrations).`);
  if (!hasSeedScript()) throw new Error(`Integration tests need ${seedScriptPath} (catalog seed).`);
  // TEST_DATABASE_URL / TOKENCOST_TEST_PG=external15 select an independent server (tests/support/select-test-pg.ts).
  const server = (await startIntegrationPostgres()) ?? (await startThrowawayPostgres({ portRange: [55000, 55999] }));
  try {
    await runMigrateDeploy({ databaseUrl: server.url, stdio: "pipe" });
    await runSeed({ databaseUrl: server.url, stdio: "pipe" });
  } catch (error) {
    await server.stop();
    throw error;
  }
  process.env.DATABASE_URL = server.url;
  project.provide("databaseUrl", server.url);
  console.log(`[global-setup] PostgreSQL ${server.majorVersion} for integration tests at ${new URL(server.url).host} (data in ${server.dataDir})`);
  return async () => {
    await server.stop();
  };
}
