import { describe, expect, it } from "vitest";

import { toFieldErrors } from "@/lib/validation/field-errors";
import { submissionDraftSchema, submissionInputSchema } from "@/lib/validation/submission";
import { submissionBatchSchema } from "@/lib/validation/submission-batch";
import { parseSubmissionForm } from "@/lib/validation/submission-form";

const minimal = {
  model: "llama-3.1-8b",
  accelerator: "h100-sxm",
  acceleratorCount: 8,
  precision: "FP8",
  engine: "vLLM",
  outputTokensPerSecond: 12_500.5,
};

function errorsOf(value: unknown, schema: { safeParse: (v: unknown) => { success: boolean; error?: unknown } } = submissionInputSchema) {
  const result = schema.safeParse(value);
  expect(result.success).toBe(false);
  return toFieldErrors(result.error as never);
}

function messageAt(errors: { path: string; message: string }[], path: string): string {
  const found = errors.find((e) => e.path === path);
  expect(found, `expected an error at ${path}, got ${JSON.stringify(errors)}`).toBeDefined();
  return found!.message;
}

describe("submissionInputSchema", () => {
  it("accepts a minimal submission and defaults features to {}", () => {
    const result = submissionInputSchema.parse(minimal);
    expect(result).toEqual({ ...minimal, features: {} });
  });

  it("accepts every field at once and trims text", () => {
    const full = {
      ...minimal,
      acceleratorCount: 12,
      prefillAcceleratorCount: 4,
      decodeAcceleratorCount: 8,
      engine: "  SGLang ",
      engineVersion: "0.4.6",
      systemName: "8x H100 SXM",
      scenario: "chat",
      inputTokens: 1024,
      outputTokens: 1024,
      concurrency: 64,
      inputTokensPerSecond: 40_000,
      interactivityTokensPerSecondPerUser: 62.4,
      ttftMsP50: 150,
      ttftMsP99: 273,
      tpotMsP50: 16,
      tpotMsP99: 17,
      averagePowerWatts: 5600,
      features: { speculativeDecoding: "eagle3", kvCacheOffload: true, disaggregated: true, expertParallelism: 8 },
      sourceUrl: "https://example.org/results/run-1",
      notes: "measured on 2025-06-12",
    };
    const result = submissionInputSchema.parse(full);
    expect(result.engine).toBe("SGLang");
    expect(result.features).toEqual({ speculativeDecoding: "eagle3", kvCacheOffload: true, disaggregated: true, expertParallelism: 8 });
    expect(result.decodeAcceleratorCount).toBe(8);
  });

  it("rejects wrong types with the field path and what was received", () => {
    const errors = errorsOf({ ...minimal, acceleratorCount: "8", outputTokensPerSecond: true, features: { kvCacheOffload: "yes" } });
    expect(messageAt(errors, "acceleratorCount")).toBe('Accelerator count must be a whole number, not the text "8"');
    expect(messageAt(errors, "outputTokensPerSecond")).toBe("Output tokens per second must be a number, not a boolean");
    expect(messageAt(errors, "features.kvCacheOffload")).toBe('KV-cache offload must be true or false, not the text "yes"');
  });

  it("names each missing required field", () => {
    const errors = errorsOf({});
    expect(errors.map((e) => e.path).sort()).toEqual(["accelerator", "acceleratorCount", "engine", "model", "outputTokensPerSecond", "precision"]);
    expect(messageAt(errors, "acceleratorCount")).toBe("Accelerator count is required");
  });

  it("rejects negative, zero, fractional and non-finite numbers", () => {
    const errors = errorsOf({ ...minimal, acceleratorCount: 2.5, outputTokensPerSecond: -3, ttftMsP50: 0, concurrency: -1, inputTokensPerSecond: Infinity });
    expect(messageAt(errors, "acceleratorCount")).toBe("Accelerator count must be a whole number");
    expect(messageAt(errors, "outputTokensPerSecond")).toBe("Output tokens per second must be greater than 0 tok/s");
    expect(messageAt(errors, "ttftMsP50")).toBe("TTFT p50 must be greater than 0 ms");
    expect(messageAt(errors, "concurrency")).toBe("Concurrency must be at least 1");
    expect(messageAt(errors, "inputTokensPerSecond")).toMatch(/^Input tokens per second must be a number, not Infinity$/);
  });

  it("rejects huge values against their upper bounds", () => {
    const errors = errorsOf({ ...minimal, acceleratorCount: 100_001, outputTokensPerSecond: 2e9, notes: "x".repeat(2001), engine: "e".repeat(81) });
    expect(messageAt(errors, "acceleratorCount")).toBe("Accelerator count must be at most 100,000");
    expect(messageAt(errors, "outputTokensPerSecond")).toBe("Output tokens per second must be at most 1,000,000,000 tok/s");
    expect(messageAt(errors, "notes")).toBe("Notes must be at most 2000 characters");
    expect(messageAt(errors, "engine")).toBe("Engine must be at most 80 characters");
    expect(submissionInputSchema.safeParse({ ...minimal, acceleratorCount: 100_000, outputTokensPerSecond: 1e9 }).success).toBe(true);
  });

  it("gives a number far past a whole-number field's bound one message, the bound", () => {
    const errors = errorsOf({ ...minimal, inputTokens: 1e308, concurrency: -1e308 });
    expect(errors.filter((e) => e.path === "inputTokens").map((e) => e.message)).toEqual(["Input tokens must be at most 10,000,000"]);
    expect(errors.filter((e) => e.path === "concurrency").map((e) => e.message)).toEqual(["Concurrency must be at least 1"]);
  });

  it("rejects unknown keys at the top level and inside features, one error per key", () => {
    const errors = errorsOf({ ...minimal, output_throughput: 5, features: { speculative: "eagle" } });
    expect(errors.map((e) => e.path).sort()).toEqual(["features.speculative", "output_throughput"]);
    expect(messageAt(errors, "output_throughput")).toBe('Unknown field "output_throughput"');
    expect(messageAt(errors, "features.speculative")).toBe('Unknown field "speculative"');
    // The schema's own issue also lists what is allowed, for callers reading zod issues directly.
    const issue = submissionInputSchema.safeParse({ ...minimal, output_throughput: 5 }).error!.issues[0];
    expect(issue.message).toMatch(/^Unknown field "output_throughput"; allowed: model, accelerator, acceleratorCount, /);
  });

  it("checks slugs, precision and speculative decoding against their closed sets", () => {
    const errors = errorsOf({ ...minimal, model: "Llama 3.1 8B", precision: "fp8", features: { speculativeDecoding: "lookahead" } });
    expect(messageAt(errors, "model")).toBe('Model must be a catalog slug (lowercase letters, digits, "-", "." or "_")');
    expect(messageAt(errors, "precision")).toBe('Precision must be one of BF16, FP16, FP8, FP6, FP4, INT8, INT4, not the text "fp8"');
    expect(messageAt(errors, "features.speculativeDecoding")).toBe(
      'Speculative decoding must be one of none, eagle, eagle3, medusa, mtp, draft-model, ngram, not the text "lookahead"',
    );
  });

  it("accepts only http and https source links", () => {
    for (const bad of ["javascript:alert(1)", "ftp://example.org/x", "not a url", ""]) {
      expect(messageAt(errorsOf({ ...minimal, sourceUrl: bad }), "sourceUrl")).toBe("Source URL must be an http:// or https:// link");
    }
    expect(submissionInputSchema.parse({ ...minimal, sourceUrl: "http://example.org/a?b=1" }).sourceUrl).toBe("http://example.org/a?b=1");
  });

  it("requires p99 ≥ p50 for TTFT and TPOT", () => {
    const errors = errorsOf({ ...minimal, ttftMsP50: 100, ttftMsP99: 99.5, tpotMsP50: 10, tpotMsP99: 9 });
    expect(messageAt(errors, "ttftMsP99")).toBe("TTFT p99 (99.5 ms) cannot be lower than p50 (100 ms)");
    expect(messageAt(errors, "tpotMsP99")).toBe("TPOT p99 (9 ms) cannot be lower than p50 (10 ms)");
    expect(submissionInputSchema.safeParse({ ...minimal, ttftMsP50: 100, ttftMsP99: 100 }).success).toBe(true);
  });

  describe("disaggregated prefill/decode counts", () => {
    it("are required together when disaggregated", () => {
      const errors = errorsOf({ ...minimal, features: { disaggregated: true } });
      expect(messageAt(errors, "prefillAcceleratorCount")).toBe("Prefill accelerator count is required when prefill and decode are disaggregated");
      expect(messageAt(errors, "decodeAcceleratorCount")).toBe("Decode accelerator count is required when prefill and decode are disaggregated");
    });

    it("must add up to exactly the accelerator count", () => {
      const base = { ...minimal, acceleratorCount: 8, features: { disaggregated: true } };
      expect(messageAt(errorsOf({ ...base, prefillAcceleratorCount: 2, decodeAcceleratorCount: 4 }), "acceleratorCount")).toBe(
        "Accelerator count (8) must equal prefill + decode accelerators (2 + 4 = 6)",
      );
      expect(errorsOf({ ...base, prefillAcceleratorCount: 4, decodeAcceleratorCount: 8 }).map((e) => e.path)).toEqual(["acceleratorCount"]);
      expect(submissionInputSchema.safeParse({ ...base, prefillAcceleratorCount: 2, decodeAcceleratorCount: 6 }).success).toBe(true);
    });

    it("are refused when the run was not disaggregated", () => {
      const errors = errorsOf({ ...minimal, prefillAcceleratorCount: 2, decodeAcceleratorCount: 6 });
      expect(messageAt(errors, "prefillAcceleratorCount")).toBe("Prefill accelerator count only applies when features.disaggregated is true");
      expect(messageAt(errors, "decodeAcceleratorCount")).toBe("Decode accelerator count only applies when features.disaggregated is true");
    });
  });

  it("draft schema allows missing required fields but not bad values", () => {
    expect(submissionDraftSchema.parse({ outputTokensPerSecond: 10 })).toEqual({ outputTokensPerSecond: 10, features: {} });
    expect(messageAt(errorsOf({ acceleratorCount: 0 }, submissionDraftSchema), "acceleratorCount")).toBe("Accelerator count must be at least 1");
  });
});

describe("submissionBatchSchema", () => {
  it("wraps a single submission into a batch of one", () => {
    expect(submissionBatchSchema.parse(minimal)).toEqual({ submissions: [{ ...minimal, features: {} }] });
  });

  it("accepts {submissions:[...]} and reports errors with the item index in the path", () => {
    const ok = submissionBatchSchema.parse({ submissions: [minimal, { ...minimal, concurrency: 16 }] });
    expect(ok.submissions).toHaveLength(2);
    expect(ok.submissions[1].concurrency).toBe(16);

    const errors = errorsOf({ submissions: [minimal, { ...minimal, precision: "FP9", extra: 1 }] }, submissionBatchSchema);
    expect(errors.map((e) => e.path).sort()).toEqual(["submissions.1.extra", "submissions.1.precision"]);
  });

  it("single-object errors keep plain field paths", () => {
    const errors = errorsOf({ ...minimal, acceleratorCount: 0 }, submissionBatchSchema);
    expect(errors).toEqual([{ path: "acceleratorCount", message: "Accelerator count must be at least 1" }]);
  });

  it("bounds the batch to 1..1000 and refuses other keys and non-objects", () => {
    expect(messageAt(errorsOf({ submissions: [] }, submissionBatchSchema), "submissions")).toBe("submissions must hold at least one submission");
    expect(messageAt(errorsOf({ submissions: Array(1001).fill(minimal) }, submissionBatchSchema), "submissions")).toBe(
      "submissions may hold at most 1000 submissions per request",
    );
    expect(messageAt(errorsOf({ submissions: "x" }, submissionBatchSchema), "submissions")).toBe("submissions must be a list of submission objects");
    expect(errorsOf({ submissions: [minimal], dryRun: true }, submissionBatchSchema).map((e) => e.path)).toEqual(["dryRun"]);
    expect(errorsOf([minimal], submissionBatchSchema)).toEqual([{ path: "(root)", message: 'Body must be a submission object or {"submissions": [...]}' }]);
  });
});

describe("parseSubmissionForm", () => {
  function form(entries: Record<string, string>): FormData {
    const data = new FormData();
    for (const [key, value] of Object.entries(entries)) data.set(key, value);
    return data;
  }

  it("turns strings into numbers, empties into absent and checkboxes into booleans", () => {
    const result = parseSubmissionForm(
      form({
        $ACTION_ID_abc: "",
        model: "llama-3.1-8b",
        accelerator: "h100-sxm",
        acceleratorCount: " 8 ",
        precision: "bf16",
        engine: "vLLM",
        engineVersion: "",
        outputTokensPerSecond: "1763.64",
        ttftMsP50: "59.6",
        ttftMsP99: "",
        "features.kvCacheOffload": "on",
        "features.speculativeDecoding": "",
      }),
    );
    expect(result).toEqual({
      success: true,
      data: {
        model: "llama-3.1-8b",
        accelerator: "h100-sxm",
        acceleratorCount: 8,
        precision: "BF16",
        engine: "vLLM",
        outputTokensPerSecond: 1763.64,
        ttftMsP50: 59.6,
        features: { kvCacheOffload: true, disaggregated: false },
      },
    });
  });

  it("returns field errors and echoes the typed values", () => {
    const result = parseSubmissionForm(form({ ...Object.fromEntries(Object.entries(minimal).map(([k, v]) => [k, String(v)])), acceleratorCount: "eight" }));
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.errors).toEqual([{ path: "acceleratorCount", message: 'Accelerator count must be a whole number, not the text "eight"' }]);
    expect(result.values.acceleratorCount).toBe("eight");
  });
});
