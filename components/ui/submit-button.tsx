"use client";

import type { ReactNode } from "react";
import { useFormStatus } from "react-dom";

import { buttonClass, type ButtonVariant } from "./button";

export function SubmitButton({
  children,
  pendingLabel,
  variant = "primary",
  testId,
  name,
  value,
}: {
  children: ReactNode;
  pendingLabel?: string;
  variant?: ButtonVariant;
  testId?: string;
  name?: string;
  value?: string;
}) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" name={name} value={value} disabled={pending} aria-disabled={pending} data-testid={testId} className={buttonClass(variant)}>
      {pending && pendingLabel ? pendingLabel : children}
    </button>
  );
}
