import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

import { applyDefaults } from "@/lib/importers/apply-defaults";
import { parseVllmResult } from "@/lib/importers/vllm";

const fixtureDir = path.resolve(import.meta.dirname, "../../fixtures/vllm");
const readFixture = (name: string) => readFileSync(path.join(fixtureDir, name), "utf8");

const modelAliases = [
  { slug: "llama-3.1-8b", name: "Llama 3.1 8B", aliases: ["meta-llama/Llama-3.1-8B-Instruct"] },
  { slug: "llama-3.1-70b", name: "Llama 3.1 70B", aliases: ["meta-llama/Llama-3.1-70B-Instruct"] },
  { slug: "llama-3-8b", name: "Llama 3 8B", aliases: ["meta-llama/Meta-Llama-3-8B"] },
];
const hardware = { accelerator: "h100-sxm", acceleratorCount: 1, precision: "BF16" as const };

// Values read off the fixture files by hand (see tests/fixtures/vllm/README.md).
const expected = [
  {
    file: "vllm-bench-serve-llama3.1-8b-c4.json",
    concurrency: 4,
    durationS: 72.51113922012712,
    totalTokens: 40960,
    outputThroughput: 564.8787267795486,
    ttftP50: 35.21751224596159,
    ttftP99: 58.31380844044783,
    tpotP50: 7.004061986237987,
    tpotP99: 7.1506223297241425,
  },
  {
    file: "vllm-bench-serve-llama3.1-8b-c16.json",
    concurrency: 16,
    durationS: 92.89863086068387,
    totalTokens: 163840,
    outputThroughput: 1763.6427844206219,
    ttftP50: 59.60083269789945,
    ttftP99: 111.79177089028134,
    tpotP50: 8.906808574769869,
    tpotP99: 9.315747883739727,
  },
  {
    file: "vllm-bench-serve-llama3.1-8b-c64.json",
    concurrency: 64,
    durationS: 168.0362195843762,
    totalTokens: 655360,
    outputThroughput: 3900.1115451238975,
    ttftP50: 151.50437030313103,
    ttftP99: 273.180152675477,
    tpotP50: 16.02031732982209,
    tpotP99: 16.96692833731668,
  },
];

describe("parseVllmResult — vllm bench serve --save-result", () => {
  for (const run of expected) {
    it(`maps throughput, TTFT and TPOT for concurrency ${run.concurrency}`, () => {
      const result = parseVllmResult(readFixture(run.file), { modelAliases });
      expect(result.error).toBeUndefined();
      expect(result.skipped).toEqual([]);
      expect(result.drafts).toHaveLength(1);
      const { input, row, label } = result.drafts[0];
      expect(row).toBe(1);
      expect(label).toBe(`Llama-3.1-8B-Instruct, max concurrency ${run.concurrency}`);
      expect(input.model).toBe("llama-3.1-8b");
      expect(input.engine).toBe("vLLM");
      expect(input.concurrency).toBe(run.concurrency);
      expect(input.inputTokens).toBe(1024);
      expect(input.outputTokens).toBe(1024);
      expect(input.outputTokensPerSecond).toBe(run.outputThroughput);
      // output_throughput is total_output_tokens / duration in vLLM's own arithmetic
      expect(input.outputTokensPerSecond).toBeCloseTo(run.totalTokens / run.durationS, 9);
      expect(input.inputTokensPerSecond).toBeCloseTo(run.totalTokens / run.durationS, 9);
      expect(input.ttftMsP50).toBe(run.ttftP50);
      expect(input.ttftMsP99).toBe(run.ttftP99);
      expect(input.tpotMsP50).toBe(run.tpotP50);
      expect(input.tpotMsP99).toBe(run.tpotP99);
      expect(input.interactivityTokensPerSecondPerUser).toBeCloseTo(1000 / run.tpotP50, 9);
    });
  }

  it("hand-checked numbers for concurrency 16", () => {
    const { input } = parseVllmResult(readFixture("vllm-bench-serve-llama3.1-8b-c16.json"), { modelAliases }).drafts[0];
    expect(input.outputTokensPerSecond).toBeCloseTo(1763.64, 2); // 163840 tok / 92.899 s
    expect(input.interactivityTokensPerSecondPerUser).toBeCloseTo(112.27, 2); // 1000 / 8.9068 ms
    expect(input.ttftMsP50).toBeCloseTo(59.6, 1);
    expect(input.ttftMsP99).toBeCloseTo(111.79, 2);
  });

  it("more concurrency trades interactivity for throughput across the three runs", () => {
    const drafts = expected.map((run) => parseVllmResult(readFixture(run.file), { modelAliases }).drafts[0].input);
    const throughput = drafts.map((d) => d.outputTokensPerSecond!);
    const interactivity = drafts.map((d) => d.interactivityTokensPerSecondPerUser!);
    expect(throughput[0]).toBeLessThan(throughput[1]);
    expect(throughput[1]).toBeLessThan(throughput[2]);
    expect(interactivity[0]).toBeGreaterThan(interactivity[1]);
    expect(interactivity[1]).toBeGreaterThan(interactivity[2]);
  });

  it("reads a --append-result file (JSON Lines) as one draft per run, numbered by line", () => {
    const result = parseVllmResult(readFixture("vllm-bench-serve-llama3.1-8b-sweep.jsonl"), { modelAliases });
    expect(result.skipped).toEqual([]);
    expect(result.drafts.map((d) => [d.row, d.input.concurrency, d.input.outputTokensPerSecond])).toEqual(
      expected.map((run, index) => [index + 1, run.concurrency, run.outputThroughput]),
    );
  });

  it("reads a JSON array of results too", () => {
    const array = `[${expected.map((run) => readFixture(run.file)).join(",")}]`;
    const result = parseVllmResult(array, { modelAliases });
    expect(result.drafts.map((d) => d.input.concurrency)).toEqual([4, 16, 64]);
  });

  it("lists required fields the file cannot provide, and fills them from defaults", () => {
    const text = readFixture("vllm-bench-serve-llama3.1-8b-c16.json");
    // The fixture's --metadata tp=1 states the count; gpu=H100-SXM5-80GB needs the accelerator catalog.
    expect(parseVllmResult(text, { modelAliases }).drafts[0].missing).toEqual(["accelerator", "precision"]);
    const filled = parseVllmResult(text, { modelAliases, defaults: hardware }).drafts[0];
    expect(filled.missing).toEqual([]);
    expect(filled.input).toMatchObject(hardware);
  });

  it("refuses a row whose model_id matches nothing in the catalog, naming the id and how to map it", () => {
    const result = parseVllmResult(readFixture("vllm-bench-serve-llama3.1-8b-c16.json"), { modelAliases: [], defaults: { model: "llama-3.1-8b" } });
    expect(result.drafts).toEqual([]);
    expect(result.skipped[0].reason).toContain('Model id "meta-llama/Llama-3.1-8B-Instruct" is not in the catalog');
    expect(result.skipped[0].reason).toContain("aliases");
    // Only an explicit override lets the form's model stand in for an unknown id.
    const overridden = parseVllmResult(readFixture("vllm-bench-serve-llama3.1-8b-c16.json"), {
      modelAliases: [],
      defaults: { model: "llama-3.1-8b" },
      overrides: ["model"],
    }).drafts[0];
    expect(overridden.input.model).toBe("llama-3.1-8b");
  });

  it("gives drafts that become valid submissions once defaults are applied", () => {
    const result = parseVllmResult(readFixture("vllm-bench-serve-llama3.1-8b-sweep.jsonl"), { modelAliases });
    const applied = applyDefaults(result.drafts, hardware);
    expect(applied.invalid).toEqual([]);
    expect(applied.valid.map((v) => v.submission.concurrency)).toEqual([4, 16, 64]);
    expect(applied.valid[2].submission).toMatchObject({
      model: "llama-3.1-8b",
      accelerator: "h100-sxm",
      acceleratorCount: 1,
      precision: "BF16",
      engine: "vLLM",
    });
  });
});

describe("parseVllmResult — old benchmarks/benchmark_serving.py", () => {
  it("parses the old layout (request rate, no max concurrency, per-request arrays)", () => {
    const result = parseVllmResult(readFixture("benchmark-serving-llama3-8b-rate2.json"), { modelAliases });
    expect(result.error).toBeUndefined();
    expect(result.drafts).toHaveLength(1);
    const draft = result.drafts[0];
    // only the base checkpoint "meta-llama/Meta-Llama-3-8B" is an alias: the "-Instruct" variant still resolves
    expect(draft.input.model).toBe("llama-3-8b");
    expect(draft.input.concurrency).toBeUndefined();
    expect(draft.input.inputTokens).toBe(512);
    expect(draft.input.outputTokens).toBe(64);
    expect(draft.input.outputTokensPerSecond).toBeCloseTo(117.317, 3); // 1536 tok / 13.0927 s
    expect(draft.input.inputTokensPerSecond).toBeCloseTo(938.539, 3); // 12288 tok / 13.0927 s
    expect(draft.input.ttftMsP50).toBe(40.62360330310133);
    expect(draft.input.ttftMsP99).toBe(64.00985946864894);
    expect(draft.input.tpotMsP50).toBe(7.8468492190472725);
    expect(draft.input.tpotMsP99).toBe(8.846523527007214);
    expect(draft.label).toBe("Meta-Llama-3-8B-Instruct, request rate 2 req/s");
    expect(draft.meta.format).toBe("vllm-benchmark-serving");
    expect(draft.input.notes).toBe(
      "Imported from a vLLM serving benchmark result dated 20250214-163015: 24 prompts, request rate 2 req/s, 24 completed in 13.1 s.",
    );
  });
});

describe("parseVllmResult — awkward input", () => {
  const base = JSON.parse(readFixture("vllm-bench-serve-llama3.1-8b-c16.json")) as Record<string, unknown>;
  const withFields = (fields: Record<string, unknown>) => JSON.stringify({ ...base, ...fields });

  it("broken JSON gives a clear error, not a throw", () => {
    const result = parseVllmResult('{"date": "20250612-102031", "output_throughput": 17', { modelAliases });
    expect(result.drafts).toEqual([]);
    expect(result.error).toMatch(/^The file is not valid JSON: /);
    expect(parseVllmResult("", {}).error).toBe("The file is empty");
  });

  it("skips a broken line of a JSON Lines file with its line number and keeps the rest", () => {
    const lines = readFixture("vllm-bench-serve-llama3.1-8b-sweep.jsonl").split("\n");
    lines[1] = lines[1].slice(0, 40);
    const result = parseVllmResult(lines.join("\n"), { modelAliases });
    expect(result.drafts.map((d) => d.row)).toEqual([1, 3]);
    expect(result.skipped).toHaveLength(1);
    expect(result.skipped[0].row).toBe(2);
    expect(result.skipped[0].reason).toMatch(/^Line 2 is not valid JSON: /);
  });

  it("reads Python's NaN / Infinity as not measured", () => {
    const text = readFixture("vllm-bench-serve-llama3.1-8b-c16.json")
      .replace('"median_ttft_ms": 59.60083269789945', '"median_ttft_ms": NaN')
      .replace('"p99_ttft_ms": 111.79177089028134', '"p99_ttft_ms": Infinity');
    expect(text).toContain("Infinity");
    expect(text).toContain("NaN");
    const draft = parseVllmResult(text, { modelAliases }).drafts[0];
    expect(draft.input.ttftMsP50).toBeUndefined();
    expect(draft.input.ttftMsP99).toBeUndefined();
    expect(draft.input.tpotMsP50).toBe(8.906808574769869);
  });

  it("treats a 0 ms latency (non-streaming backend) as absent", () => {
    const draft = parseVllmResult(withFields({ median_ttft_ms: 0, p99_ttft_ms: 0 }), { modelAliases }).drafts[0];
    expect(draft.input.ttftMsP50).toBeUndefined();
    expect(draft.input.ttftMsP99).toBeUndefined();
  });

  it("takes setup fields from --metadata pairs named like submission fields", () => {
    const draft = parseVllmResult(withFields({ accelerator: "h100-sxm", acceleratorCount: "8", precision: "fp8", "features.speculativeDecoding": "eagle3" }), {
      modelAliases,
      defaults: { accelerator: "mi300x", precision: "BF16" },
    }).drafts[0];
    expect(draft.input).toMatchObject({ accelerator: "h100-sxm", acceleratorCount: 8, precision: "FP8", features: { speculativeDecoding: "eagle3" } });
    expect(draft.missing).toEqual([]);
  });

  it("skips a result whose metadata breaks a rule, with the field path", () => {
    const result = parseVllmResult(withFields({ precision: "FP9" }), { modelAliases });
    expect(result.drafts).toEqual([]);
    expect(result.skipped[0].row).toBe(1);
    expect(result.skipped[0].errors).toEqual([
      { path: "precision", message: 'Precision must be one of BF16, FP16, FP8, FP6, FP4, INT8, INT4, not the text "FP9"' },
    ]);
    expect(result.skipped[0].reason).toMatch(/^Result 1: precision: Precision must be one of/);
  });

  it("names the engine from a non-vLLM client backend, else from defaults, else vLLM", () => {
    expect(parseVllmResult(withFields({ backend: "sglang" }), { modelAliases }).drafts[0].input.engine).toBe("SGLang");
    expect(parseVllmResult(withFields({ backend: "openai" }), { modelAliases, defaults: { engine: "vLLM-ROCm" } }).drafts[0].input.engine).toBe("vLLM-ROCm");
    expect(parseVllmResult(withFields({ backend: "openai-chat" }), { modelAliases }).drafts[0].input.engine).toBe("vLLM");
  });

  it("skips runs that measured nothing and results of other kinds, with reasons", () => {
    const embedding = {
      date: "20250612-110000",
      backend: "openai-embeddings",
      model_id: "BAAI/bge-m3",
      completed: 100,
      total_input_tokens: 5000,
      request_throughput: 10,
      input_sequence_throughput: 10,
      total_token_throughput: 500,
    };
    const text = [withFields({ completed: 0, output_throughput: 0 }), JSON.stringify(embedding), "[1,2]", withFields({})].join("\n");
    const result = parseVllmResult(text, { modelAliases });
    expect(result.drafts.map((d) => d.row)).toEqual([4]);
    expect(result.skipped).toEqual([
      { row: 1, reason: "Result 1 completed no request (completed = 0): nothing was measured" },
      { row: 2, reason: "Result 2 is a pooling/embedding benchmark: it generates no output tokens" },
      { row: 3, reason: "Result 3 is not a JSON object" },
    ]);
  });

  it("says so when the JSON is not a vLLM result at all", () => {
    const result = parseVllmResult(JSON.stringify({ hello: "world" }), {});
    expect(result.drafts).toEqual([]);
    expect(result.error).toBe("No vLLM serving benchmark result found in the file (expected keys such as output_throughput, median_ttft_ms)");
  });
});
