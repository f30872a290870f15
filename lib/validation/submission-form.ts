import type { FieldError } from "@/lib/errors";
import { toFieldErrors } from "@/lib/validation/field-errors";
import { FLAT_SUBMISSION_FIELDS, FLAT_SUBMISSION_KEYS, submissionInputSchema, unflattenSubmission, type SubmissionInput } from "./submission";

export type FormParseResult =
  | { success: true; data: SubmissionInput }
  | { success: false; errors: FieldError[]; values: Record<string, string> };

const CHECKBOX_KEYS = FLAT_SUBMISSION_FIELDS.filter((f) => f.kind === "boolean").map((f) => f.key);

// HTML form -> validated submission. Only the submission's own field names are read (framework
// fields such as Next's $ACTION_* are ignored); an unticked checkbox is absent from FormData and
// means false. `values` echoes what was typed so the form can be re-rendered with the errors.
export function parseSubmissionForm(formData: FormData): FormParseResult {
  const values: Record<string, string> = {};
  for (const key of FLAT_SUBMISSION_KEYS) {
    const entry = formData.get(key);
    if (typeof entry === "string") values[key] = entry;
  }
  const record: Record<string, string | undefined> = { ...values };
  for (const key of CHECKBOX_KEYS) record[key] = values[key] !== undefined && values[key].trim() !== "" ? values[key] : "false";
  const result = submissionInputSchema.safeParse(unflattenSubmission(record));
  if (result.success) return { success: true, data: result.data };
  return { success: false, errors: toFieldErrors(result.error), values };
}
