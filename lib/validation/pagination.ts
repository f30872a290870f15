import { z } from "zod";

// Page numbers in query strings: whole numbers from 1. A page past the last is not an error: lists
// clamp it to their last page. One message per value, naming the rule it breaks: a fraction or a word is
// not a whole number, -1 and 0 are below 1, a huge number is above the bound.
const wholeNumber = (max: number) =>
  z
    .string()
    .trim()
    .regex(/^-?\d+$/, "Must be a whole number")
    .transform(Number)
    .pipe(
      z
        .number()
        .min(1, "Must be 1 or more")
        .max(max, `Must be at most ${max.toLocaleString("en-US")}`),
    );

export const MAX_PAGE = 100_000;

export const pageQuerySchema = wholeNumber(MAX_PAGE).describe("Page number, from 1 (past the last page: the last page)");

export function pageSizeQuerySchema(max: number) {
  return wholeNumber(max).describe(`Rows per page, at most ${max}`);
}

/** The page actually shown: `requested` clamped to 1…pageCount. */
export function clampPage(requested: number, total: number, pageSize: number): { page: number; pageCount: number } {
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  return { page: Math.min(Math.max(1, requested), pageCount), pageCount };
}
