import { describe, expect, it } from "vitest";

import { parseImportFields } from "@/lib/validation/import";

const fields = (entries: [string, string][]) => {
  const map = new Map<string, string[]>();
  for (const [k, v] of entries) map.set(k, [...(map.get(k) ?? []), v]);
  return map;
};

describe("parseImportFields", () => {
  it("defaults to format auto, a real import and no defaults", () => {
    expect(parseImportFields(fields([]))).toEqual({ success: true, data: { format: "auto", dryRun: false, defaults: {}, overrides: [] } });
  });

  it("reads defaults from single fields and from a JSON object, coercing text like the form does", () => {
    const parsed = parseImportFields(
      fields([
        ["format", "vllm"],
        ["dryRun", "TRUE"],
        ["defaults", JSON.stringify({ model: "llama-3.1-8b", acceleratorCount: 8 })],
        ["accelerator", "H100-SXM"],
        ["precision", "fp8"],
        ["engine", " SGLang "],
      ]),
    );
    expect(parsed).toEqual({
      success: true,
      data: {
        format: "vllm",
        dryRun: true,
        defaults: { model: "llama-3.1-8b", acceleratorCount: 8, accelerator: "h100-sxm", precision: "FP8", engine: "SGLang" },
        overrides: [],
      },
    });
  });

  it("reports every bad field with its path", () => {
    const parsed = parseImportFields(
      fields([
        ["format", "xml"],
        ["dryRun", "perhaps"],
        ["acceleratorCount", "0"],
        ["sourceUrl", "ftp://example.com"],
        ["colour", "red"],
        ["format", "csv"],
      ]),
    );
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(parsed.errors).toEqual([
      { path: "format", message: "format was sent 2 times; send it once" },
      {
        path: "colour",
        message:
          'Unknown field "colour"; allowed: file, systemFile, format, dryRun, defaults, overrides, model, accelerator, acceleratorCount, precision, engine, engineVersion, sourceUrl',
      },
      { path: "format", message: "format must be one of auto, vllm, vllm-nightly, guidellm, llmperf, genai-perf, mlperf, mlperf-log, csv" },
      { path: "dryRun", message: 'dryRun must be "true" or "false"' },
      { path: "defaults.acceleratorCount", message: "Accelerator count must be at least 1" },
      { path: "defaults.sourceUrl", message: "Source URL must be an http:// or https:// link" },
    ]);
  });

  it("refuses defaults that are not a JSON object or name unknown keys", () => {
    const notJson = parseImportFields(fields([["defaults", "{model:"]]));
    expect(notJson).toEqual({ success: false, errors: [{ path: "defaults", message: 'defaults must be a JSON object such as {"model":"llama-3.1-8b"}' }] });
    const unknown = parseImportFields(fields([["defaults", JSON.stringify({ outputTokensPerSecond: 5 })]]));
    expect(unknown.success).toBe(false);
    if (!unknown.success) expect(unknown.errors[0].path).toBe("defaults.outputTokensPerSecond");
  });

  it("reads overrides as a comma list or a JSON array of default names, naming unknown ones", () => {
    const listed = parseImportFields(
      fields([
        ["overrides", "model, accelerator"],
        ["model", "llama-3.1-8b"],
      ]),
    );
    expect(listed.success && listed.data.overrides).toEqual(["model", "accelerator"]);
    const json = parseImportFields(
      fields([
        ["overrides", '["precision"]'],
        ["format", "guidellm"],
      ]),
    );
    expect(json.success && json.data).toMatchObject({ format: "guidellm", overrides: ["precision"] });
    const bad = parseImportFields(fields([["overrides", "model,colour"]]));
    expect(bad).toEqual({
      success: false,
      errors: [
        { path: "overrides", message: 'Unknown override "colour"; allowed: model, accelerator, acceleratorCount, precision, engine, engineVersion, sourceUrl' },
      ],
    });
    expect(parseImportFields(fields([["overrides", "[1]"]]))).toMatchObject({ success: false, errors: [{ path: "overrides" }] });
  });
});
