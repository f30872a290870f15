// Intel Gaudi results → curated extracts: Intel's "Model Performance Data" pages (Gaudi 2 and 3)
// and the audited MLPerf Inference v4.0 Gaudi 2 llama2-70b result (its mlperf_log_summary.txt files).
import Papa from "papaparse";

import type { CuratedResult } from "../../prisma/seed/curated-results";
import { modelSlug, readRaw, round, SkipLog, writeExtract } from "./common";

function intelPages(skips: SkipLog): CuratedResult[] {
  const rows = Papa.parse<Record<string, string>>(readRaw("results/intel-gaudi/gaudi_llm_throughput_TRANSCRIBED.csv"), {
    header: true,
    skipEmptyLines: true,
  }).data;
  skips.skip("Gaudi 2 low-latency table: per-token latency only, no throughput or output length (7 rows)");
  const out: CuratedResult[] = [];
  for (const row of rows) {
    const model = modelSlug(row.model.replace(/^LLaMA (\d(?:\.\d)?) (\d+)b$/i, "Llama-$1-$2b"));
    const accelerator = row.accelerator === "Intel Gaudi 3" ? "gaudi3" : row.accelerator === "Intel Gaudi 2" ? "gaudi2" : undefined;
    if (!model || !accelerator) {
      skips.skip(`Intel page row not mappable (${!model ? `model "${row.model}"` : "accelerator"})`);
      continue;
    }
    const hpus = Number(row.num_hpu);
    out.push({
      externalId: `intel-gaudi:${accelerator}:${model}:${row.input_len}-${row.output_len}:bs${row.batch_size}:x${hpus}`,
      model,
      accelerator,
      acceleratorCount: hpus,
      precision: row.precision.toLowerCase() === "fp8" ? "FP8" : "BF16",
      engine: "Intel Gaudi software",
      engineVersion: row.software.replace(/^Intel Gaudi software /, ""),
      systemName: `${hpus}× ${row.accelerator}`,
      scenario: "Throughput (static batch)",
      inputTokens: Number(row.input_len),
      outputTokens: Number(row.output_len),
      batchSize: Number(row.batch_size),
      outputTokensPerSecond: Number(row.throughput_tokens_per_s),
      sourceUrl: row.source_url,
      notes:
        `Intel "Model Performance Data" page, table "${row.table}": ${row.model} ${row.precision} on ${hpus} HPU${hpus > 1 ? "s" : ""}, input/output ${row.input_len}/${row.output_len}, batch size ${row.batch_size} (${row.software}). ` +
        `Chip count is the page's #HPU column. The page names neither engine nor metric: read as generated tokens per second for the whole ${hpus}-card system. Large static batches: saturated throughput.`,
    });
  }
  return out;
}

const V40 = "results/mlperf-v4.0/Intel-HabanaLabs__HLS-Gaudi2-PT__llama2-70b-99.9__";
const NS_PER_MS = 1e6;

function mlperfV40(): CuratedResult[] {
  const value = (text: string, label: string) => Number(new RegExp(`${label}\\s*:\\s*([\\d.]+)`).exec(text)?.[1]);
  const offline = readRaw(`${V40}Offline__mlperf_log_summary.txt`);
  const server = readRaw(`${V40}Server__mlperf_log_summary.txt`);
  const common = {
    model: "llama-2-70b",
    accelerator: "gaudi2",
    acceleratorCount: 8,
    precision: "FP8" as const,
    engine: "PyTorch",
    engineVersion: "2.1.1 (SynapseAI 1.14.98)",
    systemName: "HLS-Gaudi2-PT",
    sourceUrl: "https://github.com/mlcommons/inference_results_v4.0/tree/3c4a1cf1/closed/Intel-HabanaLabs",
  };
  const base =
    "MLPerf Inference v4.0, closed division, submitted by Intel-HabanaLabs (available): llama2-70b-99.9, fp8-E4M3 weights, HLS-Gaudi2-PT with 8× Gaudi 2 (HL-225H) in 1 node (system JSON: accelerators_per_node 8, number_of_nodes 1). Tokens per second counts generated tokens for the whole system.";
  const tpotP50 = round(value(server, "50.00 percentile time to output token \\(ns\\)") / NS_PER_MS, 3);
  return [
    {
      ...common,
      externalId: "mlperf-v4.0:Intel-HabanaLabs:HLS-Gaudi2-PT:llama2-70b-99.9:Offline",
      scenario: "Offline",
      outputTokensPerSecond: value(offline, "Tokens per second"),
      notes: `${base} Offline scenario (mlperf_log_summary.txt "Tokens per second"): no latency bound.`,
    },
    {
      ...common,
      externalId: "mlperf-v4.0:Intel-HabanaLabs:HLS-Gaudi2-PT:llama2-70b-99.9:Server",
      scenario: "Server",
      outputTokensPerSecond: value(server, "Completed tokens per second"),
      ttftMsP50: round(value(server, "50.00 percentile first token latency \\(ns\\)") / NS_PER_MS, 3),
      ttftMsP99: round(value(server, "99.00 percentile first token latency \\(ns\\)") / NS_PER_MS, 3),
      tpotMsP50: tpotP50,
      tpotMsP99: round(value(server, "99.00 percentile time to output token \\(ns\\)") / NS_PER_MS, 3),
      ttftLimitMsP99: value(server, "ttft_latency \\(ns\\)") / NS_PER_MS,
      tpotLimitMsP99: value(server, "tpot_latency \\(ns\\)") / NS_PER_MS,
      interactivityTokensPerSecondPerUser: round(1000 / tpotP50, 3),
      notes: `${base} Server scenario ("Completed tokens per second"), measured TTFT/TPOT percentiles from the log (ns converted to ms); limits p99 TTFT 2000 ms / TPOT 200 ms. Interactivity = 1000 / median TPOT.`,
    },
  ];
}

export function extractGaudi(): void {
  const skips = new SkipLog();
  writeExtract("intel-gaudi.json", {
    source: "Intel Gaudi model performance data",
    evidence: "vendor",
    licence: "Facts from intel.com pages (Intel site terms); numbers only",
    origin: "intel.com Gaudi 2 / Gaudi 3 model performance pages, software 1.18.0",
    results: intelPages(skips),
  });
  writeExtract("mlperf-v4.0-gaudi2.json", {
    source: "MLPerf Inference v4.0",
    evidence: "audited",
    licence: "Apache-2.0 (MLCommons)",
    origin: "mlcommons/inference_results_v4.0 @ 3c4a1cf1 closed/Intel-HabanaLabs",
    results: mlperfV40(),
  });
  skips.print("gaudi");
}
