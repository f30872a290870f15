// Migrations CLI over the WASM schema engine (the native one cannot be downloaded offline).
//   tsx scripts/migrate.ts deploy                 npm run db:deploy
//   tsx scripts/migrate.ts status                 npm run db:status   (exit 1 on pending/failed/drift)
//   tsx scripts/migrate.ts dev <name>             npm run db:migrate -- <name>
// Options: --schema <file> (or MIGRATE_SCHEMA_PATH), --migrations <dir> (or MIGRATE_MIGRATIONS_DIR).
// DATABASE_URL selects the database; without it the embedded PostgreSQL server is started and stopped.
import { parseArgs } from "node:util";

import { applyMigrations, createMigration, getMigrationStatus, type MigrateOptions } from "../ops/migrate/migrate";

const USAGE = `Usage: tsx scripts/migrate.ts <deploy|status|dev <name>> [--schema <file>] [--migrations <dir>]
  deploy        apply pending migrations (prisma migrate deploy)
  status        report pending or failed migrations and drift; exits 1 unless all is in order
  dev <name>    apply pending migrations, then create and apply prisma/migrations/<timestamp>_<name>`;

const EXIT_OK = 0;
const EXIT_FAILED = 1;
const EXIT_USAGE = 2;

class UsageError extends Error {}

interface Database {
  url: string;
  stop(): Promise<void>;
}

async function openDatabase(): Promise<Database> {
  const url = process.env.DATABASE_URL;
  if (url) return { url, stop: async () => {} };
  // Loaded lazily: only needed without DATABASE_URL.
  const embedded = await import("../ops/embedded-postgres/index");
  const dataDir = embedded.resolveDataDir();
  const port = embedded.resolvePgPort();
  console.error(`DATABASE_URL is not set: using the embedded PostgreSQL server (data in ${dataDir}, port ${port}).`);
  // Progress goes to stderr so stdout carries only the command's result.
  const server = await embedded.startEmbeddedPostgres({ dataDir, port, log: (line) => console.error(`[postgres] ${line}`) });
  return { url: server.url, stop: () => server.stop() };
}

function parseCommand(argv: string[]): { command: string; name?: string; options: MigrateOptions } {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { schema: { type: "string" }, migrations: { type: "string" }, name: { type: "string" } },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const [command, positionalName, ...extra] = parsed.positionals;
  if (!command) throw new UsageError("Missing command.");
  if (extra.length > 0) throw new UsageError(`Unexpected arguments: ${extra.join(" ")}`);
  const options: MigrateOptions = {
    schemaPath: parsed.values.schema || process.env.MIGRATE_SCHEMA_PATH || undefined,
    migrationsDir: parsed.values.migrations || process.env.MIGRATE_MIGRATIONS_DIR || undefined,
  };
  return { command, name: parsed.values.name ?? positionalName, options };
}

async function runCommand(command: string, name: string | undefined, options: MigrateOptions, url: string) {
  switch (command) {
    case "deploy": {
      const { applied } = await applyMigrations(url, options);
      console.log(applied.length === 0 ? "No pending migrations to apply." : `Applied ${applied.length} migration(s):`);
      for (const migration of applied) console.log(`  ${migration}`);
      return EXIT_OK;
    }
    case "status": {
      const status = await getMigrationStatus(url, options);
      (status.ok ? console.log : console.error)(status.details);
      return status.ok ? EXIT_OK : EXIT_FAILED;
    }
    case "dev": {
      if (!name) throw new UsageError("`dev` needs a migration name: npm run db:migrate -- <name>");
      const result = await createMigration(url, name, options);
      for (const migration of result.applied) console.log(`Applied ${migration}`);
      for (const warning of result.warnings) console.warn(`Warning: ${warning}`);
      console.log(result.path ? `Created ${result.path}` : "The schema has no changes: no migration created.");
      return EXIT_OK;
    }
    default:
      throw new UsageError(`Unknown command "${command}".`);
  }
}

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseCommand(process.argv.slice(2));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return EXIT_USAGE;
  }
  let database: Database | undefined;
  // Interrupted: stop the embedded server we started rather than leave it running.
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      console.error(`Interrupted (${signal}).`);
      void (database?.stop() ?? Promise.resolve()).finally(() => process.exit(130));
    });
  }
  try {
    if (!["deploy", "status", "dev"].includes(parsed.command)) throw new UsageError(`Unknown command "${parsed.command}".`);
    database = await openDatabase();
    return await runCommand(parsed.command, parsed.name, parsed.options, database.url);
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`${error.message}\n${USAGE}`);
      return EXIT_USAGE;
    }
    console.error(`migrate ${parsed.command} failed: ${(error as Error).message}`);
    if (process.env.MIGRATE_DEBUG) console.error(error);
    return EXIT_FAILED;
  } finally {
    await database?.stop().catch((error: unknown) => console.error(`Stopping PostgreSQL failed: ${String(error)}`));
  }
}

// The WASM engine leaves timers running: exit explicitly once the command is done.
main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(EXIT_FAILED);
  },
);
