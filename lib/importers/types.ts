import type { FieldError } from "@/lib/errors";
import type { RequiredSubmissionField, SubmissionInput } from "@/lib/validation/submission";

// What every importer returns: drafts that passed the field rules (maybe still missing required
// fields the mapping step must ask for) and the rows it could not use, each with its row number.

// What became of one key of the source row: stored in a submission field (mapped), stored after a
// unit conversion (converted, `unit` says which), or not stored (ignored, `note` says why).
export type KeyFate = { key: string; fate: "mapped" | "converted" | "ignored"; field?: string; unit?: string; note?: string };

export type SubmissionDraft = {
  // 1-based: data row for CSV, result index (or line for JSON Lines) for vLLM.
  row: number;
  input: Partial<SubmissionInput>;
  // Required fields neither the file nor the defaults supplied; the UI asks for these.
  missing: RequiredSubmissionField[];
  // Short human description of the row, e.g. "Llama-3.1-8B-Instruct, max concurrency 16".
  label: string;
  // Source facts worth showing a reviewer that have no submission field (raw model name, date…).
  meta: Record<string, string | number | boolean | null>;
  // Every key of the source row and its fate: nothing is dropped without saying so.
  keys: KeyFate[];
  // File-vs-form disagreements, stand-ins (ITL for TPOT) and unit conversions worth a second look.
  warnings: string[];
};

export type SkippedRow = { row: number; reason: string; errors?: FieldError[] };

export type ImportResult = {
  drafts: SubmissionDraft[];
  skipped: SkippedRow[];
  // Set when the file as a whole is unusable (not JSON, no header…); drafts is then empty.
  error?: string;
};

// What the upload form supplies for the whole file. The file wins over these unless the field is
// listed in `overrides` (the user's explicit choice).
export type SubmissionDefaults = Partial<
  Pick<SubmissionInput, "model" | "accelerator" | "acceleratorCount" | "precision" | "engine" | "engineVersion" | "sourceUrl">
>;
export type FormValues = { defaults?: SubmissionDefaults; overrides?: readonly string[] };

// Catalog rows as selected from Prisma (Model / Accelerator: slug, name, aliases).
export type CatalogAliasEntry = { slug: string; name?: string | null; aliases?: readonly string[] | null };
