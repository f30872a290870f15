import { describe, expect, it } from "vitest";

import { buildOpenApiDocument } from "@/lib/openapi/build-openapi";
import { toFieldErrors } from "@/lib/validation/field-errors";
import { planInputsSchema, planQuerySchema } from "@/lib/validation/plan";

function queryErrors(query: Record<string, string>) {
  const parsed = planQuerySchema.safeParse(query);
  return parsed.success ? [] : toFieldErrors(parsed.error);
}

function inputErrors(inputs: Record<string, unknown>) {
  const parsed = planInputsSchema.safeParse(inputs);
  return parsed.success ? [] : toFieldErrors(parsed.error);
}

describe("plan query schema: field errors in words", () => {
  it.each([
    ["minTokensPerSecondPerUser", "100000", "Must be at most 10,000 tokens/s per user"],
    ["minTokensPerSecondPerUser", "0", "Must be more than 0 tokens/s per user"],
    ["ttftMsLimit", "700000", "Must be at most 600,000 ms"],
    ["inputTokens", "3000000", "The average input length must be at most 2,000,000 tokens"],
    ["outputTokens", "-1", "The average output length must be more than 0 tokens"],
    ["outputTokens", "12.5", "The average output length must be a whole number of tokens"],
    ["outputTokensPerDay", "lots", "Must be a number"],
    ["model", "Llama 3", "Must be a slug (lowercase letters, digits, dashes)"],
  ])("%s=%s → %s", (field, value, message) => {
    expect(queryErrors({ [field]: value })).toEqual([{ path: field, message }]);
  });

  it("an empty model is no model (the planner then asks for one), not a slug error", () => {
    expect(planQuerySchema.parse({ model: "", outputTokensPerDay: "1e9" }).model).toBeUndefined();
    expect(planQuerySchema.parse({ model: "llama-3.1-8b" }).model).toBe("llama-3.1-8b");
  });
});

describe("plan inputs schema: a number too large says the limit, not 'Must be a number'", () => {
  it.each([
    ["outputTokensPerDay", 1e30, "Must be at most 1,000,000,000,000,000,000 tokens per day"],
    ["requestsPerDay", 1e16, "Must be at most 1,000,000,000,000,000 requests per day"],
    ["powerCapMw", 1e6, "Must be at most 100,000 MW"],
    ["budgetUsdPerMonth", 1e14, "Must be at most $10,000,000,000,000 per month"],
    ["outputTokensPerDay", "1e9", "Must be a number"],
  ])("%s=%s → %s", (field, value, message) => {
    expect(inputErrors({ [field]: value })).toEqual([{ path: field, message }]);
  });
});

describe("OpenAPI: /api/v1/plan documents what the average lengths do", () => {
  it("inputTokens and outputTokens convert requests and filter no results", () => {
    const doc = buildOpenApiDocument() as unknown as { paths: Record<string, { get: { parameters: { name: string; schema: { description?: string } }[] } }> };
    const params = doc.paths["/api/v1/plan"].get.parameters;
    for (const name of ["inputTokens", "outputTokens"]) {
      const description = params.find((p) => p.name === name)?.schema.description ?? "";
      expect(description, name).toContain("requestsPerDay");
      expect(description, name).toContain("does not filter results by benchmark lengths");
    }
  });
});
