"use server";

import { redirect } from "next/navigation";

import type { SubmitFormData } from "@/components/submissions/submit-form-state";
import { serverAction } from "@/lib/auth/server-action";
import { createSubmissions } from "@/lib/data/submissions/create-submissions";
import { previewSubmission } from "@/lib/data/submissions/preview-submission";
import { FLAT_SUBMISSION_KEYS, submissionInputSchema } from "@/lib/validation/submission";
import { submissionFormInput } from "@/lib/validation/submission-form";

// "Preview" checks the values, runs the physics checks and prices the result without writing;
// "Submit" does the same checks and writes it as pending (or flagged) for a moderator.
export const submitResultAction = serverAction<typeof submissionInputSchema, "user", SubmitFormData>(
  { schema: submissionInputSchema, fromForm: submissionFormInput, echo: FLAT_SUBMISSION_KEYS },
  async ({ user, input, formData, ip }) => {
    if (formData.get("intent") !== "submit") {
      const values = Object.fromEntries(FLAT_SUBMISSION_KEYS.map((key) => [key, String(formData.get(key) ?? "")]));
      return { status: "ok", values, data: { preview: await previewSubmission(input) } };
    }
    const created = await createSubmissions({ user, inputs: [input], ip });
    redirect(`/submissions/${created.ids[0]}?submitted=1`);
  },
);
