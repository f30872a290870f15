"use server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { clientIpFromHeaders } from "@/lib/auth/client-ip";
import { getCurrentUser } from "@/lib/auth/session";
import type { SubmitFormState } from "@/components/submissions/submit-form-state";
import { createSubmissions } from "@/lib/data/submissions/create-submissions";
import { previewSubmission } from "@/lib/data/submissions/preview-submission";
import { ValidationError } from "@/lib/errors";
import { FLAT_SUBMISSION_KEYS } from "@/lib/validation/submission";
import { parseSubmissionForm } from "@/lib/validation/submission-form";

function typedValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const key of FLAT_SUBMISSION_KEYS) {
    const value = formData.get(key);
    if (typeof value === "string") values[key] = value;
  }
  return values;
}

// "Preview" checks the values, runs the physics checks and prices the result without writing;
// "Submit" does the same checks and writes it as pending (or flagged) for a moderator.
export async function submitResultAction(previous: SubmitFormState, formData: FormData): Promise<SubmitFormState> {
  const values = typedValues(formData);
  const version = previous.version + 1;
  const user = await getCurrentUser();
  if (!user) return { values, errors: [], message: "Your session has ended: sign in again to submit.", version };
  const parsed = parseSubmissionForm(formData);
  if (!parsed.success) return { values, errors: parsed.errors, message: "Some fields need attention.", version };

  let createdId: string;
  try {
    if (formData.get("intent") !== "submit") {
      return { values, errors: [], preview: await previewSubmission(parsed.data), version };
    }
    const created = await createSubmissions(user, [parsed.data], { ip: clientIpFromHeaders(await headers()) });
    createdId = created.ids[0];
  } catch (error) {
    if (error instanceof ValidationError) return { values, errors: error.errors, message: "Some fields need attention.", version };
    throw error;
  }
  redirect(`/submissions/${createdId}?submitted=1`);
}
