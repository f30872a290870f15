import type { FieldError } from "@/lib/errors";
import type { SubmissionDefaults, SubmissionDraft } from "@/lib/importers/types";
import { toFieldErrors } from "@/lib/validation/field-errors";
import { submissionInputSchema, type SubmissionInput } from "@/lib/validation/submission";

export type AppliedDefaults = {
  valid: { row: number; submission: SubmissionInput }[];
  invalid: { row: number; errors: FieldError[] }[];
};

// The mapping step's last move: defaults (what the user picked for the whole file) fill the fields
// a draft left empty — never overwrite what the file said — and each result is held to the full
// submission schema, so nothing reaches the database that the form or the API would refuse.
export function applyDefaults(drafts: readonly Pick<SubmissionDraft, "row" | "input">[], defaults: SubmissionDefaults = {}): AppliedDefaults {
  const out: AppliedDefaults = { valid: [], invalid: [] };
  for (const draft of drafts) {
    const merged: Record<string, unknown> = { ...draft.input };
    for (const [key, value] of Object.entries(defaults)) {
      if (merged[key] === undefined && value !== undefined) merged[key] = value;
    }
    const parsed = submissionInputSchema.safeParse(merged);
    if (parsed.success) out.valid.push({ row: draft.row, submission: parsed.data });
    else out.invalid.push({ row: draft.row, errors: toFieldErrors(parsed.error) });
  }
  return out;
}
