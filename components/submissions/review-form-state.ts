/** What the review action hands back on success (ActionState.data). */
export type ReviewFormData = { decided?: "approved" | "rejected" };
