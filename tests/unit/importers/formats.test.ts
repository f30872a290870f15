// Every format with its own fixture: each metric in the file reaches the draft in the right unit,
// and every key of the file is listed in the row's key report. Expected figures are computed by
// hand from the fixture values (tests/fixtures/formats).
import { describe, expect, it } from "vitest";

import { detectFormat } from "@/lib/importers/detect";
import type { ImportFormat } from "@/lib/importers/formats";
import { unaccountedKeys } from "@/lib/importers/key-report";
import { parseResultsFile } from "@/lib/importers/parse-file";
import type { SubmissionDraft } from "@/lib/importers/types";

import { readFormatFixture, testCatalog } from "./catalog-fixture";

function parse(file: string, format: ImportFormat, extra: Record<string, unknown> = {}) {
  const text = readFormatFixture(file);
  expect(detectFormat(file, text)).toBe(format);
  return parseResultsFile(format, text, { ...testCatalog, fileName: file, ...extra });
}

function fate(draft: SubmissionDraft, key: string) {
  return draft.keys.find((k) => k.key === key);
}

describe("SGLang bench_serving JSON Lines", () => {
  const result = parse("sglang-bench-serving.jsonl", "vllm", { defaults: { model: "llama-3.1-8b" } });
  it("reads Infinity, maps throughput and lets ITL stand in for TPOT, saying so", () => {
    expect(result.skipped).toEqual([]);
    const [first] = result.drafts;
    expect(first.input).toMatchObject({
      engine: "SGLang",
      concurrency: 32,
      inputTokens: 1024, // 327680 / 320
      outputTokens: 512, // 163840 / 320
      outputTokensPerSecond: 4096,
      inputTokensPerSecond: 8192,
      ttftMsP50: 110,
      ttftMsP99: 250,
      tpotMsP50: 7.25,
      tpotMsP99: 12.5,
    });
    expect(first.input.interactivityTokensPerSecondPerUser).toBeCloseTo(1000 / 7.25, 9);
    expect(fate(first, "median_itl_ms")).toMatchObject({ fate: "mapped", field: "tpotMsP50", note: expect.stringContaining("ITL stands in for TPOT") });
    expect(first.warnings.join(" ")).toContain("ITL");
  });
  it("accounts for every key", () => {
    const keys = Object.keys(JSON.parse(readFormatFixture("sglang-bench-serving.jsonl").split("\n")[0].replace("Infinity", "null")));
    for (const draft of result.drafts) expect(unaccountedKeys(keys, draft.keys)).toEqual([]);
  });
});

describe("seconds-valued benchmark_serving variant", () => {
  it("converts median_ttft 0.05 s to a TTFT of 50 ms and says so in the report", () => {
    const result = parse("seconds-variant.json", "vllm", { defaults: { accelerator: "h100-sxm", acceleratorCount: 4, precision: "FP8" } });
    const [draft] = result.drafts;
    expect(draft.input.ttftMsP50).toBeCloseTo(50, 9);
    expect(draft.input.ttftMsP99).toBeCloseTo(200, 9);
    expect(draft.input.tpotMsP50).toBeCloseTo(19, 9);
    expect(draft.input.tpotMsP99).toBeCloseTo(25, 9);
    expect(draft.input.interactivityTokensPerSecondPerUser).toBeCloseTo(1000 / 19, 9);
    expect(draft.input.model).toBe("llama-3.1-70b");
    expect(fate(draft, "median_ttft")).toEqual({ key: "median_ttft", fate: "converted", field: "ttftMsP50", unit: "s → ms (× 1000)" });
    expect(fate(draft, "median_e2el")?.fate).toBe("ignored");
    expect(draft.warnings.join(" ")).toContain("seconds");
    expect(unaccountedKeys(Object.keys(JSON.parse(readFormatFixture("seconds-variant.json"))), draft.keys)).toEqual([]);
  });

  it("refuses a file whose unit cannot be told, naming the keys", () => {
    const result = parse("ambiguous-units.json", "vllm");
    expect(result.drafts).toEqual([]);
    expect(result.error).toContain("median_ttft, p99_ttft, median_tpot, p99_tpot");
    expect(result.error).toContain("seconds or milliseconds");
  });
});

describe("vLLM nightly tables", () => {
  it("reads display-style JSON rows: GPU string, TP and concurrency from the test name", () => {
    const result = parse("vllm-nightly.json", "vllm-nightly", { defaults: { model: "llama-3.1-70b", precision: "BF16" } });
    expect(result.skipped).toEqual([]);
    const [first, second] = result.drafts;
    expect(first.input).toMatchObject({
      accelerator: "l40s",
      acceleratorCount: 4,
      concurrency: 16,
      outputTokensPerSecond: 204.8,
      ttftMsP50: 400,
      ttftMsP99: 900,
      tpotMsP50: 60,
      tpotMsP99: 75,
      engine: "vLLM",
    });
    // Total Token Tput − Output Tput = 1843.2 − 204.8 = 1638.4 input tok/s
    expect(first.input.inputTokensPerSecond).toBeCloseTo(1638.4, 9);
    expect(second.input.concurrency).toBe(64);
    expect(fate(first, "Median")).toMatchObject({ fate: "mapped", field: "tpotMsP50" });
    expect(fate(first, "Median ITL (ms)")?.fate).toBe("ignored");
    expect(unaccountedKeys(Object.keys(JSON.parse(readFormatFixture("vllm-nightly.json"))[0]), first.keys)).toEqual([]);
    expect(first.missing).toEqual([]);
  });
  it("reads the Markdown table", () => {
    const result = parse("vllm-nightly.md", "vllm-nightly");
    expect(result.drafts[0].input).toMatchObject({ accelerator: "h100-sxm", acceleratorCount: 1, outputTokensPerSecond: 812.5, ttftMsP50: 31, tpotMsP50: 8.5 });
    expect(result.drafts[0].warnings.join(" ")).toContain("ITL");
  });
});

describe("guidellm summary CSV", () => {
  it("maps each row, ITL standing in for TPOT, and accounts for every column", () => {
    const result = parse("guidellm.csv", "guidellm");
    expect(result.skipped).toEqual([]);
    const [sync, throughput] = result.drafts;
    expect(sync.input).toMatchObject({ model: "qwen3-32b", concurrency: 1, outputTokensPerSecond: 30.5, ttftMsP50: 250, tpotMsP50: 32 });
    expect(sync.input.interactivityTokensPerSecondPerUser).toBeCloseTo(31.25, 9);
    expect(throughput.input.concurrency).toBeUndefined();
    const header = readFormatFixture("guidellm.csv").split("\n")[0].split(",");
    expect(unaccountedKeys(header, sync.keys)).toEqual([]);
  });
});

describe("LLMPerf summary", () => {
  it("converts its seconds to ms", () => {
    const [draft] = parse("llmperf-summary.json", "llmperf").drafts;
    expect(draft.input).toMatchObject({ model: "llama-3.1-8b", concurrency: 8, inputTokens: 1024, outputTokens: 256, outputTokensPerSecond: 600 });
    expect(draft.input.ttftMsP50).toBeCloseTo(80, 9);
    expect(draft.input.ttftMsP99).toBeCloseTo(300, 9);
    expect(draft.input.tpotMsP50).toBeCloseTo(12.5, 9);
    expect(draft.input.tpotMsP99).toBeCloseTo(20, 9);
    expect(fate(draft, "results_ttft_s_quantiles_p50")).toMatchObject({ fate: "converted", unit: "s → ms (× 1000)" });
    expect(unaccountedKeys(Object.keys(JSON.parse(readFormatFixture("llmperf-summary.json"))), draft.keys)).toEqual([]);
  });
});

describe("genai-perf and AIPerf exports", () => {
  it("reads genai-perf metrics with their units", () => {
    const [draft] = parse("genai-perf.json", "genai-perf").drafts;
    expect(draft.input).toMatchObject({
      model: "llama-3.1-8b",
      concurrency: 16,
      inputTokens: 2048,
      outputTokens: 512,
      outputTokensPerSecond: 1280,
      ttftMsP50: 90,
      ttftMsP99: 210,
      tpotMsP50: 11.5,
      tpotMsP99: 15.2,
    });
    expect(fate(draft, "time_to_first_token.p90")?.fate).toBe("ignored");
    expect(draft.keys.every((k) => k.key.includes(".") || k.key === "input_config")).toBe(true);
  });
  it("reads AIPerf records and converts a TTFT stated in seconds", () => {
    const [draft] = parse("aiperf.json", "genai-perf").drafts;
    expect(draft.input).toMatchObject({ model: "gpt-oss-120b", concurrency: 48, outputTokensPerSecond: 2400, tpotMsP50: 20 });
    expect(draft.input.ttftMsP50).toBeCloseTo(180, 9);
    expect(fate(draft, "time_to_first_token.p50")).toMatchObject({ fate: "converted", unit: "s → ms (× 1000)" });
  });
});

describe("MLPerf LoadGen log summary with its system description", () => {
  it("takes measured latencies (ns → ms), the accelerator and the count from the system JSON", () => {
    const result = parseResultsFile("mlperf-log", readFormatFixture("mlperf_log_summary.txt"), {
      ...testCatalog,
      fileName: "closed__ExampleCo__results__example__llama2-70b-99__Server__mlperf_log_summary.txt",
      systemDescription: readFormatFixture("mlperf-system.json"),
      defaults: { precision: "FP8" },
    });
    const [draft] = result.drafts;
    expect(draft.input).toMatchObject({
      model: "llama-2-70b",
      accelerator: "mi300x",
      acceleratorCount: 8,
      engine: "vLLM",
      engineVersion: "0.9.1",
      scenario: "Server",
      outputTokensPerSecond: 3000.5,
    });
    expect(draft.input.ttftMsP50).toBeCloseTo(400, 9);
    expect(draft.input.tpotMsP50).toBeCloseTo(100, 9);
    expect(draft.input.interactivityTokensPerSecondPerUser).toBeCloseTo(10, 9);
    expect(draft.input.notes).toContain("NPS1-SPX-192GB-750W");
    expect(draft.missing).toEqual([]);
    expect(fate(draft, "99.00 percentile time to output token (ns)")).toMatchObject({ fate: "converted", unit: "ns → ms (÷ 1e6)" });
    expect(fate(draft, "system.host_processor_model_name")?.fate).toBe("ignored");
  });
});

describe("MLPerf summary, v6.0 layout as CSV", () => {
  it("uses Total Accelerators, resolves variant names and refuses mixed clusters", () => {
    const result = parse("mlperf-summary-v6.csv", "mlperf");
    const [capped, cluster] = result.drafts;
    expect(capped.input).toMatchObject({ accelerator: "mi355x", acceleratorCount: 8, outputTokensPerSecond: 96000, precision: "FP4" });
    expect(capped.input.notes).toContain("Power Cap 1000 W");
    expect(cluster.input.acceleratorCount).toBe(16);
    expect(cluster.input.notes).toContain("The accelerator name says x15; the count used is the table's 16");
    expect(result.skipped).toEqual([{ row: 3, reason: expect.stringContaining("heterogeneous cluster") }]);
    const header = readFormatFixture("mlperf-summary-v6.csv").split("\n")[0].split(",");
    expect(unaccountedKeys(header, capped.keys)).toEqual([]);
  });
});
