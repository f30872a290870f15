import "server-only";

import { notFound } from "next/navigation";
import type { z } from "zod";

import { NotFoundError, type FieldError } from "@/lib/errors";
import { fieldOf, toFieldErrors } from "@/lib/validation/field-errors";

// Pages turn a typed NotFoundError from lib/data into Next's 404 page; everything else propagates.
export async function orNotFound<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

type RawSearchParams = Record<string, string | string[] | undefined>;

// Query strings on pages never produce a 500: invalid values are reported and the defaults are used.
export function parseSearchParams<T extends z.ZodType>(schema: T, raw: RawSearchParams): { data: z.infer<T>; errors: FieldError[] } {
  const clean = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = schema.safeParse(clean);
  if (parsed.success) return { data: parsed.data, errors: [] };
  const errors = toFieldErrors(parsed.error);
  const badKeys = new Set(errors.map(fieldOf));
  const retry = schema.safeParse(Object.fromEntries(Object.entries(clean).filter(([k]) => !badKeys.has(k))));
  return { data: retry.success ? retry.data : (schema.parse({}) as z.infer<T>), errors };
}
