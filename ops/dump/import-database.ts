// Loads a dump (format.ts) into an empty, migrated database: one transaction, tables in foreign-key order,
// rows in createMany batches. Anything wrong (non-empty target, other schema, truncated file) aborts with
// nothing written.
import { createInterface } from "node:readline";
import type { Readable } from "node:stream";

import type { PrismaClient } from "@/lib/generated/prisma/client";

import { listAppliedMigrations } from "./applied-migrations";
import { DUMP_FORMAT, DUMP_FORMAT_VERSION, DUMP_TABLES, isDumpTable, type DumpHeader, type DumpTable } from "./format";

const BATCH_SIZE = 1000;
const TRANSACTION_TIMEOUT_MS = 30 * 60_000;

export class DumpImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DumpImportError";
  }
}

type CountDelegate = { count(): Promise<number> };
type CreateDelegate = { createMany(args: { data: Record<string, unknown>[] }): Promise<{ count: number }> };

function delegate<T>(client: unknown, table: DumpTable): T {
  return (client as Record<DumpTable, T>)[table];
}

// Prisma refuses a plain null for a nullable Json column (it must say DbNull or JsonNull); a left-out
// column is stored as SQL NULL, which is what the export read.
const NULLABLE_JSON_COLUMNS: Partial<Record<DumpTable, string[]>> = { scenarioRevision: ["plan"] };

function withoutJsonNulls(table: DumpTable, row: Record<string, unknown>): Record<string, unknown> {
  const columns = NULLABLE_JSON_COLUMNS[table];
  if (!columns?.some((c) => row[c] === null)) return row;
  return Object.fromEntries(Object.entries(row).filter(([key, value]) => !(value === null && columns.includes(key))));
}

export async function assertEmptyTarget(prisma: PrismaClient): Promise<void> {
  const counts = await Promise.all(DUMP_TABLES.map(async (table) => [table, await delegate<CountDelegate>(prisma, table).count()] as const));
  const nonEmpty = counts.filter(([, count]) => count > 0);
  if (nonEmpty.length > 0) {
    throw new DumpImportError(
      `The target database is not empty (${nonEmpty.map(([table, count]) => `${table}: ${count}`).join(", ")}). ` +
        "Import only into a freshly migrated database (npm run db:deploy on a new database, without db:seed).",
    );
  }
}

function checkHeader(header: DumpHeader, targetMigrations: string[]): void {
  if (header?.format !== DUMP_FORMAT) throw new DumpImportError('Not a TokenCost dump (first line has no "format": "tokencost-dump").');
  if (header.formatVersion !== DUMP_FORMAT_VERSION) {
    throw new DumpImportError(`Dump format version ${header.formatVersion} is not supported (this version reads ${DUMP_FORMAT_VERSION}).`);
  }
  const missing = header.migrations.filter((name) => !targetMigrations.includes(name));
  if (missing.length > 0) {
    throw new DumpImportError(
      `The target database lacks migrations the dump was taken with: ${missing.join(", ")}. Run npm run db:deploy against it (with this version of TokenCost) first.`,
    );
  }
  const newer = targetMigrations.filter((name) => !header.migrations.includes(name));
  if (newer.length > 0) console.error(`Note: the target has newer migrations than the dump (${newer.join(", ")}); their columns get their defaults.`);
}

export async function importDatabase(prisma: PrismaClient, input: Readable): Promise<Record<DumpTable, number>> {
  const lines = createInterface({ input, crlfDelay: Infinity })[Symbol.asyncIterator]();
  const first = await lines.next();
  if (first.done) throw new DumpImportError("The dump file is empty.");
  let header: DumpHeader;
  try {
    header = JSON.parse(first.value) as DumpHeader;
  } catch {
    throw new DumpImportError("Not a TokenCost dump (first line is not JSON).");
  }
  checkHeader(header, await listAppliedMigrations(prisma));
  await assertEmptyTarget(prisma);

  const counts = Object.fromEntries(DUMP_TABLES.map((table) => [table, 0])) as Record<DumpTable, number>;
  await prisma.$transaction(
    async (tx) => {
      let batch: Record<string, unknown>[] = [];
      let batchTable: DumpTable | undefined;
      let order = -1;
      let trailer: { counts: Record<string, number> } | undefined;
      const flush = async () => {
        if (!batchTable || batch.length === 0) return;
        const result = await delegate<CreateDelegate>(tx, batchTable).createMany({ data: batch });
        counts[batchTable] += result.count;
        batch = [];
      };
      let lineNumber = 1;
      for (;;) {
        const next = await lines.next();
        if (next.done) break;
        lineNumber++;
        if (!next.value.trim()) continue;
        if (trailer) throw new DumpImportError(`Line ${lineNumber}: data after the end marker.`);
        let parsed: { t?: unknown; r?: Record<string, unknown>; end?: boolean; counts?: Record<string, number> };
        try {
          parsed = JSON.parse(next.value);
        } catch {
          throw new DumpImportError(`Line ${lineNumber} is not valid JSON (a damaged or truncated dump).`);
        }
        if (parsed.end) {
          await flush();
          trailer = { counts: parsed.counts ?? {} };
          continue;
        }
        if (!isDumpTable(parsed.t) || !parsed.r) throw new DumpImportError(`Line ${lineNumber}: unknown table ${JSON.stringify(parsed.t)}.`);
        if (parsed.t !== batchTable) {
          await flush();
          const position = DUMP_TABLES.indexOf(parsed.t);
          if (position < order) throw new DumpImportError(`Line ${lineNumber}: table ${parsed.t} out of order.`);
          order = position;
          batchTable = parsed.t;
        }
        batch.push(withoutJsonNulls(parsed.t, parsed.r));
        if (batch.length >= BATCH_SIZE) await flush();
      }
      if (!trailer) throw new DumpImportError("The dump has no end marker: it is truncated. Nothing was imported.");
      for (const table of DUMP_TABLES) {
        if ((trailer.counts[table] ?? 0) !== counts[table]) {
          throw new DumpImportError(
            `Row count mismatch for ${table}: the dump says ${trailer.counts[table] ?? 0}, ${counts[table]} were read. Nothing was imported.`,
          );
        }
      }
    },
    { timeout: TRANSACTION_TIMEOUT_MS, maxWait: 60_000 },
  );
  return counts;
}
