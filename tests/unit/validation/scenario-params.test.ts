import { describe, expect, it } from "vitest";

import { toFieldErrors } from "@/lib/validation/field-errors";
import { formDataToScenarioInput, scenarioBodySchema } from "@/lib/validation/scenario";
import { scenarioParamsSchema, scenarioParamsWriteSchema } from "@/lib/validation/scenario-params";

const errorsOf = (params: Record<string, unknown>) => {
  const result = scenarioBodySchema.safeParse({ name: "x", params });
  return result.success ? [] : toFieldErrors(result.error);
};

describe("scenario numbers: the bound in words, one message per field", () => {
  it.each([
    ["interactivityTarget", Infinity, "Must be at most 10,000 tok/s per user"],
    ["interactivityTarget", 20_000, "Must be at most 10,000 tok/s per user"],
    ["interactivityTarget", -Infinity, "Must be a positive speed in tok/s per user"],
    ["ttftMsLimit", Infinity, "Must be at most 600,000 ms"],
    ["ttftMsLimit", 0, "Must be a positive number of milliseconds"],
    ["inputTokens", Infinity, "Must be at most 2,000,000 tokens"],
    ["inputTokens", 1e20, "Must be at most 2,000,000 tokens"],
    ["outputTokens", 12.5, "Must be a whole number of tokens"],
    ["outputTokens", 0, "Must be more than 0 tokens"],
    ["outputTokens", Number.NaN, "Must be a number"],
    ["electricityUsdPerKwh", Infinity, "Must be between 0 and 1 $/kWh"],
    ["pue", -Infinity, "Must be between 1 and 3 ratio"],
    ["pue", "high", "PUE must be a number"],
    ["amortizationYears", 1e309, "Must be between 1 and 10 years"],
  ])("%s=%s → %s", (key, value, message) => {
    expect(errorsOf({ [key]: value })).toEqual([{ path: `params.${key}`, message }]);
  });

  it("1e309 typed in the scenario form says the bound, not 'received Infinity'", () => {
    const form = new FormData();
    form.set("name", "Huge");
    for (const key of ["interactivityTarget", "ttftMsLimit", "inputTokens", "outputTokens", "utilization"]) form.set(key, "1e309");
    const result = scenarioBodySchema.safeParse(formDataToScenarioInput(form));
    expect(result.success).toBe(false);
    const errors = toFieldErrors(result.error!);
    expect(errors).toEqual([
      { path: "params.interactivityTarget", message: "Must be at most 10,000 tok/s per user" },
      { path: "params.ttftMsLimit", message: "Must be at most 600,000 ms" },
      { path: "params.utilization", message: "Must be between 0.01 and 1 share of hours" },
      { path: "params.inputTokens", message: "Must be at most 2,000,000 tokens" },
      { path: "params.outputTokens", message: "Must be at most 2,000,000 tokens" },
    ]);
    expect(errors.map((e) => e.message).join(" ")).not.toContain("Infinity");
  });
});

describe("scenario model type: checked against MODEL_TYPES on write only", () => {
  it("refuses an unknown model type at params.modelType", () => {
    expect(errorsOf({ modelType: "nonexistent" })).toEqual([{ path: "params.modelType", message: 'Unknown model type "nonexistent"' }]);
  });

  it("accepts every known model type, trimmed", () => {
    expect(scenarioParamsWriteSchema.parse({ modelType: " dense-70b " }).modelType).toBe("dense-70b");
    expect(errorsOf({ modelType: "moe-large" })).toEqual([]);
  });

  it("still reads a scenario saved with an unknown model type (the leaderboard reports it)", () => {
    expect(scenarioParamsSchema.parse({ modelType: "nonexistent" }).modelType).toBe("nonexistent");
  });

  it("keeps unknown parameters refused on write", () => {
    expect(errorsOf({ colour: "red" })).toEqual([{ path: "params.colour", message: 'Unknown field "colour"' }]);
  });
});
