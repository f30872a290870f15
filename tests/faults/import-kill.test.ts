// Fault (a): the app is killed with SIGKILL while it imports a 1,000-row results file, then started again.
// The import is one transaction: afterwards either every row of the file and its ImportedFile record are
// present, or none are, and the file can be imported (once) after the restart.
import { createHash } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { TEMPLATE_CSV_COLUMNS } from "@/lib/importers/csv";
import { findFreePort } from "@/ops/embedded-postgres";

import { startAppServer, type AppServer } from "./support/app-server";
import { createUserWithToken, startFaultDatabase, type FaultDatabase } from "./support/fault-database";

const ROWS = 1000;

let database: FaultDatabase;
let port: number;
let token: string;

function buildCsv(run: string): string {
  const line = (values: Record<string, string>) => TEMPLATE_CSV_COLUMNS.map((column) => values[column] ?? "").join(",");
  const rows = Array.from({ length: ROWS }, (_, i) =>
    line({
      model: "llama-3.1-8b",
      accelerator: "h100-sxm",
      acceleratorCount: "1",
      precision: "FP8",
      engine: "SGLang",
      concurrency: String(1 + (i % 64)),
      outputTokensPerSecond: String(800 + i),
      notes: `fault-a ${run} row ${i}`,
    }),
  );
  return [TEMPLATE_CSV_COLUMNS.join(","), ...rows].join("\n") + "\n";
}

function upload(app: AppServer, csv: string, name: string): Promise<Response> {
  const form = new FormData();
  form.set("file", new Blob([csv]), name);
  form.set("dryRun", "false");
  return fetch(`${app.baseUrl}/api/v1/imports`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}` },
    body: form,
    signal: AbortSignal.timeout(120_000),
  });
}

async function stateOf(sha256: string): Promise<{ rows: number; files: { rowCount: number }[] }> {
  const [rows, files] = await Promise.all([
    database.prisma.benchmarkSubmission.count({ where: { sourceFileHash: sha256 } }),
    database.prisma.importedFile.findMany({ where: { sha256 }, select: { rowCount: true } }),
  ]);
  return { rows, files };
}

/** Resolves once the app holds an open transaction on the database (the import is writing). */
async function waitForOpenTransaction(limitMs: number): Promise<boolean> {
  const client = new pg.Client({ connectionString: database.server.url });
  await client.connect();
  try {
    const deadline = Date.now() + limitMs;
    while (Date.now() < deadline) {
      const { rows } = await client.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_stat_activity
          WHERE datname = current_database() AND pid <> pg_backend_pid() AND xact_start IS NOT NULL
            AND (query ILIKE '%INSERT INTO%BenchmarkSubmission%' OR state = 'idle in transaction')`,
      );
      if (rows[0].n > 0) return true;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    return false;
  } finally {
    await client.end();
  }
}

async function waitForNoAppBackends(limitMs: number): Promise<number> {
  const client = new pg.Client({ connectionString: database.server.url });
  await client.connect();
  try {
    const deadline = Date.now() + limitMs;
    let open = 0;
    while (Date.now() < deadline) {
      const { rows } = await client.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND xact_start IS NOT NULL`,
      );
      open = rows[0].n;
      if (open === 0) return 0;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return open;
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  database = await startFaultDatabase();
  token = (await createUserWithToken(database.prisma, "user", "fault-a-importer")).token;
  port = await findFreePort(3300, 3399);
}, 600_000);

afterAll(async () => {
  await database?.close();
});

describe("fault (a): kill -9 of the app during a 1,000-row import", () => {
  // Two kill points: as soon as the import transaction is open, and after a delay that may land later.
  for (const [label, strategy] of [
    ["while the transaction is open", "transaction"],
    ["after 400 ms", "delay"],
  ] as const) {
    it(`leaves all rows or none (${label}), and the file imports once after a restart`, async () => {
      const csv = buildCsv(strategy);
      const sha256 = createHash("sha256").update(csv).digest("hex");
      let app = await startAppServer({ databaseUrl: database.server.url, port });
      const request = upload(app, csv, `fault-a-${strategy}.csv`).then(
        (res) => res.status,
        () => 0,
      );
      if (strategy === "transaction") expect(await waitForOpenTransaction(30_000), "import transaction seen").toBe(true);
      else await new Promise((resolve) => setTimeout(resolve, 400));
      await app.kill9();
      const answered = await request;
      expect(app.isAlive()).toBe(false);

      // PostgreSQL notices the dead connection and rolls the open transaction back.
      expect(await waitForNoAppBackends(15_000)).toBe(0);
      const afterKill = await stateOf(sha256);
      console.log(
        `fault (a) ${strategy}: client saw ${answered || "no answer"}; after the kill ${afterKill.rows} rows, ${afterKill.files.length} file records`,
      );
      if (afterKill.files.length === 0) expect(afterKill.rows).toBe(0);
      else expect(afterKill).toEqual({ rows: ROWS, files: [{ rowCount: ROWS }] });
      if (answered === 201) expect(afterKill.rows).toBe(ROWS);

      app = await startAppServer({ databaseUrl: database.server.url, port });
      try {
        const retry = await upload(app, csv, `fault-a-${strategy}.csv`);
        const body = (await retry.json()) as { created?: number };
        if (afterKill.rows === 0) {
          expect(retry.status).toBe(201);
          expect(body.created).toBe(ROWS);
        } else {
          expect(retry.status).toBe(409);
        }
        expect(await stateOf(sha256)).toEqual({ rows: ROWS, files: [{ rowCount: ROWS }] });
        const again = await upload(app, csv, `fault-a-${strategy}.csv`);
        expect(again.status).toBe(409);
        expect(await stateOf(sha256)).toEqual({ rows: ROWS, files: [{ rowCount: ROWS }] });
      } finally {
        await app.stop();
      }
    }, 300_000);
  }
});
