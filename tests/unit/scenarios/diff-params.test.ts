import { describe, expect, it } from "vitest";

import { diffParams, formatParamValue, PARAM_ORDER } from "@/lib/pure/diff-params";
import { DEFAULT_SCENARIO_PARAMS, scenarioParamsSchema } from "@/lib/validation/scenario-params";

const params = (input: Record<string, unknown>) => scenarioParamsSchema.parse(input);

describe("diffParams", () => {
  it("lists nothing for identical revisions", () => {
    expect(diffParams(params({ utilization: 0.4 }), params({ utilization: 0.4 }))).toEqual([]);
  });

  it("lists each changed value with labels and formatted before/after, in form order", () => {
    const before = params({ utilization: 0.6, electricityUsdPerKwh: 0.08, precisions: ["FP8"] });
    const after = params({ utilization: 0.45, electricityUsdPerKwh: 0.12, precisions: ["FP8", "FP4"], interactivityTarget: 50, allowKvCacheOffload: false });
    expect(diffParams(before, after)).toEqual([
      { key: "precisions", label: "Allowed precisions", before: "FP8", after: "FP4, FP8" },
      { key: "allowKvCacheOffload", label: "KV-cache offload", before: "allowed", after: "excluded" },
      { key: "interactivityTarget", label: "Interactivity target", before: "none", after: "50 tok/s per user" },
      { key: "electricityUsdPerKwh", label: "Electricity price", before: "0.08 $/kWh", after: "0.12 $/kWh" },
      { key: "utilization", label: "Utilization", before: "0.6", after: "0.45" },
    ]);
  });

  it("treats lists as sets and an empty list as unset", () => {
    expect(diffParams(params({ precisions: ["FP8", "FP4"] }), params({ precisions: ["FP4", "FP8"] }))).toEqual([]);
    expect(diffParams(params({ models: [] }), params({}))).toEqual([]);
    expect(diffParams(params({ models: ["llama-3.1-70b"] }), params({}))).toEqual([{ key: "models", label: "Models", before: "llama-3.1-70b", after: "any" }]);
  });

  it("shows a first revision against the documented defaults", () => {
    const changes = diffParams(null, params({ pue: 1.1, tokenBasis: "total" }));
    expect(changes).toEqual([
      { key: "tokenBasis", label: "Token basis", before: "output", after: "total" },
      { key: "pue", label: "PUE", before: String(DEFAULT_SCENARIO_PARAMS.pue), after: "1.1" },
    ]);
    expect(diffParams(null, DEFAULT_SCENARIO_PARAMS)).toEqual([]);
  });

  it("covers every parameter of the schema", () => {
    expect([...PARAM_ORDER].sort()).toEqual(Object.keys(scenarioParamsSchema.shape).sort());
  });
});

describe("formatParamValue", () => {
  it("formats units, booleans, lists and unset values", () => {
    expect(formatParamValue("ttftMsLimit", 2000)).toBe("2000 ms");
    expect(formatParamValue("ttftMsLimit", undefined)).toBe("none");
    expect(formatParamValue("allowDisaggregated", true)).toBe("allowed");
    expect(formatParamValue("amortizationYears", 5)).toBe("5 years");
    expect(formatParamValue("cloudDiscount", 0.2)).toBe("0.2");
    expect(formatParamValue("modelType", undefined)).toBe("any");
  });
});
