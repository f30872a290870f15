"use client";
import { useActionState } from "react";
import { INITIAL_REVIEW_FORM_STATE, type ReviewFormState } from "./review-form-state";
import { FieldError } from "@/components/ui/field-error";

// Approve or reject one submission with a note (required to reject). A decision another moderator
// made first comes back as a message instead of overwriting theirs.
export function ReviewForm({ id, action }: { id: string; action: (state: ReviewFormState, formData: FormData) => Promise<ReviewFormState> }) {
  const [state, formAction, pending] = useActionState(action, INITIAL_REVIEW_FORM_STATE);
  if (state.decided) {
    return (
      <p className="text-sm font-semibold" role="status" data-testid="review-decided" data-decision={state.decided}>
        Marked {state.decided}.
      </p>
    );
  }
  const noteErrors = state.errors.filter((e) => e.path === "note");
  return (
    <form action={formAction} className="space-y-2" data-testid="review-form">
      <input type="hidden" name="id" value={id} />
      <label htmlFor={`note-${id}`} className="block text-sm font-medium">
        Note to the submitter
      </label>
      <textarea id={`note-${id}`} name="note" rows={2} className="w-full rounded border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-900" aria-invalid={noteErrors.length > 0} data-testid="review-note-input" />
      {noteErrors.map((e) => (
        <FieldError key={e.message} name="note" message={e.message} testId="error-note" />
      ))}
      {state.message ? (
        <p className="text-xs text-red-700" role="status" data-testid="review-message">
          {state.message}
        </p>
      ) : null}
      <div className="flex gap-2">
        <button type="submit" name="decision" value="approve" disabled={pending} className="rounded bg-emerald-700 px-3 py-1 text-sm font-semibold text-white disabled:opacity-50" data-testid="approve-button">
          Approve
        </button>
        <button type="submit" name="decision" value="reject" disabled={pending} className="rounded bg-red-700 px-3 py-1 text-sm font-semibold text-white disabled:opacity-50" data-testid="reject-button">
          Reject
        </button>
      </div>
    </form>
  );
}
