import type { ReviewDecision } from "@/lib/validation/review";

/**
 * What the review action hands back (ActionState.data): the decision once made, or, when a browser
 * without JavaScript pressed "Approve…" or "Reject…", the decision to confirm next.
 */
export type ReviewFormData = { decided?: "approved" | "rejected"; asking?: ReviewDecision };
