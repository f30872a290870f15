type Option = { value: string; label: string };

export function Select({
  name,
  label,
  value,
  options,
  allLabel = "All",
  id,
}: {
  name: string;
  label: string;
  value?: string | null;
  options: Option[];
  allLabel?: string | null;
  id?: string;
}) {
  const inputId = id ?? `f-${name}`;
  return (
    <div className="flex flex-col text-sm">
      <label htmlFor={inputId} className="mb-1 font-medium">
        {label}
      </label>
      <select
        id={inputId}
        name={name}
        defaultValue={value ?? ""}
        className="w-full min-w-0 rounded border border-slate-300 bg-white px-2 py-1.5 dark:border-slate-600 dark:bg-slate-900"
      >
        {allLabel !== null ? <option value="">{allLabel}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
