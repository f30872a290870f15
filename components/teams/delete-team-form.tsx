"use client";

import { useActionState } from "react";

import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE, type ActionState } from "@/lib/auth/action-state";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

/** Deleting asks for the team's name; a mismatch is said under that field. */
export function DeleteTeamForm({ action, teamId, teamName }: { action: Action; teamId: string; teamName: string }) {
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="space-y-3" data-testid="delete-team-form">
      <input type="hidden" name="teamId" value={teamId} />
      <Field
        label={`Type “${teamName}” to confirm`}
        name="confirm"
        autoComplete="off"
        error={state.status === "error" ? state.fieldErrors?.confirm : undefined}
        data-testid="delete-team-confirm"
      />
      <SubmitButton variant="danger" testId="delete-team">
        Delete team
      </SubmitButton>
      <FormMessage state={state} testId="delete-team-form-error" />
    </form>
  );
}
