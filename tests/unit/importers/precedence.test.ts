import { describe, expect, it } from "vitest";

import { applyFormValues } from "@/lib/importers/precedence";
import { parseVllmResult } from "@/lib/importers/vllm";

import { testAccelerators, testModels } from "./catalog-fixture";

const catalog = { modelAliases: testModels, acceleratorAliases: testAccelerators };
const result = (fields: Record<string, unknown>) =>
  JSON.stringify({
    backend: "vllm",
    max_concurrency: 8,
    duration: 10,
    completed: 80,
    total_input_tokens: 8000,
    total_output_tokens: 8000,
    output_throughput: 800,
    median_ttft_ms: 40,
    median_tpot_ms: 10,
    ...fields,
  });

describe("precedence: the file wins, the form fills gaps, mismatches warn with both values", () => {
  it("fills only what the file lacks and keeps equal values silent", () => {
    expect(applyFormValues({ model: "llama-3.1-8b" }, { model: "llama-3.1-8b", precision: "FP8" })).toEqual({
      merged: { model: "llama-3.1-8b", precision: "FP8" },
      warnings: [],
    });
  });

  it("keeps the file's model id over the form's model and warns with both values", () => {
    const [draft] = parseVllmResult(result({ model_id: "Qwen/Qwen3-32B" }), { ...catalog, defaults: { model: "llama-3.1-8b" } }).drafts;
    expect(draft.input.model).toBe("qwen3-32b");
    expect(draft.warnings).toEqual([
      `model: the file says "qwen3-32b", the form says "llama-3.1-8b"; the file's value is kept. Tick "use the form's value" for model to override it.`,
    ]);
  });

  it("lets an explicit override replace the file's value, and says so", () => {
    const [draft] = parseVllmResult(result({ model_id: "Qwen/Qwen3-32B", gpu: "4xNVIDIA_L40S" }), {
      ...catalog,
      defaults: { accelerator: "h100-sxm" },
      overrides: ["accelerator"],
    }).drafts;
    expect(draft.input).toMatchObject({ accelerator: "h100-sxm", acceleratorCount: 4 });
    expect(draft.warnings).toContain(`accelerator: the form's "h100-sxm" replaces the file's "l40s" (explicit override)`);
  });

  it("reads a GPU string such as 4xNVIDIA_L40S as accelerator and count, over the form's", () => {
    const [draft] = parseVllmResult(result({ model_id: "Qwen/Qwen3-32B", gpu: "4xNVIDIA_L40S" }), {
      ...catalog,
      defaults: { accelerator: "h100-sxm", acceleratorCount: 8 },
    }).drafts;
    expect(draft.input).toMatchObject({ accelerator: "l40s", acceleratorCount: 4 });
    expect(draft.warnings).toHaveLength(2);
  });

  it("takes TP, ISL, OSL and concurrency from well-known file-name patterns when the file body lacks them", () => {
    const body = JSON.stringify({ backend: "vllm", model_id: "Qwen/Qwen3-32B", output_throughput: 500, completed: 10 });
    const [draft] = parseVllmResult(body, { ...catalog, fileName: "qwen3-32b_tp2_isl1024_osl256_conc32.json", defaults: { acceleratorCount: 8 } }).drafts;
    expect(draft.input).toMatchObject({ acceleratorCount: 2, inputTokens: 1024, outputTokens: 256, concurrency: 32 });
    expect(draft.warnings[0]).toContain("acceleratorCount: the file says 2, the form says 8");
  });

  it("maps a JSON Lines `model` metadata key (a Hugging Face id) through aliases instead of rejecting every row", () => {
    const lines = [1, 2, 3].map((c) => result({ model: "meta-llama/Llama-3.1-8B-Instruct", max_concurrency: c })).join("\n");
    const parsed = parseVllmResult(lines, { ...catalog, defaults: { model: "llama-3.1-8b" } });
    expect(parsed.skipped).toEqual([]);
    expect(parsed.drafts.map((d) => d.input.model)).toEqual(["llama-3.1-8b", "llama-3.1-8b", "llama-3.1-8b"]);
  });

  it("refuses an unknown Hugging Face id with a row error naming it and how to map it, even with a form model", () => {
    const parsed = parseVllmResult(result({ model_id: "Qwen/Qwen3.5-397B-A17B" }), { ...catalog, defaults: { model: "llama-3.1-8b" } });
    expect(parsed.drafts).toEqual([]);
    expect(parsed.skipped[0].reason).toContain('Model id "Qwen/Qwen3.5-397B-A17B" is not in the catalog');
    expect(parsed.skipped[0].reason).toContain('adds "Qwen/Qwen3.5-397B-A17B" to the aliases');
  });

  it("refuses an accelerator name that matches nothing, naming it", () => {
    const parsed = parseVllmResult(result({ model_id: "Qwen/Qwen3-32B", gpu: "8xAcme_Warp9" }), catalog);
    expect(parsed.skipped[0].reason).toContain('Accelerator "8xAcme_Warp9" is not in the catalog');
  });
});
