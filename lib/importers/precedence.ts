import type { SubmissionDefaults } from "@/lib/importers/types";

// One precedence rule for every format: what the file states wins; the form fills only what the
// file lacks; where both state a value and they differ, the file's is kept and a warning shows
// both — unless the user ticked "use the form's value" for that field (overrides), which is the
// only way a form value replaces a file value.

export type Precedence = { merged: Record<string, unknown>; warnings: string[] };

function same(a: unknown, b: unknown): boolean {
  if (typeof a === "string" && typeof b === "string") return a.trim().toLowerCase() === b.trim().toLowerCase();
  return a === b;
}

function show(value: unknown): string {
  return typeof value === "string" ? `"${value}"` : String(value);
}

export function applyFormValues(fromFile: Record<string, unknown>, defaults: SubmissionDefaults = {}, overrides: readonly string[] = []): Precedence {
  const merged: Record<string, unknown> = { ...fromFile };
  const warnings: string[] = [];
  for (const [key, formValue] of Object.entries(defaults)) {
    if (formValue === undefined || formValue === null || formValue === "") continue;
    const fileValue = fromFile[key];
    if (fileValue === undefined || fileValue === null) {
      merged[key] = formValue;
      continue;
    }
    if (same(fileValue, formValue)) continue;
    if (overrides.includes(key)) {
      merged[key] = formValue;
      warnings.push(`${key}: the form's ${show(formValue)} replaces the file's ${show(fileValue)} (explicit override)`);
    } else {
      warnings.push(
        `${key}: the file says ${show(fileValue)}, the form says ${show(formValue)}; the file's value is kept. Tick "use the form's value" for ${key} to override it.`,
      );
    }
  }
  return { merged, warnings };
}
