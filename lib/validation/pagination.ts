import { z } from "zod";

// Page numbers in query strings: whole numbers from 1. A page past the last is not an error: lists
// clamp it to their last page.
const wholeNumber = (max: number, message: string) =>
  z.string().trim().regex(/^\d+$/, "Must be a whole number").transform(Number).pipe(z.number().int().min(1, message).max(max, message));

export const MAX_PAGE = 100_000;

export const pageQuerySchema = wholeNumber(MAX_PAGE, `Must be between 1 and ${MAX_PAGE}`).describe("Page number, from 1 (past the last page: the last page)");

export function pageSizeQuerySchema(max: number) {
  return wholeNumber(max, `Must be between 1 and ${max}`).describe(`Rows per page, at most ${max}`);
}

/** The page actually shown: `requested` clamped to 1…pageCount. */
export function clampPage(requested: number, total: number, pageSize: number): { page: number; pageCount: number } {
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  return { page: Math.min(Math.max(1, requested), pageCount), pageCount };
}
