// /compare's query: a missing or unknown value is reported in words at the field that names it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { compareOfferings } from "@/lib/data/leaderboard/compare-offerings";
import { db } from "@/lib/db";
import { ValidationError } from "@/lib/errors";
import { compareQuerySchema } from "@/lib/validation/compare-query";
import { toFieldErrors } from "@/lib/validation/field-errors";

let offerings: string[];

beforeAll(async () => {
  offerings = (await db.offering.findMany({ orderBy: { slug: "asc" }, take: 2, select: { slug: true } })).map((o) => o.slug);
  expect(offerings).toHaveLength(2);
});

afterAll(async () => {
  await db.$disconnect();
});

function errorsOf(query: Record<string, string>) {
  const parsed = compareQuerySchema.safeParse(query);
  return parsed.success ? [] : toFieldErrors(parsed.error);
}

async function compareErrors(query: Record<string, string>) {
  const error = await compareOfferings({ query: compareQuerySchema.parse(query), user: null }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ValidationError);
  return (error as ValidationError).errors;
}

describe("compare query parsing", () => {
  it("names each missing value in words", () => {
    expect(errorsOf({})).toEqual([
      { path: "offerings", message: "Pick 2 to 4 offerings" },
      { path: "model", message: "Choose a model to compare" },
    ]);
    expect(errorsOf({ offerings: offerings.join(",") })).toEqual([{ path: "model", message: "Choose a model to compare" }]);
    expect(errorsOf({ offerings: "only-one", model: "llama-2-70b" })).toEqual([{ path: "offerings", message: "Pick 2 to 4 offerings" }]);
    expect(errorsOf({ offerings: "a,b", model: "Not A Slug" })).toEqual([{ path: "model", message: "Must be a slug (lowercase letters, digits, dashes)" }]);
  });

  it("reports an unknown model at model, not at offerings", async () => {
    expect(await compareErrors({ offerings: offerings.join(","), model: "nomodel" })).toEqual([{ path: "model", message: 'Unknown model "nomodel"' }]);
  });

  it("reports each unknown offering at offerings", async () => {
    expect(await compareErrors({ offerings: `${offerings[0]},no-such-offering`, model: "llama-2-70b" })).toEqual([
      { path: "offerings", message: 'Unknown offering "no-such-offering"' },
    ]);
  });

  it("compares known offerings for a known model", async () => {
    const result = await compareOfferings({ query: compareQuerySchema.parse({ offerings: offerings.join(","), model: "llama-2-70b" }), user: null });
    expect(result.model.slug).toBe("llama-2-70b");
    expect(result.offerings.map((o) => o.slug)).toEqual(offerings);
  });
});
