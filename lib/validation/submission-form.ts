import type { FieldError } from "@/lib/errors";
import { toFieldErrors } from "@/lib/validation/field-errors";

import { FLAT_SUBMISSION_FIELDS, FLAT_SUBMISSION_KEYS, submissionInputSchema, unflattenSubmission, type SubmissionInput } from "./submission";

export type FormParseResult = { success: true; data: SubmissionInput } | { success: false; errors: FieldError[]; values: Record<string, string> };

const CHECKBOX_KEYS = FLAT_SUBMISSION_FIELDS.filter((f) => f.kind === "boolean").map((f) => f.key);

function typedValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const key of FLAT_SUBMISSION_KEYS) {
    const entry = formData.get(key);
    if (typeof entry === "string") values[key] = entry;
  }
  return values;
}

// HTML form -> the nested object submissionInputSchema parses. Only the submission's own field names
// are read (framework fields such as Next's $ACTION_* are ignored); an unticked checkbox is absent
// from FormData and means false.
export function submissionFormInput(formData: FormData): unknown {
  const record: Record<string, string | undefined> = typedValues(formData);
  for (const key of CHECKBOX_KEYS) {
    const value = record[key];
    record[key] = value !== undefined && value.trim() !== "" ? value : "false";
  }
  return unflattenSubmission(record);
}

// HTML form -> validated submission; `values` echoes what was typed so the form can be re-rendered with the errors.
export function parseSubmissionForm(formData: FormData): FormParseResult {
  const result = submissionInputSchema.safeParse(submissionFormInput(formData));
  if (result.success) return { success: true, data: result.data };
  return { success: false, errors: toFieldErrors(result.error), values: typedValues(formData) };
}
