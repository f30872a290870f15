"use client";

import { useActionState } from "react";

import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE, type ActionState } from "@/lib/auth/action-state";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

export function SignUpForm({
  action,
  callbackUrl,
  minLength,
  maxLength,
  recommendedLength,
}: {
  action: Action;
  callbackUrl: string;
  minLength: number;
  maxLength: number;
  recommendedLength: number;
}) {
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="space-y-4" data-testid="signup-form" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <FormMessage state={state} testId="signup-error" />
      <Field
        label="Email"
        name="email"
        type="email"
        autoComplete="email"
        required
        defaultValue={state.values?.email}
        error={state.fieldErrors?.email}
        data-testid="signup-email"
      />
      <Field
        label="Name (optional)"
        name="name"
        autoComplete="name"
        maxLength={80}
        defaultValue={state.values?.name}
        error={state.fieldErrors?.name}
        data-testid="signup-name"
      />
      <Field
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        minLength={minLength}
        maxLength={maxLength}
        hint={`At least ${minLength} characters; ${recommendedLength} or more recommended. A passphrase of a few words works well.`}
        error={state.fieldErrors?.password}
        data-testid="signup-password"
      />
      <Field
        label="Repeat password"
        name="confirmPassword"
        type="password"
        autoComplete="new-password"
        required
        error={state.fieldErrors?.confirmPassword}
        data-testid="signup-confirm-password"
      />
      <SubmitButton pendingLabel="Creating account…" testId="signup-submit">
        Create account
      </SubmitButton>
    </form>
  );
}
