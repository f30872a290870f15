import { FieldError } from "./field-error";

type Option = { value: string; label: string };

const selectClass = "w-full min-w-0 rounded border border-slate-300 bg-white px-2 py-1.5 dark:border-slate-600 dark:bg-slate-900";

/** A labelled select; with `error`, the message sits below it and the control points at it. */
export function Select({
  name,
  label,
  value,
  options,
  allLabel = "All",
  id,
  error,
  errorTestId,
}: {
  name: string;
  label: string;
  value?: string | null;
  options: Option[];
  allLabel?: string | null;
  id?: string;
  error?: string;
  errorTestId?: string;
}) {
  const inputId = id ?? `f-${name}`;
  const errorId = `${inputId}-error`;
  return (
    <div className="flex flex-col text-sm">
      <label htmlFor={inputId} className="mb-1 font-medium">
        {label}
      </label>
      <select
        id={inputId}
        name={name}
        defaultValue={value ?? ""}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        className={error ? `${selectClass} border-red-600 dark:border-red-500` : selectClass}
      >
        {allLabel !== null ? <option value="">{allLabel}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldError id={errorId} name={name} testId={errorTestId} message={error} />
    </div>
  );
}
