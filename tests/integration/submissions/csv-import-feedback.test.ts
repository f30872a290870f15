// What the CSV import tells a user about a broken file: an unclosed quote is named as such (with its
// line) by the data function and the API alike, and a value missing from a few rows names those rows
// instead of suggesting the whole file lacks it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { POST as postImport } from "@/app/api/v1/imports/route";
import { importResultsFile } from "@/lib/data/imports/import-results-file";
import { createPrismaClient, type PrismaClient } from "@/lib/db/client";
import { ValidationError } from "@/lib/errors";
import { TEMPLATE_CSV_COLUMNS } from "@/lib/importers/csv";
import type { ImportOptions } from "@/lib/validation/import";
import { callRoute } from "@/tests/support/call-route";
import { createIdentities, type Identities } from "@/tests/support/identities";

import { badRowsCsv, CSV_ROW_VALUES, csvLine, multipartPost } from "./submission-fixtures";

let prisma: PrismaClient;
let ids: Identities;
let user: { id: string; role: "user" };

beforeAll(async () => {
  prisma = createPrismaClient();
  ids = await createIdentities(prisma);
  user = { id: ids.identities.user.userId!, role: "user" };
});
afterAll(async () => {
  await prisma.$disconnect();
});

const counts = async () => ({ submissions: await prisma.benchmarkSubmission.count(), files: await prisma.importedFile.count() });
const options = (dryRun: boolean): ImportOptions => ({ format: "auto", dryRun, defaults: {}, overrides: [] });
const bytes = (text: string) => new TextEncoder().encode(text);

// The file the user uploaded: a quote opened in the header's third column and never closed.
const MALFORMED_HEADER = 'model,accelerator,"acceleratorCount\nllama-3.1-8b,"h100-sxm,1,,,FP8\n"unterminated';
// The same mistake in a data row.
const MALFORMED_ROW = 'model,accelerator,acceleratorCount,precision,engine,outputTokensPerSecond\nllama-3.1-8b,"h100-sxm,8,FP8,vLLM,12000\n';

async function fileError(text: string, fileName: string): Promise<ValidationError> {
  const error = await importResultsFile({ user, bytes: bytes(text), fileName, options: options(false) }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ValidationError);
  return error as ValidationError;
}

describe("CSV import: an unclosed quote", () => {
  it("is named with its line by the data function, not reported as unknown columns, and nothing is written", async () => {
    const before = await counts();
    const header = await fileError(MALFORMED_HEADER, "malformed.csv");
    expect(header.status).toBe(422);
    expect(header.errors).toEqual([
      {
        path: "file",
        message:
          'The CSV header (line 1) has a quote (") that is never closed: the cell starting “acceleratorCount” runs to the end of the file. Close the quote or remove it, then upload the file again.',
      },
    ]);
    const row = await fileError(MALFORMED_ROW, "row.csv");
    expect(row.errors).toEqual([
      {
        path: "file",
        message:
          'Row 1 (line 2) has a quote (") that is never closed: the cell starting “h100-sxm,8,FP8,vLLM,12000” runs to the end of the file. Close the quote or remove it, then upload the file again.',
      },
    ]);
    expect(await counts()).toEqual(before);
  });

  it("gets the same field-level error from POST /api/v1/imports, dry run or not", async () => {
    const before = await counts();
    for (const dryRun of ["true", "false"]) {
      const res = await callRoute(
        postImport,
        "/api/v1/imports",
        multipartPost({ dryRun }, { bytes: MALFORMED_HEADER, name: "malformed.csv" }, ids.authHeaders("user")),
      );
      expect(res.status).toBe(422);
      expect(res.body.errors).toHaveLength(1);
      expect(res.body.errors[0].path).toBe("file");
      expect(res.body.errors[0].message).toMatch(/^The CSV header \(line 1\) has a quote \("\) that is never closed/);
      expect(res.body.errors[0].message).not.toContain("unknown column");
    }
    expect(await counts()).toEqual(before);
  });
});

describe("CSV import: required values missing from some rows", () => {
  const line = (overrides: Record<string, string>) => csvLine(TEMPLATE_CSV_COLUMNS, { ...CSV_ROW_VALUES, ...overrides });
  it("names the rows that lack them; only a field no row gives is the whole file's", async () => {
    const csv = badRowsCsv(TEMPLATE_CSV_COLUMNS);
    const before = await counts();
    const { report, nothingToCreate } = await importResultsFile({ user, bytes: bytes(csv), fileName: "bad.csv", options: options(true) });
    expect(nothingToCreate).toBe(true);
    expect(report.parsed).toBe(5);
    expect(report.missingFields).toEqual(["model", "engine"]);
    expect(report.missingRows).toEqual([{ fields: ["model", "engine"], rows: [4], rowCount: 1, wholeFile: false }]);
    // Every row read is accounted for: in the table or, refused by the parser, only in skipped.
    expect(report.rows.map((r) => [r.row, r.status])).toEqual([
      [4, "needs-mapping"],
      [5, "invalid"],
    ]);
    expect(report.skipped.map((s) => s.row)).toEqual([1, 2, 3, 4, 5]);
    expect(report.skipped[0].reason).toBe("Row 1: acceleratorCount: Accelerator count must be at least 1");

    // No row gives the engine: that is the whole file's gap; the model is missing from rows 2 and 3 only.
    const noEngine = [TEMPLATE_CSV_COLUMNS.join(","), line({ engine: "" }), line({ engine: "", model: "" }), line({ engine: "", model: "" })].join("\n");
    const partial = await importResultsFile({ user, bytes: bytes(noEngine), fileName: "no-engine.csv", options: options(true) });
    expect(partial.report.missingRows).toEqual([
      { fields: ["engine"], rows: [1, 2, 3], rowCount: 3, wholeFile: true },
      { fields: ["model"], rows: [2, 3], rowCount: 2, wholeFile: false },
    ]);
    // The mapping step's model fills the two rows; the engine is still the whole file's to give.
    const mapped = await importResultsFile({
      user,
      bytes: bytes(noEngine),
      fileName: "no-engine.csv",
      options: { ...options(true), defaults: { model: "llama-3.1-8b" } },
    });
    expect(mapped.report.missingRows).toEqual([{ fields: ["engine"], rows: [1, 2, 3], rowCount: 3, wholeFile: true }]);
    expect(await counts()).toEqual(before);
  });
});
