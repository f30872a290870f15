import { describe, expect, it } from "vitest";

import { toFieldErrors } from "@/lib/validation/field-errors";
import { cloneScenarioBodySchema, formDataToScenarioInput, scenarioBodySchema, updateScenarioBodySchema } from "@/lib/validation/scenario";
import { DEFAULT_SCENARIO_PARAMS } from "@/lib/validation/scenario-params";

const errorsOf = (schema: typeof scenarioBodySchema | typeof updateScenarioBodySchema | typeof cloneScenarioBodySchema, input: unknown) => {
  const result = schema.safeParse(input);
  return result.success ? [] : toFieldErrors(result.error);
};

describe("scenarioBodySchema", () => {
  it("fills the documented defaults and keeps private scenarios team-less", () => {
    const parsed = scenarioBodySchema.parse({ name: "  Cheap power  ", params: { electricityUsdPerKwh: 0.05 } });
    expect(parsed).toEqual({ name: "Cheap power", visibility: "private", params: { ...DEFAULT_SCENARIO_PARAMS, electricityUsdPerKwh: 0.05 } });
  });

  it("reports bad parameters under params.<name>", () => {
    expect(errorsOf(scenarioBodySchema, { name: "x", params: { utilization: 1.5, pue: "high", colour: "red" } })).toEqual([
      { path: "params.pue", message: "PUE must be a number" },
      { path: "params.utilization", message: "Must be between 0.01 and 1 share of hours" },
      { path: "params.colour", message: 'Unknown field "colour"' },
    ]);
  });

  it("needs a team for team visibility and refuses one for private", () => {
    expect(errorsOf(scenarioBodySchema, { name: "x", visibility: "team", params: {} })).toEqual([
      { path: "teamId", message: "Choose the team to share this scenario with" },
    ]);
    expect(errorsOf(scenarioBodySchema, { name: "x", visibility: "private", teamId: "t1", params: {} })[0].path).toBe("teamId");
    expect(errorsOf(scenarioBodySchema, { name: "", params: {} })).toEqual([{ path: "name", message: "Enter a scenario name" }]);
    expect(errorsOf(scenarioBodySchema, { name: "x", visibility: "public", params: {} })).toEqual([
      { path: "visibility", message: "Visibility must be private or team" },
    ]);
  });

  it("accepts expectedRevision on update only as a positive whole number", () => {
    expect(updateScenarioBodySchema.parse({ name: "x", params: {}, expectedRevision: 3 }).expectedRevision).toBe(3);
    expect(errorsOf(updateScenarioBodySchema, { name: "x", params: {}, expectedRevision: 1.5 })[0].path).toBe("expectedRevision");
    expect(errorsOf(scenarioBodySchema, { name: "x", params: {}, expectedRevision: 1 })).toEqual([
      { path: "expectedRevision", message: 'Unknown field "expectedRevision"' },
    ]);
  });
});

describe("formDataToScenarioInput", () => {
  it("turns form fields into a body: numbers, booleans, lists, empty fields left out", () => {
    const form = new FormData();
    form.set("name", "Team plan");
    form.set("visibility", "team");
    form.set("teamId", "team-1");
    form.set("utilization", "0.45");
    form.set("interactivityTarget", "");
    form.set("ttftMsLimit", "abc");
    form.set("allowDisaggregated", "false");
    form.set("tokenBasis", "total");
    form.set("pricingBasis", "");
    form.append("precisions", "FP8");
    form.append("precisions", "FP4");
    form.set("expectedRevision", "2");
    const body = formDataToScenarioInput(form) as { params: Record<string, unknown> } & Record<string, unknown>;
    expect(body).toEqual({
      name: "Team plan",
      visibility: "team",
      teamId: "team-1",
      expectedRevision: 2,
      params: { utilization: 0.45, ttftMsLimit: Number.NaN, allowDisaggregated: false, tokenBasis: "total", precisions: ["FP8", "FP4"] },
    });
    expect(errorsOf(updateScenarioBodySchema, body)).toEqual([{ path: "params.ttftMsLimit", message: expect.any(String) }]);
  });

  it("drops the team picker for private scenarios", () => {
    const form = new FormData();
    form.set("name", "Mine");
    form.set("visibility", "private");
    form.set("teamId", "team-1");
    expect(formDataToScenarioInput(form)).toEqual({ name: "Mine", visibility: "private", params: {} });
    expect(scenarioBodySchema.safeParse(formDataToScenarioInput(form)).success).toBe(true);
  });
});
