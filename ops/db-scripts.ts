// Runs the database CLIs (scripts/migrate.ts, scripts/seed.ts) as child processes, the one way the
// launcher and the integration-test setup prepare a database. Child processes, not imports: the
// WASM schema engine leaves timers running, so each CLI exits explicitly when done.
import { spawn, type ChildProcess, type StdioOptions } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import pg from "pg";

import { resolveRepoRoot } from "./embedded-postgres/index";

export const migrateScriptPath = path.join(resolveRepoRoot(), "scripts", "migrate.ts");
export const seedScriptPath = path.join(resolveRepoRoot(), "scripts", "seed.ts");

export interface RunScriptOptions {
  databaseUrl: string;
  /** "inherit" shows the CLI's progress; "pipe" keeps it and adds it to the error on failure. */
  stdio?: "inherit" | "pipe";
  env?: NodeJS.ProcessEnv;
  /** Receives the child while it runs, so a launcher can forward signals to it. */
  onSpawn?: (child: ChildProcess) => void;
}

export class ScriptFailedError extends Error {
  constructor(
    readonly script: string,
    readonly exitCode: number | null,
    readonly signal: NodeJS.Signals | null,
    readonly output: string,
  ) {
    super(`${script} failed (${signal ? `signal ${signal}` : `exit ${exitCode}`})${output ? `:\n${output}` : ""}`);
    this.name = "ScriptFailedError";
  }
}

export function resolveTsxCli(): string {
  return createRequire(import.meta.url).resolve("tsx/cli");
}

/** Runs `tsx [tsxArgs] <script> [args]` with DATABASE_URL set; rejects with ScriptFailedError on a non-zero exit. */
export function runTsxScript(scriptPath: string, args: string[], tsxArgs: string[], options: RunScriptOptions): Promise<void> {
  const stdio: StdioOptions = options.stdio === "pipe" ? ["ignore", "pipe", "pipe"] : ["ignore", "inherit", "inherit"];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [resolveTsxCli(), ...tsxArgs, scriptPath, ...args], {
      cwd: resolveRepoRoot(),
      env: { ...process.env, ...options.env, DATABASE_URL: options.databaseUrl },
      stdio,
    });
    options.onSpawn?.(child);
    let output = "";
    child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    child.once("error", reject);
    child.once("close", (code, signal) => {
      const label = `${path.relative(resolveRepoRoot(), scriptPath)} ${args.join(" ")}`.trim();
      if (code === 0) resolve();
      else reject(new ScriptFailedError(label, code, signal, output.trim()));
    });
  });
}

/** `tsx scripts/migrate.ts deploy`: applies pending migrations. */
export function runMigrateDeploy(options: RunScriptOptions): Promise<void> {
  return runTsxScript(migrateScriptPath, ["deploy"], [], options);
}

/** `tsx --conditions=react-server scripts/seed.ts`: loads the catalog (idempotent). */
export function runSeed(options: RunScriptOptions): Promise<void> {
  return runTsxScript(seedScriptPath, [], ["--conditions=react-server"], options);
}

export function hasMigrateScript(): boolean {
  return existsSync(migrateScriptPath);
}

export function hasSeedScript(): boolean {
  return existsSync(seedScriptPath);
}

/** Rows in "Vendor", or undefined when the table does not exist yet (no migrations applied). */
export async function countVendors(databaseUrl: string): Promise<number | undefined> {
  const client = new pg.Client({ connectionString: databaseUrl });
  client.on("error", () => undefined);
  await client.connect();
  try {
    const table = await client.query<{ exists: boolean }>(`select to_regclass('"Vendor"') is not null as exists`);
    if (!table.rows[0]?.exists) return undefined;
    const result = await client.query<{ count: string }>(`select count(*) from "Vendor"`);
    return Number(result.rows[0]?.count ?? 0);
  } finally {
    await client.end().catch(() => undefined);
  }
}
