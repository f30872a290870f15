import { z } from "zod";

// Field builders of the submission schema (lib/validation/submission.ts): each names its field in
// the message, and says what it got when the type is wrong.

const SLUG_PATTERN = /^[a-z0-9]+(?:[-._][a-z0-9]+)*$/;

export function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "string") return value.trim() === "" ? "an empty text" : `the text "${value.slice(0, 40)}"`;
  if (typeof value === "number") return Number.isNaN(value) ? "NaN" : String(value);
  return `a ${typeof value}`;
}

export function requiredOr(label: string, expected: string) {
  return (issue: { input?: unknown }) =>
    issue.input === undefined ? `${label} is required` : `${label} must be ${expected}, not ${describeValue(issue.input)}`;
}

// One message per value: a fraction is told it is not whole, and a number past a bound (1e308 is
// whole, but past the integers a number holds exactly, which .int() also refuses) is told the bound.
export function intField(label: string, min: number, max: number) {
  const whole = `${label} must be a whole number`;
  return z
    .number({ error: requiredOr(label, "a whole number") })
    .refine(Number.isInteger, { error: whole, abort: true })
    .min(min, { error: `${label} must be at least ${min}`, abort: true })
    .max(max, { error: `${label} must be at most ${max.toLocaleString("en-US")}`, abort: true })
    .int({ error: whole });
}

// Strictly positive: a measured rate or latency of 0 means "not measured", which is absent, not zero.
export function positiveField(label: string, max: number, unit: string) {
  return z
    .number({ error: requiredOr(label, "a number") })
    .gt(0, { error: `${label} must be greater than 0 ${unit}` })
    .max(max, { error: `${label} must be at most ${max.toLocaleString("en-US")} ${unit}` });
}

export function textField(label: string, max: number) {
  return z
    .string({ error: requiredOr(label, "text") })
    .trim()
    .min(1, { error: `${label} must not be empty` })
    .max(max, { error: `${label} must be at most ${max} characters` });
}

export function slugField(label: string) {
  return z
    .string({ error: requiredOr(label, "a slug") })
    .trim()
    .min(1, { error: `${label} is required` })
    .max(100, { error: `${label} must be at most 100 characters` })
    .regex(SLUG_PATTERN, { error: `${label} must be a catalog slug (lowercase letters, digits, "-", "." or "_")` });
}

export function booleanField(label: string) {
  return z.boolean({ error: requiredOr(label, "true or false") });
}
