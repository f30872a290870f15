import type { FieldError } from "@/lib/errors";
import type { SubmissionPreview } from "@/lib/data/submissions/preview-submission";

// What the submit form's server action hands back to the form: the typed values (so nothing is
// lost), field errors, and after "Preview" the findings and cost the result would produce.
export type SubmitFormState = {
  values: Record<string, string>;
  errors: FieldError[];
  message?: string;
  preview?: SubmissionPreview;
  // Increments on every answer, so the form knows a new preview arrived.
  version: number;
};

export const INITIAL_SUBMIT_FORM_STATE: SubmitFormState = { values: {}, errors: [], version: 0 };
