// MLPerf Inference summaries (v5.1, v6.0) → curated extracts, plus the latency limits they use.
// Same rules as the MLPerf importer (closed datacenter Tokens/s rows; a# × Nodes accelerators;
// 99/99.9 and inferred copies of one result kept once; Server/Interactive keep their p99 limits
// and interactivity = 1000 / TPOT limit), and the v6.0 accelerator-name suffixes handled here:
// "(Power Cap 1000 W)" is kept as a note, "(xN)" cluster sizes take the count from
// `Total Accelerators`, and "A (x8) and B (x8)" mixed clusters are skipped.
import path from "node:path";

import { latencyLimitsFor, mlperfConfBenchmark, mlperfModelFamily, parseMlperfConf } from "@/lib/importers/mlperf-conf";

import type { CuratedResult } from "../../prisma/seed/curated-results";
import { acceleratorSlug, modelSlug, readRaw, round, SEED_DATA_DIR, SkipLog, writeExtract, writeOrCheck } from "./common";

type Row = Record<string, unknown>;
const PRECISION: Record<string, CuratedResult["precision"]> = {
  fp4: "FP4",
  nvfp4: "FP4",
  mxfp4: "FP4",
  fp6: "FP6",
  mxfp6: "FP6",
  fp8: "FP8",
  bf16: "BF16",
  fp16: "FP16",
  int8: "INT8",
  uint8: "INT8",
  int4: "INT4",
  uint4: "INT4",
};
const ENGINE: Record<string, { engine: string; keepVersion: boolean }> = {
  tensorrt: { engine: "TensorRT-LLM", keepVersion: false },
  "tensorrt-llm": { engine: "TensorRT-LLM", keepVersion: true },
  vllm: { engine: "vLLM", keepVersion: true },
  sglang: { engine: "SGLang", keepVersion: true },
  pytorch: { engine: "PyTorch", keepVersion: true },
  mango: { engine: "Mango LLMBoost", keepVersion: false },
};

const text = (row: Row, key: string) => (typeof row[key] === "string" ? (row[key] as string).trim() : typeof row[key] === "number" ? String(row[key]) : "");
const num = (row: Row, key: string) => (typeof row[key] === "number" ? (row[key] as number) : Number(text(row, key)));

function precisionOf(types: string) {
  for (const part of types.toLowerCase().split(/[\s,;/+]+/)) if (PRECISION[part]) return PRECISION[part];
  return undefined;
}

function engineOf(software: string) {
  const [rawName, rawVersion] = (software.split(",")[0] ?? "").trim().split(/\s+/);
  if (!rawName) return undefined;
  const name = rawName.replace(/:$/, "");
  const known = ENGINE[name.toLowerCase()];
  const version = rawVersion && /^v?\d/.test(rawVersion) ? rawVersion.replace(/^v(?=\d)/, "") : undefined;
  return known ? { engine: known.engine, engineVersion: known.keepVersion ? version : undefined } : { engine: name, engineVersion: version };
}

type Accelerator = { slug: string; count: number; note: string } | { skip: string };

// The accelerator type and count of a row, reading v6.0's suffixes.
export function mlperfAccelerator(row: Row): Accelerator {
  const reported = text(row, "Accelerator");
  if (reported === "") return { skip: "CPU-only system (no accelerator)" };
  if (/\sand\s|,/.test(reported)) return { skip: "mixed cluster of several accelerator types: no per-accelerator figure" };
  if (/dual/i.test(reported)) return { skip: "dual-GPU card: the summary does not say whether a# counts cards or GPUs" };
  const perNode = num(row, "a#");
  const nodes = num(row, "Nodes");
  if (!(perNode >= 1 && nodes >= 1)) return { skip: "no usable a# / Nodes" };
  const powerCap = /\(Power Cap ([\d.]+)\s*W\)/i.exec(reported);
  const cluster = /\(x(\d+)\)/i.exec(reported);
  const base = reported.replace(/\s*\((Power Cap [\d.]+\s*W|x\d+)\)\s*/gi, " ").trim();
  const slug = acceleratorSlug(base);
  if (!slug) return { skip: `accelerator not in the catalog` };
  let count = perNode * nodes;
  let note = `${perNode} accelerators per node × ${nodes} node${nodes > 1 ? "s" : ""} = ${count}.`;
  if (cluster) {
    const total = num(row, "Total Accelerators");
    if (!(total >= 1)) return { skip: "cluster-size suffix without Total Accelerators" };
    count = total;
    note = `The accelerator is reported as "${reported}"; the count is Total Accelerators = ${total} (a# ${perNode} × ${nodes} nodes).`;
  }
  if (powerCap) note += ` Run with the accelerators power-capped at ${powerCap[1]} W ("${reported}").`;
  return { slug, count, note };
}

type Mapped = { result: CuratedResult; key: string; inferred: boolean; index: number; label: string };

function mapRow(row: Row, index: number, version: string, limits: ReturnType<typeof parseMlperfConf>, usedBenchmarks: Set<string>): Mapped | { skip: string } {
  if (!text(row, "Suite").toLowerCase().includes("datacenter")) return { skip: "not the datacenter suite" };
  if (text(row, "Category").toLowerCase() !== "closed") return { skip: "open division (model may be modified)" };
  const units = text(row, "Performance_Units");
  if (units !== "Tokens/s") return { skip: `reports ${units || "no unit"}, not Tokens/s` };
  const mlperfModel = text(row, "Model");
  const model = modelSlug(mlperfModel) ?? modelSlug(mlperfModelFamily(mlperfModel));
  if (!model) return { skip: `model ${mlperfModelFamily(mlperfModel)} not in the catalog` };
  const acc = mlperfAccelerator(row);
  if ("skip" in acc) return acc;
  const tokens = num(row, "Performance_Result");
  if (!(tokens > 0)) return { skip: "no positive Performance_Result" };
  const precision = precisionOf(text(row, "weight_data_types"));
  if (!precision) return { skip: "unknown weight precision" };
  const software = text(row, "Software");
  const engine = engineOf(software);
  if (!engine) return { skip: "no software stack named" };
  const scenario = text(row, "Scenario");
  const bounds = latencyLimitsFor(limits, mlperfModel, scenario);
  if (bounds.tpotLimitMsP99 !== undefined) usedBenchmarks.add(`${mlperfConfBenchmark(mlperfModel)}${scenario === "Interactive" ? "-interactive" : ""}`);
  const id = text(row, "ID");
  const availability = text(row, "Availability");
  const latency =
    bounds.tpotLimitMsP99 !== undefined
      ? ` Met p99 limits TTFT ${bounds.ttftLimitMsP99 ?? "n/a"} ms / TPOT ${bounds.tpotLimitMsP99} ms; interactivity = 1000 / TPOT limit = ${round(1000 / bounds.tpotLimitMsP99, 2)} tok/s per user, the per-user speed the benchmark guarantees (not a measured value).`
      : scenario === "Offline"
        ? " Offline scenario: no latency bound, so no per-user speed."
        : "";
  const notes =
    `MLPerf Inference ${version}, closed division, ${scenario} scenario, submitted by ${text(row, "Submitter")}${availability ? ` (${availability})` : ""}. ${acc.note}` +
    ` Tokens/s counts generated (output) tokens for the whole system.${latency}${software ? ` Software: ${software}.` : ""} Accelerator as reported: ${text(row, "Accelerator")}.`;
  const details = text(row, "Details");
  const result: CuratedResult = {
    externalId: `mlperf-${version}:${id}:${mlperfModel}:${scenario}`,
    model,
    accelerator: acc.slug,
    acceleratorCount: acc.count,
    precision,
    engine: engine.engine,
    engineVersion: engine.engineVersion,
    systemName: text(row, "System") || undefined,
    scenario,
    outputTokensPerSecond: tokens,
    interactivityTokensPerSecondPerUser: bounds.tpotLimitMsP99 !== undefined ? 1000 / bounds.tpotLimitMsP99 : undefined,
    ttftLimitMsP99: bounds.ttftLimitMsP99,
    tpotLimitMsP99: bounds.tpotLimitMsP99,
    sourceUrl: /^https?:\/\//.test(details) ? details : `https://github.com/mlcommons/inference_results_${version}`,
    notes,
  };
  const key = JSON.stringify([
    text(row, "Submitter"),
    text(row, "Platform") || text(row, "System"),
    mlperfModelFamily(mlperfModel),
    scenario,
    acc.slug,
    acc.count,
    tokens,
  ]);
  return {
    result,
    key,
    inferred: Boolean(row.inferred) && row.inferred !== "0",
    index,
    label: `${mlperfModel}${row.inferred ? " (inferred)" : ""}, row ${index + 1}`,
  };
}

export function extractMlperfRound(
  rawFile: string,
  version: string,
  limits: ReturnType<typeof parseMlperfConf>,
  usedBenchmarks: Set<string>,
): { results: CuratedResult[]; skips: SkipLog } {
  const rows = JSON.parse(readRaw(rawFile)) as Row[];
  const skips = new SkipLog();
  const groups = new Map<string, Mapped[]>();
  rows.forEach((row, index) => {
    const mapped = mapRow(row, index, version, limits, usedBenchmarks);
    if ("skip" in mapped) return skips.skip(mapped.skip);
    groups.set(mapped.key, [...(groups.get(mapped.key) ?? []), mapped]);
  });
  const results: CuratedResult[] = [];
  for (const group of groups.values()) {
    const [kept, ...copies] = [...group].sort((a, b) => Number(a.inferred) - Number(b.inferred) || a.index - b.index);
    for (let i = 0; i < copies.length; i += 1) skips.skip("repeats a kept result (99/99.9 accuracy variant or inferred copy)");
    const also = copies.length > 0 ? ` The identical result is also listed as ${copies.map((c) => c.label).join("; ")}.` : "";
    results.push({ ...kept.result, notes: kept.result.notes + also, _index: kept.index } as CuratedResult);
  }
  results.sort((a, b) => (a as unknown as { _index: number })._index - (b as unknown as { _index: number })._index);
  for (const r of results) delete (r as unknown as { _index?: number })._index;
  return { results, skips };
}

// Keeps only the ttft/tpot lines of the benchmarks the extracts use (the importers read this file too).
function writeLatencyLimits(confText: string, used: Set<string>): void {
  const lines = confText.split(/\r?\n/).filter((line) => {
    const m = /^([^#\s]+)\.Server\.(ttft_latency|tpot_latency)\s*=/.exec(line.trim());
    return m !== null && used.has(m[1]);
  });
  const header = [
    "# MLPerf Inference latency limits (p99, milliseconds) used by TokenCost: the ttft_latency / tpot_latency",
    "# lines of MLCommons LoadGen's mlperf.conf (github.com/mlcommons/inference loadgen/mlperf.conf @ b66003e1,",
    "# Apache-2.0) for the LLM benchmarks in the seeded rounds. Interactive = the <model>-interactive benchmark.",
    "# Regenerated by scripts/data/extract-all.ts (npm run data:extract).",
  ];
  writeOrCheck(path.join(SEED_DATA_DIR, "mlperf", "mlperf.conf"), [...header, ...lines].join("\n") + "\n");
}

export function extractMlperf(): void {
  const confText = readRaw("mlperf_loadgen_mlperf.conf");
  const limits = parseMlperfConf(confText);
  const used = new Set<string>();
  for (const [file, version, out] of [
    ["mlperf_inference_v5.1_summary_results.json", "v5.1", "mlperf-v5.1.json"],
    ["mlperf_inference_v6.0_summary_results.json", "v6.0", "mlperf-v6.0.json"],
  ] as const) {
    const { results, skips } = extractMlperfRound(file, version, limits, used);
    writeExtract(out, {
      source: `MLPerf Inference ${version}`,
      evidence: "audited",
      licence: "Apache-2.0 (MLCommons)",
      origin: `mlcommons/inference_results_${version} summary_results.json`,
      results,
    });
    skips.print(out);
  }
  writeLatencyLimits(confText, used);
}
