import type { PlausibilityFinding } from "@/lib/cost/plausibility";
import type { CostPreview } from "@/lib/data/submissions/preview-cost";
import type { FieldError } from "@/lib/errors";
import type { ImportFormat } from "@/lib/importers/formats";
import type { KeyFate, SkippedRow } from "@/lib/importers/types";

// The per-row report of an import (dry run or real): what was read, what was (or would be)
// created, and why every other row was not.
export type ImportRowStatus = "ready" | "flagged" | "needs-mapping" | "invalid" | "already-imported";

export type ImportRowPreview = {
  row: number;
  label: string;
  status: ImportRowStatus;
  // Required fields neither the file nor the defaults supplied (status needs-mapping).
  missing: string[];
  errors: FieldError[];
  // The submission as it would be created (defaults applied); partial when fields are missing.
  submission: Record<string, unknown>;
  // Output tokens per second per paid accelerator: the figure every cost is computed from.
  outputTokensPerSecondPerAccelerator: number | null;
  findings: PlausibilityFinding[];
  costPreview: CostPreview | null;
  meta: Record<string, string | number | boolean | null>;
  // Every source key of the row: mapped, converted (with its unit) or ignored (with why).
  keys: KeyFate[];
  // File-vs-form disagreements (both values shown), stand-ins and conversions.
  warnings: string[];
};

export type ImportReport = {
  format: ImportFormat;
  fileName: string;
  fileSha256: string;
  fileBytes: number;
  dryRun: boolean;
  // Rows read from the file (results, lines or CSV rows), whatever became of them.
  parsed: number;
  created: number;
  // Rows a real import creates (dry run) or created.
  ready: number;
  flagged: number;
  ids: string[];
  skipped: { row: number; reason: string }[];
  rows: ImportRowPreview[];
  rowsTruncated: boolean;
  // Union of missing required fields: what the mapping step must ask for.
  missingFields: string[];
  // Which rows lack which fields, grouped by the set of fields they lack, so the mapping step can
  // say "row 4 does not say: model" rather than suggest the whole file is silent.
  missingRows: MissingRowsGroup[];
  warnings: string[];
};

export type MissingRowsGroup = {
  fields: string[];
  // The first MAX_LISTED_MISSING_ROWS row numbers; rowCount counts them all.
  rows: number[];
  rowCount: number;
  // Every row read from the file lacks these fields.
  wholeFile: boolean;
};

const MAX_LISTED_MISSING_ROWS = 20;

// Fields missing from exactly the same rows share a group: "The file does not say: engine" and
// "Row 4 does not say: model" rather than one sentence per row.
export function groupMissingRows(rows: readonly { row: number; missing: readonly string[] }[], rowsRead: number): MissingRowsGroup[] {
  const rowsByField = new Map<string, number[]>();
  for (const { row, missing } of rows) {
    for (const field of missing) {
      const list = rowsByField.get(field);
      if (list) list.push(row);
      else rowsByField.set(field, [row]);
    }
  }
  const groups = new Map<string, { fields: string[]; rows: number[] }>();
  for (const [field, fieldRows] of rowsByField) {
    const key = fieldRows.join(",");
    const group = groups.get(key) ?? { fields: [], rows: fieldRows };
    group.fields.push(field);
    groups.set(key, group);
  }
  return [...groups.values()]
    .map((g) => ({ fields: g.fields, rows: g.rows.slice(0, MAX_LISTED_MISSING_ROWS), rowCount: g.rows.length, wholeFile: g.rows.length === rowsRead }))
    .sort((a, b) => Number(b.wholeFile) - Number(a.wholeFile) || b.rowCount - a.rowCount);
}

export function sortSkipped(skipped: SkippedRow[]): { row: number; reason: string }[] {
  return [...skipped].sort((a, b) => a.row - b.row).map(({ row, reason }) => ({ row, reason }));
}
