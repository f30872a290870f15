import type { FieldError } from "@/lib/errors";

export function QueryErrors({ errors }: { errors: FieldError[] }) {
  if (errors.length === 0) return null;
  return (
    <div
      role="status"
      data-testid="query-errors"
      className="my-4 rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
    >
      <p className="font-semibold">Some filters were ignored:</p>
      <ul className="list-disc pl-5">
        {errors.map((e) => (
          <li key={e.path + e.message}>
            <code>{e.path}</code>: {e.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
