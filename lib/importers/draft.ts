import type { SkippedRow, SubmissionDraft, SubmissionDefaults } from "@/lib/importers/types";
import { toFieldErrors } from "@/lib/validation/field-errors";
import { REQUIRED_SUBMISSION_FIELDS, submissionDraftSchema } from "@/lib/validation/submission";

export type DraftOutcome = { draft: SubmissionDraft } | { skipped: SkippedRow };

// Fills absent default fields, checks every present value against the submission rules and lists
// the required fields still missing. A row whose values break a rule is skipped with field paths.
export function buildDraft(
  row: number,
  candidate: Record<string, unknown>,
  context: { label: string; meta: SubmissionDraft["meta"]; defaults?: SubmissionDefaults; rowName?: string },
): DraftOutcome {
  const merged: Record<string, unknown> = { ...candidate };
  for (const [key, value] of Object.entries(context.defaults ?? {})) {
    if (merged[key] === undefined && value !== undefined) merged[key] = value;
  }
  const parsed = submissionDraftSchema.safeParse(merged);
  if (!parsed.success) {
    const errors = toFieldErrors(parsed.error);
    const rowName = context.rowName ?? "Row";
    return {
      skipped: {
        row,
        reason: `${rowName} ${row}: ${errors.map((e) => `${e.path}: ${e.message}`).join("; ")}`,
        errors,
      },
    };
  }
  const input = parsed.data;
  const missing = REQUIRED_SUBMISSION_FIELDS.filter((field) => input[field] === undefined);
  return { draft: { row, input, missing, label: context.label, meta: context.meta } };
}
