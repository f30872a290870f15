import Papa from "papaparse";

import { toCsv } from "@/lib/format/csv";
import { buildDraft } from "@/lib/importers/draft";
import type { FormValues, ImportResult } from "@/lib/importers/types";
import { FLAT_SUBMISSION_KEYS, unflattenSubmission, type SubmissionInput } from "@/lib/validation/submission";

// TokenCost's own CSV: one submission per row, the header naming submission fields exactly as the
// API does (camelCase). Features are flattened with their path, "features.speculativeDecoding",
// so a column name and the path in an error message are the same string. The bare feature names
// ("speculativeDecoding") and any letter case are accepted too, since spreadsheets get retyped.
// Empty cells mean "not given"; booleans accept true/false, yes/no, 1/0.

export const TEMPLATE_CSV_COLUMNS: readonly string[] = FLAT_SUBMISSION_KEYS;
export const TEMPLATE_CSV_HEADER = TEMPLATE_CSV_COLUMNS.join(",");

const columnByLowerName = new Map<string, string>();
for (const key of TEMPLATE_CSV_COLUMNS) {
  columnByLowerName.set(key.toLowerCase(), key);
  if (key.startsWith("features.")) columnByLowerName.set(key.slice("features.".length).toLowerCase(), key);
}

function cell(value: unknown): string {
  if (value === undefined || value === null) return "";
  return String(value);
}

// The downloadable template: the header line, then any example rows given (flattened the same way).
export function buildCsvTemplate(rows: readonly Partial<SubmissionInput>[] = []): string {
  const data = rows.map((row) =>
    TEMPLATE_CSV_COLUMNS.map((key) => {
      if (key.startsWith("features.")) return cell((row.features as Record<string, unknown> | undefined)?.[key.slice("features.".length)]);
      return cell((row as Record<string, unknown>)[key]);
    }),
  );
  // toCsv escapes formulae: a cell starting with = + - @ must not run as a formula in a spreadsheet.
  return toCsv(TEMPLATE_CSV_COLUMNS, data, { newline: "\n" }).replace(/\n*$/, "\n");
}

export type CsvParseOptions = FormValues;

type ParseError = { code: string; message: string; index?: number };
type ParsedRow = { cells: string[]; errors: ParseError[] };

const isQuoteError = (e: ParseError) => e.code === "MissingQuotes" || e.code === "InvalidQuotes";

// Long names (a swallowed line after a stray quote…) would flood the message: each is cut short.
function shortName(name: string): string {
  const flat = name.replace(/\s+/g, " ");
  return flat.length > 40 ? `${flat.slice(0, 39)}…` : flat;
}

// 1-based line of an offset in the uploaded text, counting \n, \r\n and lone \r line ends.
function lineAt(text: string, offset: number): number {
  return (text.slice(0, offset).match(/\r\n|\r|\n/g)?.length ?? 0) + 1;
}

// Papaparse reports the offset just after the quote that opened the faulty cell. A cell that is
// never closed swallows every later line, so its column names or cells are not the real problem:
// the quote is, and the message says where it is and what to do.
function quoteProblem(where: string, error: ParseError, text: string, prefixLength: number): string {
  const quoteAt = Math.max(0, (error.index ?? 1) - 1);
  const line = lineAt(text, prefixLength + quoteAt);
  const rest = text.slice(prefixLength + quoteAt + 1).split(/\r\n|\r|\n/)[0];
  const cell = rest === "" ? "the cell after it" : `the cell starting “${rest.length > 30 ? `${rest.slice(0, 29)}…` : rest}”`;
  if (error.code === "MissingQuotes") {
    return `${where} (line ${line}) has a quote (") that is never closed: ${cell} runs to the end of the file. Close the quote or remove it, then upload the file again.`;
  }
  return `${where} (line ${line}) has text after a closing quote (") in ${cell}, so the lines after it may be read as part of that cell. Put the whole cell in quotes and write each quote inside it twice (""), then upload the file again.`;
}

export function parseSubmissionCsv(text: string, options: CsvParseOptions = {}): ImportResult {
  const body = text.replace(/^\uFEFF/, "").replace(/^sep=.\r?\n/i, "");
  if (body.trim() === "") return { drafts: [], skipped: [], error: "The file is empty" };
  const prefixLength = text.length - body.length;

  // Step mode ties each parse error (an unterminated quote…) to the row it happened in.
  const parsedRows: ParsedRow[] = [];
  Papa.parse<string[]>(body, {
    skipEmptyLines: "greedy",
    step: (step) => parsedRows.push({ cells: step.data, errors: step.errors }),
  });
  const [headerRow, ...rows] = parsedRows;
  const headerCells = headerRow?.cells;
  if (!headerCells || headerCells.length === 0) return { drafts: [], skipped: [], error: "The CSV has no header row" };

  // A quote problem makes every later line suspect (papaparse reads on until some quote closes the
  // cell, swallowing rows and, in the header, turning them into one column name): the whole file is
  // refused with where the quote is, not with the damage it causes.
  const quoteRow = parsedRows.findIndex((r) => r.errors.some(isQuoteError));
  if (quoteRow >= 0) {
    const { errors } = parsedRows[quoteRow];
    const error = errors.find((e) => e.code === "MissingQuotes") ?? errors.find(isQuoteError)!;
    return { drafts: [], skipped: [], error: quoteProblem(quoteRow === 0 ? "The CSV header" : `Row ${quoteRow}`, error, text, prefixLength) };
  }

  const columns: string[] = [];
  const unknown: string[] = [];
  const duplicates: string[] = [];
  for (const raw of headerCells) {
    const name = raw.trim();
    const key = columnByLowerName.get(name.toLowerCase());
    if (!key) unknown.push(name === "" ? "(empty column name)" : shortName(name));
    else if (columns.includes(key)) duplicates.push(key);
    columns.push(key ?? name);
  }
  const headerProblems = [
    unknown.length > 0 ? `unknown column${unknown.length > 1 ? "s" : ""} ${unknown.map((u) => `"${u}"`).join(", ")}` : "",
    duplicates.length > 0 ? `duplicate column${duplicates.length > 1 ? "s" : ""} ${duplicates.map((d) => `"${d}"`).join(", ")}` : "",
  ].filter(Boolean);
  if (headerProblems.length > 0) {
    return {
      drafts: [],
      skipped: [],
      // ", " between the names lets the list wrap on a narrow screen.
      error: `The CSV header has ${headerProblems.join(" and ")}. Use the template's columns: ${TEMPLATE_CSV_COLUMNS.join(", ")}`,
    };
  }
  if (rows.length === 0) return { drafts: [], skipped: [], error: "The CSV has a header but no data rows" };

  const result: ImportResult = { drafts: [], skipped: [] };
  rows.forEach(({ cells, errors }, index) => {
    const row = index + 1;
    if (errors.length > 0) {
      result.skipped.push({ row, reason: `Row ${row}: ${errors[0].message}` });
      return;
    }
    const extra = cells.slice(columns.length).filter((c) => c.trim() !== "");
    if (extra.length > 0 || cells.length < columns.length) {
      result.skipped.push({ row, reason: `Row ${row} has ${cells.length} cells but the header has ${columns.length} columns` });
      return;
    }
    const record: Record<string, string> = {};
    columns.forEach((key, i) => (record[key] = cells[i] ?? ""));
    const outcome = buildDraft(row, unflattenSubmission(record), {
      label: `Row ${row}`,
      meta: {},
      defaults: options.defaults,
      overrides: options.overrides,
      // TokenCost's own columns: each non-empty cell is stored as it is.
      keys: columns.map((key, i) => (cells[i]?.trim() ? { key, fate: "mapped" as const, field: key } : { key, fate: "ignored" as const, note: "empty cell" })),
      rowName: "Row",
    });
    if ("draft" in outcome) result.drafts.push(outcome.draft);
    else result.skipped.push(outcome.skipped);
  });
  return result;
}
