"use client";

import { useActionState } from "react";

import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE, type ActionState } from "@/lib/auth/action-state";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

export function PasswordForm({
  action,
  hasPassword,
  minLength,
  maxLength,
  recommendedLength,
}: {
  action: Action;
  hasPassword: boolean;
  minLength: number;
  maxLength: number;
  recommendedLength: number;
}) {
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="max-w-md space-y-4" data-testid="password-form" noValidate>
      <FormMessage state={state} testId="password-error" />
      {hasPassword ? (
        <Field
          label="Current password"
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          required
          error={state.fieldErrors?.currentPassword}
        />
      ) : null}
      <Field
        label="New password"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        required
        minLength={minLength}
        maxLength={maxLength}
        hint={`At least ${minLength} characters; ${recommendedLength} or more recommended.`}
        error={state.fieldErrors?.newPassword}
      />
      <Field
        label="Repeat new password"
        name="confirmPassword"
        type="password"
        autoComplete="new-password"
        required
        error={state.fieldErrors?.confirmPassword}
      />
      <label className="flex items-start gap-2 text-sm">
        <input type="checkbox" name="revokeTokens" className="mt-1" data-testid="password-revoke-tokens" />
        <span>Also revoke all my API tokens (every session is signed out either way)</span>
      </label>
      <SubmitButton testId="password-submit">{hasPassword ? "Change password" : "Set password"}</SubmitButton>
    </form>
  );
}
