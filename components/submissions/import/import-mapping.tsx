"use client";

import type { ReactNode } from "react";

export type Choice = { slug: string; name: string };
export const DEFAULT_KEYS = ["model", "accelerator", "acceleratorCount", "precision", "engine", "engineVersion", "sourceUrl"] as const;
export type DefaultKey = (typeof DEFAULT_KEYS)[number];
export type Defaults = Record<DefaultKey, string>;
export const EMPTY_DEFAULTS: Defaults = { model: "", accelerator: "", acceleratorCount: "", precision: "", engine: "", engineVersion: "", sourceUrl: "" };
export const inputClass = "w-full rounded border border-slate-300 bg-white px-2 py-1.5 text-sm dark:border-slate-600 dark:bg-slate-900";

type Props = {
  models: Choice[];
  accelerators: Choice[];
  precisions: readonly string[];
  missingFields: string[];
  // Fields where the file and the form disagree in at least one row: only these offer an override.
  conflicts: string[];
  defaults: Defaults;
  overrides: DefaultKey[];
  onDefault: (key: DefaultKey, value: string) => void;
  onOverride: (key: DefaultKey, on: boolean) => void;
};

// The mapping step: the form fills what the file lacks. Where the file states a different value,
// the file wins unless the user ticks "use the form's value" for that field.
export function ImportMapping({ models, accelerators, precisions, missingFields, conflicts, defaults, overrides, onDefault, onOverride }: Props) {
  const field = (key: DefaultKey, label: string, control: ReactNode, wide = false) => (
    <div className={`flex flex-col text-sm ${wide ? "sm:col-span-2" : ""}`}>
      <label htmlFor={`default-${key}`} className="mb-1 font-medium">
        {label}
      </label>
      {control}
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
      {...extra}
    />
  );
  return (
    <section className="space-y-3 rounded border border-slate-200 p-4 dark:border-slate-700" aria-labelledby="mapping-heading" data-testid="mapping-step">
      <h2 id="mapping-heading">Mapping: values for what the file lacks</h2>
      {missingFields.length > 0 ? (
        <p className="text-sm text-amber-800 dark:text-amber-300" data-testid="missing-fields">
          The file does not say: <strong>{missingFields.join(", ")}</strong>. Choose them below and preview again.
        </p>
      ) : (
        <p className="text-sm">
          Every required field was found in the file. Values below only fill gaps; where the file says otherwise, the file wins unless you tick the override.
        </p>
      )}
      <div className="grid gap-3 sm:grid-cols-3 lg:grid-cols-4">
        {field(
          "model",
          "Model",
          select(
            "model",
            models.map((m) => ({ value: m.slug, label: m.name })),
          ),
        )}
        {field(
          "accelerator",
          "Accelerator",
          select(
            "accelerator",
            accelerators.map((a) => ({ value: a.slug, label: a.name })),
          ),
        )}
        {field("acceleratorCount", "Accelerator count", text("acceleratorCount", { type: "number", min: 1, step: 1 }))}
        {field(
          "precision",
          "Precision",
          select(
            "precision",
            precisions.map((p) => ({ value: p, label: p })),
          ),
        )}
        {field("engine", "Engine", text("engine", { placeholder: "(from the file)" }))}
        {field("engineVersion", "Engine version", text("engineVersion"))}
        {field("sourceUrl", "Source URL", text("sourceUrl", { type: "url", placeholder: "https://…" }), true)}
      </div>
    </section>
  );
}
