"use client";

import { useActionState, type ReactNode } from "react";

import { IDLE, type ActionState } from "@/lib/auth/action-state";

import { FormMessage } from "./form-message";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

/** A form bound to a server action that reports the outcome below its fields. */
export function ActionForm({ action, children, className, testId }: { action: Action; children: ReactNode; className?: string; testId?: string }) {
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <form action={formAction} className={className} data-testid={testId}>
      {children}
      <FormMessage state={state} testId={testId ? `${testId}-error` : undefined} okTestId={testId ? `${testId}-ok` : undefined} />
    </form>
  );
}
