"use server";

import type { ReviewFormData } from "@/components/submissions/review-form-state";
import { serverAction } from "@/lib/auth/server-action";
import { reviewSubmission } from "@/lib/data/submissions/review-submission";

// The decided item stays on screen (marked) until the moderator moves on; the queue is rendered
// fresh on the next visit, so no revalidation here. reviewSubmission checks the moderator role.
export const reviewAction = serverAction<undefined, "user", ReviewFormData>({}, async ({ user, input, formData, ip }) => {
  const outcome = await reviewSubmission({ user, id: input.id ?? "", body: { decision: formData.get("decision"), note: input.note }, ip, via: "session" });
  return { status: "ok", data: { decided: outcome.status } };
});
