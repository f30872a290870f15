/** The one way a field's error is shown: below the field, linked by aria-describedby, test id `<name>-error`. */
export function FieldError({ id, name, message, testId }: { id: string; name: string; message?: string; testId?: string }) {
  if (!message) return null;
  return (
    <p id={id} className="text-xs text-red-700 dark:text-red-400" data-testid={testId ?? `${name}-error`}>
      {message}
    </p>
  );
}
