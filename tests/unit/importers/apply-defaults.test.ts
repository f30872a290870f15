import { describe, expect, it } from "vitest";

import { applyDefaults } from "@/lib/importers/apply-defaults";

describe("applyDefaults", () => {
  const defaults = { model: "llama-3.1-8b", accelerator: "h100-sxm", acceleratorCount: 8, precision: "FP8" as const, engine: "vLLM" };

  it("fills only the fields a draft left empty and validates the result", () => {
    const result = applyDefaults(
      [
        { row: 1, input: { outputTokensPerSecond: 1000 } },
        { row: 2, input: { outputTokensPerSecond: 2000, accelerator: "mi300x", precision: "BF16" } },
      ],
      defaults,
    );
    expect(result.invalid).toEqual([]);
    expect(result.valid).toEqual([
      { row: 1, submission: { ...defaults, outputTokensPerSecond: 1000, features: {} } },
      { row: 2, submission: { ...defaults, accelerator: "mi300x", precision: "BF16", outputTokensPerSecond: 2000, features: {} } },
    ]);
  });

  it("reports what is still missing or wrong per row with field paths", () => {
    const result = applyDefaults(
      [
        { row: 3, input: { outputTokensPerSecond: 1000 } },
        { row: 7, input: { outputTokensPerSecond: 1000, ttftMsP50: 90, ttftMsP99: 80 } },
      ],
      { model: "llama-3.1-8b", engine: "vLLM" },
    );
    expect(result.valid).toEqual([]);
    expect(result.invalid).toEqual([
      {
        row: 3,
        errors: [
          { path: "accelerator", message: "Accelerator is required" },
          { path: "acceleratorCount", message: "Accelerator count is required" },
          { path: "precision", message: "Precision is required" },
        ],
      },
      {
        row: 7,
        errors: [
          { path: "accelerator", message: "Accelerator is required" },
          { path: "acceleratorCount", message: "Accelerator count is required" },
          { path: "precision", message: "Precision is required" },
        ],
      },
    ]);
    const withHardware = applyDefaults([{ row: 7, input: { outputTokensPerSecond: 1000, ttftMsP50: 90, ttftMsP99: 80 } }], defaults);
    expect(withHardware.invalid).toEqual([{ row: 7, errors: [{ path: "ttftMsP99", message: "TTFT p99 (80 ms) cannot be lower than p50 (90 ms)" }] }]);
  });

  it("reports a bad default against the field it fills", () => {
    const result = applyDefaults([{ row: 1, input: { outputTokensPerSecond: 1000 } }], { ...defaults, acceleratorCount: 0 });
    expect(result.invalid).toEqual([{ row: 1, errors: [{ path: "acceleratorCount", message: "Accelerator count must be at least 1" }] }]);
  });
});
