import "server-only";

import { readdir } from "node:fs/promises";
import path from "node:path";

import { db } from "@/lib/db";

export interface Readiness {
  ready: boolean;
  database: "up" | "down";
  latencyMs: number;
  /** Migrations in prisma/migrations not (successfully) applied to the database. */
  pendingMigrations: string[];
  /** Migrations recorded in the database (finished, not rolled back). */
  appliedMigrations: number;
  /** False when the migrations folder is not deployed with the app: only reachability was checked. */
  migrationsChecked: boolean;
  error?: string;
}

// The folder does not change while a process runs: list it once (a readiness probe runs every few seconds).
let migrationNames: Promise<string[] | undefined> | undefined;

function listMigrationFolders(): Promise<string[] | undefined> {
  migrationNames ??= readdir(path.join(process.cwd(), "prisma", "migrations"), { withFileTypes: true })
    .then((entries) =>
      entries
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort(),
    )
    .catch(() => undefined);
  return migrationNames;
}

/** Ready = the database answers and every migration of the deployed folder is applied. */
export async function checkReadiness(): Promise<Readiness> {
  const started = performance.now();
  const expected = await listMigrationFolders();
  try {
    const rows = await db.$queryRaw<{ migration_name: string }[]>`
      SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
    const applied = new Set(rows.map((row) => row.migration_name));
    const pendingMigrations = (expected ?? []).filter((name) => !applied.has(name));
    return {
      ready: pendingMigrations.length === 0,
      database: "up",
      latencyMs: Math.round(performance.now() - started),
      pendingMigrations,
      appliedMigrations: applied.size,
      migrationsChecked: expected !== undefined,
    };
  } catch (error) {
    const message = (error as Error).message.split("\n")[0].slice(0, 200);
    // A reachable database without the migrations table is "up" but not migrated.
    const missingTable = /_prisma_migrations.*does not exist|42P01/i.test(`${(error as { code?: string }).code ?? ""} ${message}`);
    return {
      ready: false,
      database: missingTable ? "up" : "down",
      latencyMs: Math.round(performance.now() - started),
      pendingMigrations: missingTable ? (expected ?? []) : [],
      appliedMigrations: 0,
      migrationsChecked: expected !== undefined,
      error: missingTable ? "migrations table missing" : "database unreachable",
    };
  }
}
