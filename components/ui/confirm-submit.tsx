import type { ReactNode } from "react";

import { buttonClass } from "./button";
import { SubmitButton } from "./submit-button";

// A destructive submit that asks first. A disclosure, not a dialog: it opens without JavaScript, so the
// form still works before hydration or with scripts off, and closing it again is the way back.
export function ConfirmSubmit({ label, question, confirmLabel, testId }: { label: string; question: ReactNode; confirmLabel: string; testId: string }) {
  return (
    <details className="group" data-testid={`${testId}-details`}>
      <summary
        className={`${buttonClass("danger")} block w-fit cursor-pointer list-none whitespace-nowrap [&::-webkit-details-marker]:hidden group-open:bg-red-50 dark:group-open:bg-red-950`}
        data-testid={testId}
      >
        {label}…
      </summary>
      <div
        role="group"
        aria-label={`Confirm: ${label}`}
        className="mt-2 max-w-xs space-y-2 rounded border border-amber-300 bg-amber-50 p-2 text-sm dark:border-amber-700 dark:bg-amber-950"
      >
        <p>{question}</p>
        <SubmitButton variant="danger" testId={`${testId}-confirm`}>
          {confirmLabel}
        </SubmitButton>
      </div>
    </details>
  );
}
