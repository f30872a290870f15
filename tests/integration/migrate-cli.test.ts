// Runs the migrations CLI (scripts/migrate.ts through the npm scripts) as child processes against a
// throwaway database on the test server, and checks its effects in PostgreSQL itself.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { appendFile, cp, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const repoRoot = path.resolve(import.meta.dirname, "../..");
const migrationDirPattern = /^\d{14}_[a-z0-9_]+$/;

interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runNpmScript(script: string, args: string[], databaseUrl: string): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: databaseUrl };
    delete env.MIGRATE_SCHEMA_PATH;
    delete env.MIGRATE_MIGRATIONS_DIR;
    const child = spawn("npm", ["run", "--silent", script, "--", ...args], {
      cwd: repoRoot,
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    child.once("error", reject);
    child.once("close", (code) => resolve({ code, stdout, stderr }));
  });
}

async function listMigrationDirs(migrationsDir: string): Promise<string[]> {
  const entries = await readdir(migrationsDir, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function withClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

// Each step spawns the CLI (tsx + WASM engine + shadow databases): generous on a busy 2-core machine.
describe("migrations CLI (npm run db:status / db:deploy / db:migrate)", { timeout: 180_000 }, () => {
  const serverUrl = process.env.DATABASE_URL;
  const databaseName = `migrate_test_${randomBytes(6).toString("hex")}`;
  let databaseUrl: string;
  let repoMigrations: string[];
  let tempDir: string;
  let tempSchema: string;
  let tempMigrations: string;

  beforeAll(async () => {
    if (!serverUrl) throw new Error("DATABASE_URL must be set by tests/support/global-setup.ts");
    await withClient(serverUrl, (client) => client.query(`CREATE DATABASE "${databaseName}"`));
    databaseUrl = withDatabase(serverUrl, databaseName);
    repoMigrations = await listMigrationDirs(path.join(repoRoot, "prisma/migrations"));
    tempDir = await mkdtemp(path.join(os.tmpdir(), "migrate-cli-test-"));
    tempSchema = path.join(tempDir, "schema.prisma");
    tempMigrations = path.join(tempDir, "migrations");
    await cp(path.join(repoRoot, "prisma/schema.prisma"), tempSchema);
    await cp(path.join(repoRoot, "prisma/migrations"), tempMigrations, { recursive: true });
  });

  afterAll(async () => {
    if (serverUrl) await withClient(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`));
    if (tempDir) await rm(tempDir, { recursive: true, force: true });
  });

  it("the repository has an init migration and a PostgreSQL lockfile", async () => {
    expect(repoMigrations.length).toBeGreaterThanOrEqual(1);
    expect(repoMigrations[0]).toMatch(/^\d{14}_init$/);
    for (const name of repoMigrations) expect(name).toMatch(migrationDirPattern);
    const lockfile = await readFile(path.join(repoRoot, "prisma/migrations/migration_lock.toml"), "utf8");
    expect(lockfile).toContain('provider = "postgresql"');
  });

  it("db:status on an empty database exits non-zero and lists every migration as pending", async () => {
    const result = await runNpmScript("db:status", [], databaseUrl);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`Pending migrations (${repoMigrations.length}): ${repoMigrations.join(", ")}.`);
  });

  it("db:deploy applies every migration and records it in _prisma_migrations", async () => {
    const result = await runNpmScript("db:deploy", [], databaseUrl);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Applied ${repoMigrations.length} migration(s):`);
    const recorded = await withClient(databaseUrl, (client) =>
      client.query<{ migration_name: string; finished: boolean }>(
        `SELECT migration_name, finished_at IS NOT NULL AS finished FROM _prisma_migrations ORDER BY migration_name`,
      ),
    );
    expect(recorded.rows).toEqual(repoMigrations.map((name) => ({ migration_name: name, finished: true })));
    const vendorTable = await withClient(databaseUrl, (client) => client.query(`SELECT to_regclass('"Vendor"')::text AS name`));
    expect(vendorTable.rows[0].name).toBe('"Vendor"');
  });

  it("db:deploy again applies nothing and db:status exits 0", async () => {
    const deploy = await runNpmScript("db:deploy", [], databaseUrl);
    expect(deploy.code).toBe(0);
    expect(deploy.stdout).toContain("No pending migrations to apply.");
    const status = await runNpmScript("db:status", [], databaseUrl);
    expect(status.code).toBe(0);
    expect(status.stdout).toContain(`Database is up to date: ${repoMigrations.length} migration(s) applied, no drift.`);
  });

  it("db:status reports a database changed outside migrations as drift", async () => {
    await withClient(databaseUrl, (client) => client.query(`ALTER TABLE "Vendor" ADD COLUMN "outOfBand" INTEGER`));
    const drifted = await runNpmScript("db:status", [], databaseUrl);
    expect(drifted.code).toBe(1);
    expect(drifted.stderr).toContain("The database does not match its applied migrations");
    expect(drifted.stderr).toContain("Added column `outOfBand`");
    await withClient(databaseUrl, (client) => client.query(`ALTER TABLE "Vendor" DROP COLUMN "outOfBand"`));
    expect((await runNpmScript("db:status", [], databaseUrl)).code).toBe(0);
  });

  it("a model added to the schema is drift until db:migrate creates and applies its migration", async () => {
    const overrides = ["--schema", tempSchema, "--migrations", tempMigrations];
    await appendFile(tempSchema, `\nmodel MigrateCliThing {\n  id    Int    @id @default(autoincrement())\n  label String @default("a;b")\n}\n`);

    const drifted = await runNpmScript("db:status", overrides, databaseUrl);
    expect(drifted.code).toBe(1);
    expect(drifted.stderr).toContain(`The migrations folder does not match ${tempSchema}`);
    expect(drifted.stderr).toContain('CREATE TABLE "MigrateCliThing"');

    const created = await runNpmScript("db:migrate", [...overrides, "add_thing"], databaseUrl);
    expect(created.stderr).toBe("");
    expect(created.code).toBe(0);
    const dirs = await listMigrationDirs(tempMigrations);
    expect(dirs.slice(0, -1)).toEqual(repoMigrations);
    const newDir = dirs.at(-1) ?? "";
    expect(newDir).toMatch(/^\d{14}_add_thing$/);
    expect(created.stdout).toContain(`Applied ${newDir}`);
    expect(created.stdout).toContain(`Created ${path.join(tempMigrations, newDir, "migration.sql")}`);
    const sql = await readFile(path.join(tempMigrations, newDir, "migration.sql"), "utf8");
    expect(sql).toContain('CREATE TABLE "MigrateCliThing"');
    expect(sql).toContain(`DEFAULT 'a;b'`);

    // The semicolon in the default survives: the migration ran as one script, not split on ";".
    const inserted = await withClient(databaseUrl, (client) => client.query<{ label: string }>(`INSERT INTO "MigrateCliThing" DEFAULT VALUES RETURNING label`));
    expect(inserted.rows).toEqual([{ label: "a;b" }]);

    const clean = await runNpmScript("db:status", overrides, databaseUrl);
    expect(clean.code).toBe(0);
    expect(clean.stdout).toContain(`Database is up to date: ${repoMigrations.length + 1} migration(s) applied, no drift.`);

    const unchanged = await runNpmScript("db:migrate", [...overrides, "nothing_new"], databaseUrl);
    expect(unchanged.code).toBe(0);
    expect(unchanged.stdout).toContain("The schema has no changes: no migration created.");
    expect(await listMigrationDirs(tempMigrations)).toEqual(dirs);
  });

  it("a failing migration is reported with PostgreSQL's error and leaves no partial changes", async () => {
    const overrides = ["--schema", tempSchema, "--migrations", tempMigrations];
    const badDir = path.join(tempMigrations, "29991231000000_broken");
    await cp(path.join(tempMigrations, (await listMigrationDirs(tempMigrations))[0]), badDir, { recursive: true });
    await writeFile(path.join(badDir, "migration.sql"), `CREATE TABLE "HalfDone" ("id" INTEGER);\nSELECT 1 / 0;\n`);

    const deploy = await runNpmScript("db:deploy", overrides, databaseUrl);
    expect(deploy.code).toBe(1);
    expect(deploy.stderr).toContain("migrate deploy failed");
    expect(deploy.stderr).toContain("division by zero");
    const halfDone = await withClient(databaseUrl, (client) => client.query(`SELECT to_regclass('"HalfDone"') AS name`));
    expect(halfDone.rows[0].name).toBeNull();

    const status = await runNpmScript("db:status", overrides, databaseUrl);
    expect(status.code).toBe(1);
    expect(status.stderr).toContain("Failed migrations in the database: 29991231000000_broken.");
  });

  it("rejects an unknown option with the usage text and exit code 2", async () => {
    const result = await runNpmScript("db:deploy", ["--bogus"], databaseUrl);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Usage: tsx scripts/migrate.ts");
  });
});
