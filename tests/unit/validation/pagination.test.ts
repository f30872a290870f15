import { describe, expect, it } from "vitest";

import { catalogPageQuerySchema, offeringListQuerySchema } from "@/lib/validation/catalog";
import { toFieldErrors } from "@/lib/validation/field-errors";
import { hardwareQuerySchema } from "@/lib/validation/hardware-query";
import { MAX_PAGE, pageQuerySchema } from "@/lib/validation/pagination";

function errorsOf(query: Record<string, string>) {
  const parsed = catalogPageQuerySchema.safeParse(query);
  return parsed.success ? [] : toFieldErrors(parsed.error);
}

describe("page numbers in query strings: one message per value, naming the rule it breaks", () => {
  it.each([
    ["-1", "Must be 1 or more"],
    ["0", "Must be 1 or more"],
    ["-0", "Must be 1 or more"],
    ["1.5", "Must be a whole number"],
    ["-1.5", "Must be a whole number"],
    ["two", "Must be a whole number"],
    ["1e3", "Must be a whole number"],
    [String(MAX_PAGE + 1), "Must be at most 100,000"],
    ["99999999999999999999999", "Must be at most 100,000"],
  ])("page=%s → %s", (page, message) => {
    expect(errorsOf({ page })).toEqual([{ path: "page", message }]);
  });

  it("reads whole numbers from 1 to the bound, spaces trimmed", () => {
    expect(pageQuerySchema.parse("1")).toBe(1);
    expect(pageQuerySchema.parse(" 42 ")).toBe(42);
    expect(pageQuerySchema.parse(String(MAX_PAGE))).toBe(MAX_PAGE);
    expect(hardwareQuerySchema.parse({ page: "3" })).toEqual({ page: 3 });
  });

  it("bounds page sizes by their own maximum", () => {
    const parsed = offeringListQuerySchema.safeParse({ pageSize: "100000" });
    expect(parsed.success).toBe(false);
    const [error] = toFieldErrors(parsed.error!);
    expect(error.path).toBe("pageSize");
    expect(error.message).toBe("Must be at most 500");
    expect(toFieldErrors(offeringListQuerySchema.safeParse({ pageSize: "0" }).error!)).toEqual([{ path: "pageSize", message: "Must be 1 or more" }]);
  });
});
