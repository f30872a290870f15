import type { z } from "zod";

import type { FieldError } from "@/lib/errors";

export function toFieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.flatMap((issue) => {
    const base = issue.path.map(String);
    // Report each unknown key at its own path so a client can point at the offending field.
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({ path: [...base, key].join("."), message: `Unknown field "${key}"` }));
    }
    return [{ path: base.join(".") || "(root)", message: issue.message }];
  });
}

/** The form field an error belongs to: the first segment of its path (an error under offerings.1, one bad slug, is the offerings field's). */
export function fieldOf(error: FieldError): string {
  return error.path.split(".")[0];
}

/** Each named field's messages, joined, for a form that shows them beside its fields; errors of other names are left to the page's summary. */
export function errorsByField(errors: readonly FieldError[], fields: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const error of errors) {
    const field = fieldOf(error);
    if (!fields.includes(field)) continue;
    out[field] = out[field] ? `${out[field]}; ${error.message}` : error.message;
  }
  return out;
}

// URLSearchParams → plain object; repeated keys become arrays so schemas can reject or accept them.
export function searchParamsToObject(params: URLSearchParams): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const all = params.getAll(key);
    out[key] = all.length > 1 ? all : all[0];
  }
  return out;
}
