import { applyFormValues } from "@/lib/importers/precedence";
import type { FormValues, KeyFate, SkippedRow, SubmissionDraft } from "@/lib/importers/types";
import { toFieldErrors } from "@/lib/validation/field-errors";
import { REQUIRED_SUBMISSION_FIELDS, submissionDraftSchema } from "@/lib/validation/submission";

export type DraftOutcome = { draft: SubmissionDraft } | { skipped: SkippedRow };

export type DraftContext = FormValues & {
  label: string;
  meta: SubmissionDraft["meta"];
  rowName?: string;
  keys?: KeyFate[];
  warnings?: string[];
  // Values the parser assumes when neither the file nor the form gives one (e.g. engine "vLLM"
  // for a vLLM client talking to an OpenAI-compatible server).
  fallbacks?: Record<string, unknown>;
};

// Applies the precedence rule (file, then form, then the parser's fallbacks), checks every present
// value against the submission rules and lists the required fields still missing. A row whose
// values break a rule is skipped with field paths.
export function buildDraft(row: number, candidate: Record<string, unknown>, context: DraftContext): DraftOutcome {
  const { merged, warnings } = applyFormValues(candidate, context.defaults, context.overrides);
  for (const [key, value] of Object.entries(context.fallbacks ?? {})) if (merged[key] === undefined) merged[key] = value;
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
  return {
    draft: { row, input, missing, label: context.label, meta: context.meta, keys: context.keys ?? [], warnings: [...(context.warnings ?? []), ...warnings] },
  };
}
