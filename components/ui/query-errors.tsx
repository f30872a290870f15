import type { FieldError } from "@/lib/errors";
import { fieldOf } from "@/lib/validation/field-errors";

const TONES = {
  // The page still answered, without the values named.
  warning: "my-4 border-amber-300 bg-amber-50 text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100",
  // Nothing could be shown until they are fixed.
  error: "border-red-300 bg-red-50 text-red-900 dark:border-red-700 dark:bg-red-950 dark:text-red-100",
} as const;

/**
 * The values of a query the page could not use, with why. A page whose form has a field per value
 * passes its labels and the fields' id prefix: each error then names the field by its label and links
 * to it (the field shows the same message beside it), in the order the labels are given (the form's
 * order, so the summary reads top to bottom like the form); values without a field keep their query name
 * and come last.
 */
export function QueryErrors({
  errors,
  heading = "Some filters were ignored:",
  tone = "warning",
  fields,
  testId = "query-errors",
}: {
  errors: FieldError[];
  heading?: string;
  tone?: keyof typeof TONES;
  fields?: { labels: Record<string, string>; idPrefix: string };
  testId?: string;
}) {
  if (errors.length === 0) return null;
  const order = fields ? Object.keys(fields.labels) : [];
  const rank = (e: FieldError) => {
    const at = order.indexOf(fieldOf(e));
    return at === -1 ? order.length : at;
  };
  // A stable sort: errors of one field, and errors without a field, keep the order they came in.
  const sorted = fields ? [...errors].sort((a, b) => rank(a) - rank(b)) : errors;
  return (
    <div role={tone === "error" ? "alert" : "status"} data-testid={testId} className={`rounded border p-3 text-sm ${TONES[tone]}`}>
      <p className="font-semibold">{heading}</p>
      <ul className="list-disc pl-5">
        {sorted.map((e) => {
          const field = fieldOf(e);
          const label = fields?.labels[field];
          return (
            <li key={e.path + e.message}>
              {label ? (
                <a href={`#${fields.idPrefix}${field}`} className="font-medium text-inherit underline">
                  {label}
                </a>
              ) : (
                <code>{e.path}</code>
              )}
              : {e.message}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
