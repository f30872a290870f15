import type { z } from "zod";

import { AppError, RateLimitError, ValidationError } from "@/lib/errors";
import { toFieldErrors } from "@/lib/validation/field-errors";

/** What every form's server action returns to its client form (useActionState); `data` carries a form's own result. */
export interface ActionState<D = unknown> {
  status: "idle" | "ok" | "error";
  message?: string;
  fieldErrors?: Record<string, string>;
  /** Echoed non-secret inputs, so a failed form keeps what was typed. */
  values?: Record<string, string>;
  /** A secret shown exactly once (new API token, invitation link). */
  secret?: string;
  /** Echoed structured input (the scenario form), so a failed form re-renders what was entered. */
  input?: Record<string, unknown>;
  /** What a successful action hands back beyond a message (a review's decision, a submission preview). */
  data?: D;
}

export const IDLE: ActionState = { status: "idle" };

export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const { path, message } of toFieldErrors(error)) out[path] ??= message;
  return out;
}

/**
 * Domain errors become a message on the form; anything else (including Next's redirect/notFound
 * signals) is rethrown so the framework handles it.
 */
export function toActionState(error: unknown, values?: Record<string, string>): ActionState {
  if (error instanceof ValidationError) {
    const fieldErrors: Record<string, string> = {};
    for (const e of error.errors) fieldErrors[e.path] ??= e.message;
    return { status: "error", message: "Please correct the highlighted fields", fieldErrors, values };
  }
  if (error instanceof RateLimitError) {
    const minutes = Math.ceil(error.retryAfterSeconds / 60);
    return { status: "error", message: `Too many attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`, values };
  }
  if (error instanceof AppError) {
    const message = error.status === 401 ? "Your session has ended: sign in again" : error.message;
    return { status: "error", message, values };
  }
  throw error;
}

export function formString(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
}
