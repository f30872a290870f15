"use server";
import { headers } from "next/headers";
import { clientIpFromHeaders } from "@/lib/auth/client-ip";
import { getCurrentUser } from "@/lib/auth/session";
import type { ReviewFormState } from "@/components/submissions/review-form-state";
import { reviewSubmission } from "@/lib/data/submissions/review-submission";
import { AppError, ValidationError } from "@/lib/errors";

// The decided item stays on screen (marked) until the moderator moves on; the queue is rendered
// fresh on the next visit, so no revalidation here.
export async function reviewAction(_previous: ReviewFormState, formData: FormData): Promise<ReviewFormState> {
  const user = await getCurrentUser();
  if (!user) return { errors: [], message: "Your session has ended: sign in again." };
  const id = String(formData.get("id") ?? "");
  const note = formData.get("note");
  try {
    const outcome = await reviewSubmission(
      user,
      id,
      { decision: formData.get("decision"), note: typeof note === "string" ? note : undefined },
      { ip: clientIpFromHeaders(await headers()), via: "session" },
    );
    return { errors: [], decided: outcome.status };
  } catch (error) {
    if (error instanceof ValidationError) return { errors: error.errors, message: "Check the decision and note." };
    if (error instanceof AppError) return { errors: [], message: error.message };
    throw error;
  }
}
