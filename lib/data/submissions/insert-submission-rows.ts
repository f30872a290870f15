import "server-only";

import { randomBytes } from "node:crypto";

import { Prisma } from "@/lib/db";
import { ConflictError } from "@/lib/errors";

// Bulk insert in one statement: every column travels as one array parameter and UNNEST turns the
// arrays back into rows. Prisma's createMany binds ~40 parameters per row (1,000 rows ≈ 1 s here);
// this binds ~40 per batch (1,000 rows ≈ tens of ms), which is what lets the API ingest 10,000
// results in seconds. Column names are fixed below, values are parameters: nothing is interpolated.

type Row = Prisma.BenchmarkSubmissionCreateManyInput;
type Column = { name: keyof Row & string; type: string; cast?: string };

const COLUMNS: Column[] = [
  { name: "id", type: "text" },
  { name: "modelId", type: "text" },
  { name: "acceleratorId", type: "text" },
  { name: "submitterId", type: "text" },
  { name: "acceleratorCount", type: "int4" },
  { name: "prefillAcceleratorCount", type: "int4" },
  { name: "decodeAcceleratorCount", type: "int4" },
  { name: "precision", type: "text", cast: '"Precision"' },
  { name: "engine", type: "text" },
  { name: "engineVersion", type: "text" },
  { name: "systemName", type: "text" },
  { name: "speculativeDecoding", type: "text" },
  { name: "kvCacheOffload", type: "bool" },
  { name: "disaggregated", type: "bool" },
  { name: "expertParallelism", type: "int4" },
  { name: "scenario", type: "text" },
  { name: "inputTokens", type: "int4" },
  { name: "outputTokens", type: "int4" },
  { name: "concurrency", type: "int4" },
  { name: "outputTokensPerSecond", type: "float8" },
  { name: "inputTokensPerSecond", type: "float8" },
  { name: "interactivityTokensPerSecondPerUser", type: "float8" },
  { name: "ttftMsP50", type: "float8" },
  { name: "ttftMsP99", type: "float8" },
  { name: "tpotMsP50", type: "float8" },
  { name: "tpotMsP99", type: "float8" },
  { name: "ttftLimitMsP99", type: "float8" },
  { name: "tpotLimitMsP99", type: "float8" },
  { name: "averagePowerWatts", type: "float8" },
  { name: "tokenBasis", type: "text" },
  { name: "sourceUrl", type: "text" },
  { name: "notes", type: "text" },
  { name: "importer", type: "text" },
  { name: "sourceFileHash", type: "text" },
  { name: "externalId", type: "text" },
  { name: "status", type: "text", cast: '"SubmissionStatus"' },
  { name: "findings", type: "text", cast: "jsonb" },
];

let counter = 0;

// Collision-resistant ids in the shape of the cuids Prisma generates elsewhere (c + time + counter
// + 64 random bits), so every submission id looks alike and sorts roughly by creation time.
export function newSubmissionId(): string {
  counter = (counter + 1) % 1_679_616;
  const random = randomBytes(8).readBigUInt64BE().toString(36).padStart(13, "0");
  return `c${Date.now().toString(36)}${counter.toString(36).padStart(4, "0")}${random}`.slice(0, 30);
}

function valueOf(row: Row, column: Column): unknown {
  const value = row[column.name];
  if (column.name === "findings") return JSON.stringify(value ?? []);
  return value === undefined ? null : value;
}

function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; meta?: { code?: string; driverAdapterError?: { cause?: { kind?: string } } }; message?: string };
  return (
    e?.code === "P2002" ||
    e?.meta?.code === "23505" ||
    e?.meta?.driverAdapterError?.cause?.kind === "UniqueConstraintViolation" ||
    /unique constraint|23505/i.test(e?.message ?? "")
  );
}

export async function insertSubmissionRows(client: Pick<Prisma.TransactionClient, "$queryRaw">, rows: readonly Row[]): Promise<string[]> {
  if (rows.length === 0) return [];
  const ids = rows.map(() => newSubmissionId());
  const withIds = rows.map((row, index) => ({ ...row, id: ids[index] }));
  const names = Prisma.raw(COLUMNS.map((c) => `"${c.name}"`).join(", "));
  const selects = Prisma.raw(COLUMNS.map((c) => (c.cast ? `u."${c.name}"::${c.cast}` : `u."${c.name}"`)).join(", "));
  const arrays = Prisma.join(
    COLUMNS.map((c) => Prisma.sql`${withIds.map((row) => valueOf(row, c))}::${Prisma.raw(`${c.type}[]`)}`),
    ", ",
  );
  try {
    await client.$queryRaw`
      INSERT INTO "BenchmarkSubmission" (${names}, "submittedAt", "updatedAt")
      SELECT ${selects}, now(), now()
      FROM UNNEST(${arrays}) AS u(${names})
      RETURNING "id"`;
  } catch (error) {
    if (isUniqueViolation(error))
      throw new ConflictError("A result with the same external id was stored at the same moment by another request; nothing was written");
    throw error;
  }
  return ids;
}
