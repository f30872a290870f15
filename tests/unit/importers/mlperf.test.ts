// The MLPerf importer against the real MLPerf Inference v5.1 summary (read from ../shared/data when
// that folder sits beside the checkout; the repo keeps only curated extracts) and the latency limits
// kept in the repo.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";

import { parseMlperfSummary, type MlperfParseOptions } from "@/lib/importers/mlperf";
import { latencyLimitsFor, parseMlperfConf } from "@/lib/importers/mlperf-conf";
import type { SubmissionDraft } from "@/lib/importers/types";

const dataDir = path.resolve(import.meta.dirname, "../../../prisma/seed/data");
const rawSummaryPath = path.resolve(import.meta.dirname, "../../../../shared/data/mlperf_inference_v5.1_summary_results.json");
const hasRawSummary = existsSync(rawSummaryPath);
const summaryText = hasRawSummary ? readFileSync(rawSummaryPath, "utf8") : "[]";
const summaryRows = JSON.parse(summaryText) as Record<string, unknown>[];
const confText = readFileSync(path.join(dataDir, "mlperf/mlperf.conf"), "utf8");
const catalog = (file: string) => JSON.parse(readFileSync(path.join(dataDir, file), "utf8")) as { slug: string; name: string; aliases: string[] }[];

const options: MlperfParseOptions = {
  acceleratorAliases: catalog("accelerators.json"),
  modelAliases: catalog("models.json"),
  latencyLimits: parseMlperfConf(confText),
};

const result = parseMlperfSummary(summaryText, options);

function draftFor(id: string, model: string, scenario: string): SubmissionDraft {
  const draft = result.drafts.find((d) => d.meta.externalId === `mlperf-v5.1:${id}:${model}:${scenario}`);
  if (!draft) throw new Error(`no draft for ${id} ${model} ${scenario}`);
  return draft;
}

// 1-based row number of a summary row, as the importer reports it.
function rowOf(id: string, model: string, scenario: string): number {
  const index = summaryRows.findIndex((r) => r.ID === id && r.Model === model && r.Scenario === scenario);
  if (index < 0) throw new Error(`no row ${id} ${model} ${scenario}`);
  return index + 1;
}

describe("parseMlperfConf", () => {
  const limits = parseMlperfConf(confText);

  it("reads the p99 TTFT/TPOT limits in milliseconds, Interactive from the -interactive benchmark", () => {
    expect(latencyLimitsFor(limits, "llama2-70b-99", "Server")).toEqual({ ttftLimitMsP99: 2000, tpotLimitMsP99: 200 });
    expect(latencyLimitsFor(limits, "llama2-70b-99.9", "Interactive")).toEqual({ ttftLimitMsP99: 450, tpotLimitMsP99: 40 });
    expect(latencyLimitsFor(limits, "llama3.1-405b", "Server")).toEqual({ ttftLimitMsP99: 6000, tpotLimitMsP99: 175 });
    expect(latencyLimitsFor(limits, "llama3.1-405b", "Interactive")).toEqual({ ttftLimitMsP99: 4500, tpotLimitMsP99: 80 });
    expect(latencyLimitsFor(limits, "deepseek-r1", "Server")).toEqual({ ttftLimitMsP99: 2000, tpotLimitMsP99: 80 });
    expect(latencyLimitsFor(limits, "mixtral-8x7b", "Server")).toEqual({ ttftLimitMsP99: 2000, tpotLimitMsP99: 200 });
    expect(latencyLimitsFor(limits, "llama3.1-8b", "Server")).toEqual({ ttftLimitMsP99: 2000, tpotLimitMsP99: 100 });
  });

  it("has no latency bound for Offline and ignores comments and unrelated settings", () => {
    expect(latencyLimitsFor(limits, "llama2-70b-99", "Offline")).toEqual({});
    const custom = parseMlperfConf("# comment\nfoo.Server.ttft_latency = 300 # trailing\nfoo.Server.target_qps = 9\nbad line\nfoo.Server.tpot_latency = 25\n");
    expect(custom).toEqual({ foo: { Server: { ttftMs: 300, tpotMs: 25 } } });
  });
});

describe.runIf(hasRawSummary)("parseMlperfSummary on the real v5.1 results", () => {
  it("imports the closed datacenter Tokens/s rows once each, with unique external ids", () => {
    expect(result.error).toBeUndefined();
    // 266 as seeded, plus the 4 rows of the dual-GPU "[MAXSUN] MS-Intel Arc Pro B60 Dual" card, which the
    // importer's name resolver maps to Arc Pro B60 (the seed extract skips dual cards: a# may count cards).
    expect(result.drafts).toHaveLength(270);
    expect(result.drafts.length + result.skipped.length).toBe(summaryRows.length);
    const ids = result.drafts.map((d) => d.meta.externalId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const d of result.drafts) {
      expect(d.missing).toEqual([]);
      expect(d.meta.tokenBasis).toBe("output");
      expect(d.input.sourceUrl).toMatch(/^https:\/\/github\.com\/mlcommons\/inference_results_v5\.1\/tree\/main\/closed\//);
    }
  });

  it("counts a GB200 NVL72 row as 4 accelerators per node × 18 nodes = 72", () => {
    const draft = draftFor("5.1-0071", "llama3.1-405b", "Interactive");
    expect(draft.input).toMatchObject({
      model: "llama-3.1-405b",
      accelerator: "gb200",
      acceleratorCount: 72,
      precision: "FP4",
      engine: "TensorRT-LLM",
      scenario: "Interactive",
      outputTokensPerSecond: 9921.02,
      interactivityTokensPerSecondPerUser: 12.5, // 1000 / 80 ms TPOT limit
      sourceUrl: "https://github.com/mlcommons/inference_results_v5.1/tree/main/closed/NVIDIA/results/GB200-NVL72_GB200-186GB_aarch64x72_TRT",
    });
    expect(draft.meta).toMatchObject({ acceleratorsPerNode: 4, nodes: 18, ttftLimitMsP99: 4500, tpotLimitMsP99: 80 });
    // 9921.02 tok/s / 72 GPUs = 137.7919… tok/s per GPU
    expect(draft.input.outputTokensPerSecond! / draft.input.acceleratorCount!).toBeCloseTo(137.7919, 4);
  });

  it("maps an 8× MI300X llama2-70b Offline row: 27803.9 tok/s = 3475.49 per GPU, no latency bound", () => {
    const draft = draftFor("5.1-0001", "llama2-70b-99", "Offline");
    expect(draft.input).toMatchObject({
      model: "llama-2-70b",
      accelerator: "mi300x",
      acceleratorCount: 8,
      precision: "FP8",
      engine: "vLLM",
      engineVersion: "0.9.0.2.dev108+g71faa1880.d20250730.rocm641",
      systemName: "Supermicro AS-8125GS-TNMR2",
      outputTokensPerSecond: 27803.9,
    });
    expect(draft.input.outputTokensPerSecond! / draft.input.acceleratorCount!).toBeCloseTo(3475.49, 2);
    expect(draft.input.interactivityTokensPerSecondPerUser).toBeUndefined();
    expect(draft.meta).toMatchObject({ ttftLimitMsP99: null, tpotLimitMsP99: null });
  });

  it("keeps the Server and Interactive latency bounds and sets interactivity = 1000 / TPOT limit", () => {
    const server = draftFor("5.1-0001", "llama2-70b-99", "Server");
    expect(server.meta).toMatchObject({ ttftLimitMsP99: 2000, tpotLimitMsP99: 200 });
    expect(server.input.interactivityTokensPerSecondPerUser).toBe(5);
    const interactive = draftFor("5.1-0001", "llama2-70b-99", "Interactive");
    expect(interactive.meta).toMatchObject({ ttftLimitMsP99: 450, tpotLimitMsP99: 40 });
    expect(interactive.input.interactivityTokensPerSecondPerUser).toBe(25);
  });

  it("collapses the 99.9% accuracy variant when it repeats the same result, keeps it when the result differs", () => {
    const duplicateRow = rowOf("5.1-0001", "llama2-70b-99.9", "Offline");
    expect(result.drafts.some((d) => d.meta.externalId === "mlperf-v5.1:5.1-0001:llama2-70b-99.9:Offline")).toBe(false);
    const skipped = result.skipped.find((s) => s.row === duplicateRow);
    expect(skipped?.reason).toContain(`duplicates row ${rowOf("5.1-0001", "llama2-70b-99", "Offline")}`);
    expect(draftFor("5.1-0001", "llama2-70b-99", "Offline").input.notes).toContain("also listed as llama2-70b-99.9");
    // ASUSTeK ESC8000 H200 NVL: 25614.7 (99%) vs 24554.7 (99.9%) tok/s are two different results.
    expect(draftFor("5.1-0005", "llama2-70b-99", "Server").input.outputTokensPerSecond).toBe(25614.7);
    expect(draftFor("5.1-0005", "llama2-70b-99.9", "Server").input.outputTokensPerSecond).toBe(24554.7);
    expect(result.skipped.filter((s) => s.reason.includes("duplicates row"))).toHaveLength(84);
  });

  it("collapses an inferred copy of a result, keeping the measured row wherever it sits in the file", () => {
    const measured = summaryRows[rowOf("5.1-0001", "llama2-70b-99", "Offline") - 1];
    const rows = [{ ...measured, inferred: 1 }, measured];
    const parsed = parseMlperfSummary(JSON.stringify(rows), options);
    expect(parsed.drafts).toHaveLength(1);
    expect(parsed.drafts[0].row).toBe(2);
    expect(parsed.skipped).toEqual([
      { row: 1, reason: expect.stringContaining("duplicates row 2: same system, model family, scenario and result (an inferred copy)") },
    ]);
  });

  it("skips heterogeneous clusters with a reason", () => {
    const row = rowOf("5.1-0065", "llama2-70b-99", "Offline");
    const skipped = result.skipped.find((s) => s.row === row);
    expect(skipped?.reason).toContain('heterogeneous cluster ("AMD Instinct MI300X 192GB HBM3 (x32), AMD Instinct MI325X 256GB HBM3e (x16)")');
    expect(result.skipped.filter((s) => s.reason.includes("heterogeneous"))).toHaveLength(8);
  });

  it("skips rows that are not token throughput, such as llama3.1-8b Interactive in Queries/s", () => {
    const row = rowOf("5.1-0069", "llama3.1-8b", "Interactive");
    expect(result.skipped.find((s) => s.row === row)?.reason).toContain("reports Queries/s, not Tokens/s");
    expect(result.drafts.some((d) => d.input.model === "llama-3.1-8b" && d.input.scenario === "Interactive")).toBe(false);
  });

  it("skips CPU-only systems, accelerators missing from the catalog, the open division and the edge suite", () => {
    const reasonOf = (id: string, model: string, scenario: string) => result.skipped.find((s) => s.row === rowOf(id, model, scenario))?.reason;
    expect(reasonOf("5.1-0017", "llama3.1-8b", "Offline")).toContain("no accelerator (a CPU-only system)");
    // The Arc Pro B60 Dual card (5.1-0056) is no longer missing: the resolver maps it to Arc Pro B60.
    expect(result.drafts.some((d) => d.meta.mlperfId === "5.1-0056" && d.input.accelerator === "arc-pro-b60")).toBe(true);
    expect(reasonOf("5.1-0388", "llama3.1-405b", "Interactive")).toContain("open division");
    expect(reasonOf("5.1-0057", "llama3.1-8b-edge", "Offline")).toContain("edge suite");
  });

  it("records measured power and maps every MLPerf LLM benchmark to a catalog model", () => {
    expect(draftFor("5.1-0062", "llama3.1-8b", "Offline").input.averagePowerWatts).toBeCloseTo(9436.05, 2);
    const models = new Set(result.drafts.map((d) => d.input.model));
    expect(models).toEqual(new Set(["llama-2-70b", "llama-3.1-8b", "llama-3.1-405b", "mixtral-8x7b", "deepseek-r1"]));
  });
});

describe.runIf(hasRawSummary)("parseMlperfSummary input forms", () => {
  it("reads the CSV form (JSON keys as column names) like the JSON form", () => {
    const picked = [rowOf("5.1-0071", "deepseek-r1", "Server"), rowOf("5.1-0001", "llama2-70b-99", "Offline")].map((r) => summaryRows[r - 1]);
    const columns = Object.keys(picked[0]);
    const csv = Papa.unparse({ fields: columns, data: picked.map((r) => columns.map((c) => r[c] as string | number | boolean)) });
    const fromCsv = parseMlperfSummary(csv, options);
    const fromJson = parseMlperfSummary(JSON.stringify(picked), options);
    expect(fromCsv.skipped).toEqual([]);
    expect(fromCsv.drafts.map((d) => d.input)).toEqual(fromJson.drafts.map((d) => d.input));
    expect(fromCsv.drafts[0].input).toMatchObject({
      accelerator: "gb200",
      acceleratorCount: 72,
      outputTokensPerSecond: 167578,
      interactivityTokensPerSecondPerUser: 12.5,
    });
  });

  it("reports an unusable file instead of throwing", () => {
    expect(parseMlperfSummary("", options).error).toBe("The file is empty");
    expect(parseMlperfSummary('{"Submitter": "x"}', options).error).toMatch(/JSON array/);
    expect(parseMlperfSummary("[1, 2", options).error).toMatch(/not valid JSON/);
    expect(parseMlperfSummary("a,b\n1,2\n", options).error).toMatch(/missing columns ID, Submitter/);
  });
});
