/**
 * The one way a field's error is shown: below the field, referenced by the field's aria-describedby.
 * A span (display block) so it may sit inside a <label>.
 */
export function FieldError({ id, name, message, testId }: { id?: string; name: string; message?: string; testId?: string }) {
  if (!message) return null;
  return (
    <span id={id} className="mt-0.5 block text-xs text-red-700 dark:text-red-400" data-testid={testId ?? `${name}-error`}>
      {message}
    </span>
  );
}
