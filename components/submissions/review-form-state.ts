import type { FieldError } from "@/lib/errors";

export type ReviewFormState = { errors: FieldError[]; message?: string; decided?: "approved" | "rejected" };
export const INITIAL_REVIEW_FORM_STATE: ReviewFormState = { errors: [] };
