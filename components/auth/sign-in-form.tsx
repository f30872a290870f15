"use client";

import { useActionState } from "react";

import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE, type ActionState } from "@/lib/auth/action-state";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

export function SignInForm({ action, callbackUrl, initialError }: { action: Action; callbackUrl: string; initialError?: string }) {
  const initial: ActionState = initialError ? { status: "error", message: initialError } : IDLE;
  const [state, formAction] = useActionState(action, initial);
  return (
    <form action={formAction} className="space-y-4" data-testid="signin-form" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      {state.status === "error" && state.message ? (
        <p
          role="alert"
          data-testid="signin-error"
          className="rounded border border-red-300 bg-red-50 p-2 text-sm text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200"
        >
          {state.message}
        </p>
      ) : null}
      <Field
        label="Email"
        name="email"
        type="email"
        autoComplete="email"
        required
        defaultValue={state.values?.email}
        error={state.fieldErrors?.email}
        data-testid="signin-email"
      />
      <Field
        label="Password"
        name="password"
        type="password"
        autoComplete="current-password"
        required
        error={state.fieldErrors?.password}
        data-testid="signin-password"
      />
      <SubmitButton pendingLabel="Signing in…" testId="signin-submit">
        Sign in
      </SubmitButton>
    </form>
  );
}
