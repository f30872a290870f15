// Writes a dump (format.ts) of the database behind `prisma` to `output`, reading each table in pages.
import { once } from "node:events";
import type { Writable } from "node:stream";

import type { PrismaClient } from "@/lib/generated/prisma/client";

import { listAppliedMigrations } from "./applied-migrations";
import {
  DUMP_FORMAT,
  DUMP_FORMAT_VERSION,
  DUMP_TABLES,
  EXCLUDED_FROM_DUMP,
  STRIPPED_COLUMNS,
  type DumpHeader,
  type DumpTable,
  type DumpTrailer,
} from "./format";

const PAGE_SIZE = 5000;

type Delegate = { findMany(args: { take: number; skip?: number; cursor?: { id: string }; orderBy: { id: "asc" } }): Promise<Record<string, unknown>[]> };

export function tableDelegate(prisma: PrismaClient, table: DumpTable): Delegate {
  return (prisma as unknown as Record<DumpTable, Delegate>)[table];
}

async function writeLine(output: Writable, value: unknown): Promise<void> {
  if (!output.write(`${JSON.stringify(value)}\n`)) await once(output, "drain");
}

export async function exportDatabase(prisma: PrismaClient, output: Writable): Promise<Record<DumpTable, number>> {
  const header: DumpHeader = {
    format: DUMP_FORMAT,
    formatVersion: DUMP_FORMAT_VERSION,
    exportedAt: new Date().toISOString(),
    migrations: await listAppliedMigrations(prisma),
    tables: DUMP_TABLES,
    excluded: EXCLUDED_FROM_DUMP,
  };
  const counts = Object.fromEntries(DUMP_TABLES.map((table) => [table, 0])) as Record<DumpTable, number>;
  // One repeatable-read snapshot would need a long transaction; instead rows are read in id order and a
  // dump is meant to be taken from a quiet database (stop the app, or accept rows written meanwhile).
  await writeLine(output, header);
  for (const table of DUMP_TABLES) {
    const stripped = STRIPPED_COLUMNS[table] ?? [];
    let cursor: string | undefined;
    for (;;) {
      const rows = await tableDelegate(prisma, table).findMany({
        take: PAGE_SIZE,
        orderBy: { id: "asc" },
        ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
      });
      for (const row of rows) {
        for (const column of stripped) if (column in row) row[column] = null;
        await writeLine(output, { t: table, r: row });
      }
      counts[table] += rows.length;
      if (rows.length < PAGE_SIZE) break;
      cursor = rows[rows.length - 1].id as string;
    }
  }
  const trailer: DumpTrailer = { end: true, counts };
  await writeLine(output, trailer);
  return counts;
}
