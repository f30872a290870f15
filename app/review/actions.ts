"use server";

import type { ReviewFormData } from "@/components/submissions/review-form-state";
import { formString } from "@/lib/auth/action-state";
import { serverAction } from "@/lib/auth/server-action";
import { reviewSubmission } from "@/lib/data/submissions/review-submission";
import { reviewDecision } from "@/lib/validation/review";

// The decided item stays on screen (marked) until the moderator moves on; the queue is rendered
// fresh on the next visit, so no revalidation here. reviewSubmission checks the moderator role.
// Without JavaScript the form's first buttons post `ask` (the decision to confirm, or "" to cancel)
// and nothing is decided: the answer brings the confirmation step, as the script does in place.
export const reviewAction = serverAction<undefined, "user", ReviewFormData>({ echo: ["note"] }, async ({ user, input, formData, ip }) => {
  if (formData.get("decision") === null && formData.has("ask")) {
    const ask = reviewDecision.safeParse(formString(formData, "ask"));
    return { status: "idle", values: { note: formString(formData, "note") }, data: ask.success ? { asking: ask.data } : {} };
  }
  const outcome = await reviewSubmission({ user, id: input.id ?? "", body: { decision: formData.get("decision"), note: input.note }, ip, via: "session" });
  return { status: "ok", data: { decided: outcome.status } };
});
