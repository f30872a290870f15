// Prisma migrations without the native schema engine (unreachable offline): drives
// @prisma/schema-engine-wasm through adapter-pg. The folder keeps Prisma's standard format
// (prisma/migrations/<timestamp>_<name>/migration.sql + _prisma_migrations), so `prisma migrate deploy`
// works on it wherever the native engine is available. See docs/toolchain.md "Prisma offline".
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { MigrationList, SchemaFilter, SchemasContainer } from "@prisma/schema-engine-wasm";

import { createSchemaEngine, toEngineError, type SchemaEngine } from "./engine";
import { normalizeMigrationName, readMigrationsList, writeMigration } from "./migrations-dir";
import { createMigrationAdapterFactory } from "./pg-adapter";

export interface MigrateOptions {
  /** Prisma schema file; default `prisma/schema.prisma` under the working directory. */
  schemaPath?: string;
  /** Migrations folder; default `prisma/migrations` under the working directory. */
  migrationsDir?: string;
}

export interface MigrationStatus {
  /** Migrations in the folder not yet applied to the database. */
  pending: string[];
  /** Migrations recorded as failed in `_prisma_migrations`. */
  failed: string[];
  /** The folder and prisma/schema.prisma differ, or the database differs from the applied migrations. */
  drift: boolean;
  ok: boolean;
  /** Human-readable explanation, one finding per line. */
  details: string;
}

const filters: SchemaFilter = { externalTables: [], externalEnums: [] };

interface MigrationContext {
  engine: SchemaEngine;
  schema: SchemasContainer;
  migrationsDir: string;
  readMigrations(): Promise<MigrationList>;
}

function resolvePaths(options: MigrateOptions): { schemaPath: string; migrationsDir: string } {
  return {
    schemaPath: path.resolve(options.schemaPath ?? "prisma/schema.prisma"),
    migrationsDir: path.resolve(options.migrationsDir ?? "prisma/migrations"),
  };
}

async function withEngine<T>(databaseUrl: string, options: MigrateOptions, run: (context: MigrationContext) => Promise<T>): Promise<T> {
  if (!databaseUrl) throw new Error("No database URL given: set DATABASE_URL.");
  const { schemaPath, migrationsDir } = resolvePaths(options);
  const content = await readFile(schemaPath, "utf8").catch((error: NodeJS.ErrnoException) => {
    throw new Error(`Cannot read the Prisma schema at ${schemaPath}: ${error.code ?? error.message}`);
  });
  const adapterFactory = createMigrationAdapterFactory(databaseUrl);
  let engine: SchemaEngine | undefined;
  try {
    engine = await createSchemaEngine({ path: schemaPath, content }, adapterFactory);
    return await run({
      engine,
      schema: { files: [{ path: schemaPath, content }] },
      migrationsDir,
      readMigrations: () => readMigrationsList(migrationsDir),
    });
  } catch (error) {
    throw toEngineError(error);
  } finally {
    engine?.free();
    await adapterFactory.close();
  }
}

async function applyPending(context: MigrationContext): Promise<string[]> {
  const { appliedMigrationNames } = await context.engine.applyMigrations({
    migrationsList: await context.readMigrations(),
    filters,
  });
  return appliedMigrationNames;
}

/** `prisma migrate deploy`: applies every migration of the folder not yet in the database. */
export async function applyMigrations(databaseUrl: string, options: MigrateOptions = {}): Promise<{ applied: string[] }> {
  return withEngine(databaseUrl, options, async (context) => ({ applied: await applyPending(context) }));
}

/** `prisma migrate status` plus drift checks (folder vs schema, database vs applied migrations). */
export async function getMigrationStatus(databaseUrl: string, options: MigrateOptions = {}): Promise<MigrationStatus> {
  return withEngine(databaseUrl, options, async ({ engine, schema, readMigrations }) => {
    const migrationsList = await readMigrations();
    const findings: string[] = [];
    let pending: string[] = [];
    let drift = false;
    let historyBroken = false;

    const history = await engine.diagnoseMigrationHistory({ migrationsList, optInToShadowDatabase: false, filters });
    const failed = history.failedMigrationNames;
    if (failed.length > 0) findings.push(`Failed migrations in the database: ${failed.join(", ")}.`);
    if (history.editedMigrationNames.length > 0) {
      historyBroken = true;
      findings.push(`Applied migrations edited since: ${history.editedMigrationNames.join(", ")}.`);
    }
    const diagnostic = history.history;
    if (diagnostic?.diagnostic === "databaseIsBehind" || diagnostic?.diagnostic === "historiesDiverge") {
      pending = diagnostic.unappliedMigrationNames;
    }
    if (diagnostic?.diagnostic === "migrationsDirectoryIsBehind" || diagnostic?.diagnostic === "historiesDiverge") {
      historyBroken = true;
      findings.push(`Migrations applied to the database but missing from the folder: ${diagnostic.unpersistedMigrationNames.join(", ")}.`);
    }
    if (pending.length > 0) findings.push(`Pending migrations (${pending.length}): ${pending.join(", ")}.`);

    // Both checks replay migrations on a shadow database; a broken migration makes them fail, which is
    // itself a finding rather than a reason to hide the rest of the report.
    let checkFailed = false;
    const check = async (what: string, run: () => Promise<void>) => {
      try {
        await run();
      } catch (error) {
        checkFailed = true;
        findings.push(`Could not ${what}: ${toEngineError(error).message}`);
      }
    };

    await check(`compare the migrations folder with ${schema.files[0].path}`, async () => {
      const schemaDiff = await engine.diff({
        from: { tag: "migrations", ...migrationsList },
        to: { tag: "schemaDatamodel", ...schema },
        script: true,
        exitCode: true,
        filters,
      });
      if (schemaDiff.exitCode === 2) {
        drift = true;
        findings.push(
          `The migrations folder does not match ${schema.files[0].path}; create a migration (npm run db:migrate -- <name>). Missing SQL:\n${schemaDiff.stdout?.trim() ?? ""}`,
        );
      }
    });

    // devDiagnostic replays the applied migrations on a shadow database and compares it with the real one.
    if (failed.length === 0 && !historyBroken) {
      await check("compare the database with its applied migrations", async () => {
        const { action } = await engine.devDiagnostic({ migrationsList, filters });
        if (action.tag === "reset") {
          drift = true;
          findings.push(`The database does not match its applied migrations: ${action.reason}`);
        }
      });
    }

    const ok = pending.length === 0 && failed.length === 0 && !drift && !historyBroken && !checkFailed;
    const applied = migrationsList.migrationDirectories.length - pending.length;
    if (ok) findings.unshift(`Database is up to date: ${applied} migration(s) applied, no drift.`);
    return { pending, failed, drift, ok, details: findings.join("\n") };
  });
}

/**
 * `prisma migrate dev --name <name>`: applies pending migrations, writes
 * `<migrationsDir>/<yyyyMMddHHmmss>_<name>/migration.sql` for the schema changes and applies it.
 * Returns `{ path: null }` when the schema has no changes. Never resets the database: when the engine
 * asks for a reset (drift, edited or failed migrations) it throws with the engine's reason.
 */
export async function createMigration(
  databaseUrl: string,
  name: string,
  options: MigrateOptions = {},
): Promise<{ path: string | null; applied: string[]; warnings: string[] }> {
  const migrationName = normalizeMigrationName(name);
  if (!migrationName) throw new Error(`Invalid migration name "${name}": use letters, digits and underscores.`);
  return withEngine(databaseUrl, options, async (context) => {
    const { engine, schema, migrationsDir, readMigrations } = context;
    const requireNoReset = async () => {
      const { action } = await engine.devDiagnostic({ migrationsList: await readMigrations(), filters });
      if (action.tag === "reset") {
        throw new Error(`The database needs a reset before a new migration can be created: ${action.reason}`);
      }
    };
    await requireNoReset();
    const applied = await applyPending(context);
    // The engine's view of the database is stale after applying; diagnose again before generating.
    await requireNoReset();

    const migrationsList = await readMigrations();
    const dataLoss = await engine.evaluateDataLoss({ migrationsList, schema, filters });
    if (dataLoss.unexecutableSteps.length > 0) {
      throw new Error(`The migration cannot be applied to this database:\n${dataLoss.unexecutableSteps.map((step) => `- ${step.message}`).join("\n")}`);
    }
    const created = await engine.createMigration({ draft: false, migrationName, migrationsList, schema, filters });
    if (created.migrationScript === null) return { path: null, applied, warnings: [] };

    const filePath = await writeMigration(migrationsDir, created.generatedMigrationName, created.migrationScript);
    applied.push(...(await applyPending(context)));
    return { path: filePath, applied, warnings: dataLoss.warnings.map((warning) => warning.message) };
  });
}
