import type { ActionState } from "@/lib/auth/action-state";

/** The outcome of a form submission; errors are announced to screen readers. */
export function FormMessage({ state, testId, okTestId }: { state: ActionState; testId?: string; okTestId?: string }) {
  if (state.status === "idle" || !state.message) return null;
  if (state.status === "error") {
    return (
      <p
        role="alert"
        data-testid={testId ?? "form-error"}
        className="rounded border border-red-300 bg-red-50 p-2 text-sm text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200"
      >
        {state.message}
      </p>
    );
  }
  return (
    <p
      role="status"
      data-testid={okTestId ?? "form-ok"}
      className="rounded border border-emerald-300 bg-emerald-50 p-2 text-sm text-emerald-800 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-200"
    >
      {state.message}
    </p>
  );
}
