"use client";

import { useActionState, useState, type MouseEvent } from "react";

import { FieldError } from "@/components/ui/field-error";
import { FormMessage } from "@/components/ui/form-message";
import { IDLE, type ActionState } from "@/lib/auth/action-state";
import type { ReviewDecision } from "@/lib/validation/review";

import type { ReviewFormData } from "./review-form-state";

type Action = (state: ActionState<ReviewFormData>, formData: FormData) => Promise<ActionState<ReviewFormData>>;

// A decision is made once and an approval is public at once, so each asks before it is sent.
function consequence(decision: ReviewDecision, flagged: boolean): string {
  if (decision === "reject") return "Reject this result? The submitter sees your note. A decision cannot be changed afterwards.";
  return `Approve this result? It feeds the public leaderboards at once${
    flagged ? ", although it exceeds a physical bound (see the findings)" : ""
  }. A decision cannot be changed afterwards.`;
}

// Approve or reject one submission with a note (required to reject). A decision another moderator
// made first comes back as a message instead of overwriting theirs. The note is held in state, so
// it survives a refused attempt (React resets a form after its action runs). Every button is a
// submit button, so the form works before (or without) JavaScript: the server answers "Approve…" and
// "Reject…" with the confirmation step; the script shows it in place instead.
export function ReviewForm({ id, action, flagged = false }: { id: string; action: Action; flagged?: boolean }) {
  const [state, formAction, pending] = useActionState(action, IDLE as ActionState<ReviewFormData>);
  const [note, setNote] = useState(state.values?.note ?? "");
  // The server names a step to confirm only when asked without JavaScript; otherwise a click sets it.
  const [asking, setAsking] = useState<ReviewDecision | null>(state.data?.asking ?? null);
  // A new answer from the action ends the confirmation step it was sent from.
  const [answered, setAnswered] = useState(state);
  if (answered !== state) {
    setAnswered(state);
    setAsking(state.data?.asking ?? null);
  }
  const ask = (decision: ReviewDecision | null) => (event: MouseEvent<HTMLButtonElement>) => {
    event.preventDefault();
    setAsking(decision);
  };
  const decided = state.data?.decided;
  if (decided) {
    return (
      <p className="text-sm font-semibold" role="status" data-testid="review-decided" data-decision={decided} data-decided>
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
        value={note}
        onChange={(e) => setNote(e.target.value)}
        className="w-full rounded border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-900"
        aria-invalid={Boolean(noteError)}
        aria-describedby={noteError ? `note-error-${id}` : undefined}
        data-testid="review-note-input"
      />
      <FieldError id={`note-error-${id}`} name="note" message={noteError} testId="error-note" />
      <FormMessage state={state} testId="review-message" />
      {asking ? (
        <div
          role="group"
          aria-label="Confirm the decision"
          className="space-y-2 rounded border border-amber-300 bg-amber-50 p-2 text-sm dark:border-amber-700 dark:bg-amber-950"
          data-testid="review-confirm"
          data-decision={asking}
        >
          <p>{consequence(asking, flagged)}</p>
          <div className="flex flex-wrap gap-2">
            <button
              type="submit"
              name="decision"
              value={asking}
              disabled={pending}
              className={`rounded px-3 py-1 text-sm font-semibold text-white disabled:opacity-50 ${asking === "approve" ? "bg-emerald-700" : "bg-red-700"}`}
              data-testid="confirm-decision-button"
            >
              {pending ? "Saving…" : asking === "approve" ? "Yes, approve" : "Yes, reject"}
            </button>
            <button
              type="submit"
              name="ask"
              value=""
              onClick={ask(null)}
              disabled={pending}
              className="rounded border border-slate-400 px-3 py-1 text-sm font-semibold disabled:opacity-50"
            >
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <div className="flex gap-2">
          <button
            type="submit"
            name="ask"
            value="approve"
            onClick={ask("approve")}
            className="rounded bg-emerald-700 px-3 py-1 text-sm font-semibold text-white"
            data-testid="approve-button"
          >
            Approve…
          </button>
          <button
            type="submit"
            name="ask"
            value="reject"
            onClick={ask("reject")}
            className="rounded bg-red-700 px-3 py-1 text-sm font-semibold text-white"
            data-testid="reject-button"
          >
            Reject…
          </button>
        </div>
      )}
    </form>
  );
}
