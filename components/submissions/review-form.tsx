"use client";

import { useActionState } from "react";

import { FieldError } from "@/components/ui/field-error";
import { FormMessage } from "@/components/ui/form-message";
import { IDLE, type ActionState } from "@/lib/auth/action-state";

import type { ReviewFormData } from "./review-form-state";

type Action = (state: ActionState<ReviewFormData>, formData: FormData) => Promise<ActionState<ReviewFormData>>;

// Approve or reject one submission with a note (required to reject). A decision another moderator
// made first comes back as a message instead of overwriting theirs.
export function ReviewForm({ id, action }: { id: string; action: Action }) {
  const [state, formAction, pending] = useActionState(action, IDLE as ActionState<ReviewFormData>);
  const decided = state.data?.decided;
  if (decided) {
    return (
      <p className="text-sm font-semibold" role="status" data-testid="review-decided" data-decision={decided}>
        Marked {decided}.
      </p>
    );
  }
  const noteError = state.fieldErrors?.note;
  return (
    <form action={formAction} className="space-y-2" data-testid="review-form">
      <input type="hidden" name="id" value={id} />
      <label htmlFor={`note-${id}`} className="block text-sm font-medium">
        Note to the submitter
      </label>
      <textarea
        id={`note-${id}`}
        name="note"
        rows={2}
        className="w-full rounded border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-900"
        aria-invalid={Boolean(noteError)}
        data-testid="review-note-input"
      />
      <FieldError name="note" message={noteError} testId="error-note" />
      <FormMessage state={state} testId="review-message" />
      <div className="flex gap-2">
        <button
          type="submit"
          name="decision"
          value="approve"
          disabled={pending}
          className="rounded bg-emerald-700 px-3 py-1 text-sm font-semibold text-white disabled:opacity-50"
          data-testid="approve-button"
        >
          Approve
        </button>
        <button
          type="submit"
          name="decision"
          value="reject"
          disabled={pending}
          className="rounded bg-red-700 px-3 py-1 text-sm font-semibold text-white disabled:opacity-50"
          data-testid="reject-button"
        >
          Reject
        </button>
      </div>
    </form>
  );
}
