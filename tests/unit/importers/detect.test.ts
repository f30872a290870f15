import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

import { buildCsvTemplate, TEMPLATE_CSV_HEADER } from "@/lib/importers/csv";
import { detectFormat } from "@/lib/importers/detect";

const fixtureDir = path.resolve(import.meta.dirname, "../../fixtures/vllm");
const readFixture = (name: string) => readFileSync(path.join(fixtureDir, name), "utf8");

// First row of the MLPerf Inference v5.1 summary_results.json (mlcommons/inference_results_v5.1), trimmed.
const mlperfRow = {
  ID: "5.1-0001",
  Submitter: "AMD",
  Availability: "available",
  Category: "closed",
  Suite: "datacenter",
  System: "Supermicro AS-8125GS-TNMR2",
  Model: "llama2-70b-99",
  Scenario: "Interactive",
  Nodes: 1,
  Accelerator: "AMD Instinct MI300X 192GB HBM3",
  "a#": 8,
  weight_data_types: "fp8",
  Performance_Result: 13972.5,
  Performance_Units: "Tokens/s",
};

describe("detectFormat", () => {
  it("recognizes vLLM results: new, old and JSON Lines", () => {
    expect(detectFormat("vllm-bench-serve-llama3.1-8b-c16.json", readFixture("vllm-bench-serve-llama3.1-8b-c16.json"))).toBe("vllm");
    expect(detectFormat("benchmark-serving-llama3-8b-rate2.json", readFixture("benchmark-serving-llama3-8b-rate2.json"))).toBe("vllm");
    expect(detectFormat("sweep.jsonl", readFixture("vllm-bench-serve-llama3.1-8b-sweep.jsonl"))).toBe("vllm");
    // by content, not by name
    expect(detectFormat("results.txt", readFixture("vllm-bench-serve-llama3.1-8b-c4.json"))).toBe("vllm");
  });

  it("recognizes an MLPerf summary as JSON or CSV", () => {
    expect(detectFormat("summary_results.json", JSON.stringify([mlperfRow], null, 2))).toBe("mlperf");
    const csv = [
      Object.keys(mlperfRow).join(","),
      Object.values(mlperfRow)
        .map((v) => `"${v}"`)
        .join(","),
    ].join("\n");
    expect(detectFormat("summary_results.csv", csv)).toBe("mlperf");
  });

  it("recognizes TokenCost's own CSV by its header, whatever the file is called", () => {
    expect(detectFormat("mine.csv", buildCsvTemplate())).toBe("csv");
    expect(detectFormat("export.txt", `\uFEFF${TEMPLATE_CSV_HEADER}\n`)).toBe("csv");
    expect(detectFormat("short.tsv", "model\taccelerator\tacceleratorCount\tprecision\tengine\toutputTokensPerSecond\n")).toBe("csv");
  });

  it("hands any other .csv to the CSV parser, which names the unknown columns", () => {
    expect(detectFormat("prices.csv", "Cloud,GPU Type,GPUs\nAWS,H100,8\n")).toBe("csv");
  });

  it("returns null for anything else", () => {
    expect(detectFormat("empty.json", "")).toBeNull();
    expect(detectFormat("other.json", '{"hello": "world"}')).toBeNull();
    expect(detectFormat("pytorch.json", '[{"benchmark": {"name": "vLLM benchmark"}, "metric": {"name": "median_ttft_ms"}}]')).toBeNull();
    expect(detectFormat("notes.txt", "just some text\nwith lines\n")).toBeNull();
  });
});

describe("detectFormat: the other formats, by their keys", () => {
  const fixture = (name: string) => readFileSync(path.resolve(import.meta.dirname, "../../fixtures/formats", name), "utf8");
  it("recognises each format whatever the file is called", () => {
    const cases: [string, string][] = [
      ["sglang-bench-serving.jsonl", "vllm"],
      ["seconds-variant.json", "vllm"],
      ["vllm-nightly.json", "vllm-nightly"],
      ["vllm-nightly.md", "vllm-nightly"],
      ["guidellm.csv", "guidellm"],
      ["llmperf-summary.json", "llmperf"],
      ["genai-perf.json", "genai-perf"],
      ["aiperf.json", "genai-perf"],
      ["mlperf_log_summary.txt", "mlperf-log"],
      ["mlperf-summary-v6.csv", "mlperf"],
    ];
    for (const [name, format] of cases) expect([name, detectFormat("upload.bin", fixture(name))]).toEqual([name, format]);
  });
});
