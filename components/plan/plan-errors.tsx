import type { FieldError } from "@/lib/errors";

import { PLAN_FIELD_LABELS } from "./plan-field-labels";

// The summary above the form: each error under its field's label, linked to the field, which shows the
// same message beside it. Parameters the form has no field for (scenario, vendor, …) keep their name.
export function PlanErrors({ errors, planned }: { errors: FieldError[]; planned: boolean }) {
  if (errors.length === 0) return null;
  return (
    <div
      role="alert"
      data-testid="plan-errors"
      className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900 dark:border-red-700 dark:bg-red-950 dark:text-red-100"
    >
      <p className="font-semibold">{planned ? "These values were ignored:" : "Fix these to see a plan:"}</p>
      <ul className="list-disc pl-5">
        {errors.map((e) => {
          const field = e.path.split(".")[0];
          const label = PLAN_FIELD_LABELS[field];
          return (
            <li key={e.path + e.message}>
              {label ? (
                <a href={`#p-${field}`} className="font-medium text-inherit underline">
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
