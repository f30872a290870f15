"use client";

import type { ReactNode } from "react";

import { FieldError } from "@/components/ui/field-error";
import type { MissingRowsGroup } from "@/lib/data/imports/import-report";

export type Choice = { slug: string; name: string };
export const DEFAULT_KEYS = ["model", "accelerator", "acceleratorCount", "precision", "engine", "engineVersion", "sourceUrl"] as const;
export type DefaultKey = (typeof DEFAULT_KEYS)[number];
export type Defaults = Record<DefaultKey, string>;
export const DEFAULT_LABELS: Record<DefaultKey, string> = {
  model: "Model",
  accelerator: "Accelerator",
  acceleratorCount: "Accelerator count",
  precision: "Precision",
  engine: "Engine",
  engineVersion: "Engine version",
  sourceUrl: "Source URL",
};
export const EMPTY_DEFAULTS: Defaults = { model: "", accelerator: "", acceleratorCount: "", precision: "", engine: "", engineVersion: "", sourceUrl: "" };
export const inputClass = "w-full rounded border border-slate-300 bg-white px-2 py-1.5 text-sm dark:border-slate-600 dark:bg-slate-900";

type Props = {
  models: Choice[];
  accelerators: Choice[];
  precisions: readonly string[];
  // Which rows lack which required fields (from the report).
  missingRows: MissingRowsGroup[];
  // Fields where the file and the form disagree in at least one row: only these offer an override.
  conflicts: string[];
  defaults: Defaults;
  overrides: DefaultKey[];
  // The server's refusal of a chosen value, by field (an unknown model, a count below 1…).
  errors: Partial<Record<DefaultKey, string>>;
  onDefault: (key: DefaultKey, value: string) => void;
  onOverride: (key: DefaultKey, on: boolean) => void;
};

function rowList(group: MissingRowsGroup): string {
  const listed = group.rows.join(", ");
  return group.rowCount > group.rows.length ? `${listed} and ${group.rowCount - group.rows.length} more` : listed;
}

// Only a field no row states is "what the file does not say"; a gap in a few rows names the rows,
// or the sentence would suggest every row lacks it.
function MissingNote({ groups }: { groups: MissingRowsGroup[] }) {
  return (
    <div className="space-y-1 text-sm text-amber-800 wrap-anywhere dark:text-amber-300" data-testid="missing-fields">
      {groups.map((g) => (
        <p key={g.fields.join(",")} data-testid="missing-group" data-whole-file={g.wholeFile}>
          {g.wholeFile ? "The file does not say" : g.rowCount === 1 ? `Row ${g.rows[0]} does not say` : `Rows ${rowList(g)} do not say`}:{" "}
          <strong>{g.fields.join(", ")}</strong>.
        </p>
      ))}
      <p>
        Choose {groups.length === 1 && groups[0].fields.length === 1 ? "it" : "them"} below and preview again: a value chosen here fills only the rows that lack
        it.
      </p>
    </div>
  );
}

// The mapping step: the form fills what the file lacks. Where the file states a different value,
// the file wins unless the user ticks "use the form's value" for that field.
export function ImportMapping({ models, accelerators, precisions, missingRows, conflicts, defaults, overrides, errors, onDefault, onOverride }: Props) {
  const invalid = (key: DefaultKey) =>
    errors[key] ? ({ "aria-invalid": true, "aria-describedby": `default-${key}-error` } as const) : ({ "aria-invalid": false } as const);
  const field = (key: DefaultKey, control: ReactNode, wide = false) => (
    <div className={`flex flex-col text-sm ${wide ? "sm:col-span-2" : ""}`}>
      <label htmlFor={`default-${key}`} className="mb-1 font-medium">
        {DEFAULT_LABELS[key]}
      </label>
      {control}
      <FieldError id={`default-${key}-error`} name={`default-${key}`} message={errors[key]} />
      {conflicts.includes(key) ? (
        <label className="mt-1 flex items-center gap-1 text-xs text-amber-800 dark:text-amber-300">
          <input type="checkbox" checked={overrides.includes(key)} onChange={(e) => onOverride(key, e.target.checked)} data-testid={`override-${key}`} />
          use the form&apos;s value instead of the file&apos;s
        </label>
      ) : null}
    </div>
  );
  const select = (key: DefaultKey, choices: { value: string; label: string }[]) => (
    <select
      id={`default-${key}`}
      name={key}
      value={defaults[key]}
      onChange={(e) => onDefault(key, e.target.value)}
      className={inputClass}
      data-testid={`default-${key}`}
      {...invalid(key)}
    >
      <option value="">(from the file)</option>
      {choices.map((c) => (
        <option key={c.value} value={c.value}>
          {c.label}
        </option>
      ))}
    </select>
  );
  const text = (key: DefaultKey, extra: { type?: string; placeholder?: string; min?: number; step?: number } = {}) => (
    <input
      id={`default-${key}`}
      name={key}
      value={defaults[key]}
      onChange={(e) => onDefault(key, e.target.value)}
      className={inputClass}
      data-testid={`default-${key}`}
      {...invalid(key)}
      {...extra}
    />
  );
  return (
    <section className="space-y-3 rounded border border-slate-200 p-4 dark:border-slate-700" aria-labelledby="mapping-heading" data-testid="mapping-step">
      <h2 id="mapping-heading">Mapping: values for what the file lacks</h2>
      {missingRows.length > 0 ? (
        <MissingNote groups={missingRows} />
      ) : (
        <p className="text-sm">
          Every required field was found in the file. Values below only fill gaps; where the file says otherwise, the file wins unless you tick the override.
        </p>
      )}
      <div className="grid gap-3 sm:grid-cols-3 lg:grid-cols-4">
        {field(
          "model",
          select(
            "model",
            models.map((m) => ({ value: m.slug, label: m.name })),
          ),
        )}
        {field(
          "accelerator",
          select(
            "accelerator",
            accelerators.map((a) => ({ value: a.slug, label: a.name })),
          ),
        )}
        {field("acceleratorCount", text("acceleratorCount", { type: "number", min: 1, step: 1 }))}
        {field(
          "precision",
          select(
            "precision",
            precisions.map((p) => ({ value: p, label: p })),
          ),
        )}
        {field("engine", text("engine", { placeholder: "(from the file)" }))}
        {field("engineVersion", text("engineVersion"))}
        {field("sourceUrl", text("sourceUrl", { type: "url", placeholder: "https://…" }), true)}
      </div>
    </section>
  );
}
