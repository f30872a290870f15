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

// URLSearchParams → plain object; repeated keys become arrays so schemas can reject or accept them.
export function searchParamsToObject(params: URLSearchParams): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const all = params.getAll(key);
    out[key] = all.length > 1 ? all : all[0];
  }
  return out;
}
