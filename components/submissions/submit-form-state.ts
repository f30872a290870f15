import type { SubmissionPreview } from "@/lib/data/submissions/preview-submission";

/** What the submit action hands back after "Preview" (ActionState.data): the findings and cost the result would produce. */
export type SubmitFormData = { preview?: SubmissionPreview };
