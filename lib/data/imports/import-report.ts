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
  warnings: string[];
};

export function sortSkipped(skipped: SkippedRow[]): { row: number; reason: string }[] {
  return [...skipped].sort((a, b) => a.row - b.row).map(({ row, reason }) => ({ row, reason }));
}
