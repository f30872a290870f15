"use client";

import { useActionState } from "react";

import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE, type ActionState } from "@/lib/auth/action-state";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

/** New team: a refused name is explained under the name field, which keeps what was typed. */
export function CreateTeamForm({ action }: { action: Action }) {
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="space-y-3" data-testid="create-team-form">
      <Field
        label="Team name"
        name="name"
        required
        minLength={2}
        maxLength={80}
        defaultValue={state.values?.name}
        error={state.status === "error" ? state.fieldErrors?.name : undefined}
        data-testid="team-name"
      />
      <SubmitButton testId="create-team-submit">Create team</SubmitButton>
      <FormMessage state={state} testId="create-team-form-error" />
    </form>
  );
}
