// AWS Neuron results → curated extracts: the Inf2/Trn1 decoder performance tables, the Trn2
// tutorials, and Hugging Face optimum-neuron guidellm runs on Trn2/Trn1.
import Papa from "papaparse";

import type { CuratedResult } from "../../prisma/seed/curated-results";
import { interactivityFromTpot, modelSlug, readRaw, round, SkipLog, writeExtract } from "./common";

const NEURON_URL = "https://github.com/aws-neuron/aws-neuron-sdk/tree/81ce03ae";
const csv = (file: string) => Papa.parse<Record<string, string>>(readRaw(file), { header: true, skipEmptyLines: true }).data;
const PRECISION: Record<string, CuratedResult["precision"]> = { int8: "INT8", bf16: "BF16", fp16: "FP16", fp8: "FP8" };
// Instance → chips: inf2.48xlarge has 12 Inferentia2 chips (24 NeuronCores), trn1.32xlarge 16 Trainium chips (32 cores).
const INSTANCES: Record<string, { accelerator: string; chips: number; cores: number }> = {
  "inf2.48xlarge": { accelerator: "inferentia2", chips: 12, cores: 24 },
  "trn1.32xlarge": { accelerator: "trainium", chips: 16, cores: 32 },
};

function decoderTables(skips: SkipLog): CuratedResult[] {
  const out = new Map<string, CuratedResult>();
  for (const file of [
    "inf2_throughput_data_decoder.csv",
    "inf2_latency_data_decoder.csv",
    "trn1_throughput_data_decoder.csv",
    "trn1_latency_data_decoder.csv",
  ]) {
    for (const row of csv(`results/aws-neuron/${file}`)) {
      const instance = INSTANCES[row["Inst. Type"].toLowerCase()];
      const model = modelSlug(row.Model);
      const precision = PRECISION[row["Weight Storage Data Type"].toLowerCase()];
      if (!instance || !model || !precision) {
        skips.skip(`Neuron table row not mappable (${!instance ? "instance" : !model ? "model" : "precision"})`);
        continue;
      }
      const batch = Number(row["Batch Size"]);
      const input = Number(row["Input Length"]);
      const output = Number(row["Output Length"]);
      const id = `aws-neuron:${row["Inst. Type"].toLowerCase()}:${model}:tp${row["TP Degree"]}:bs${batch}:${input}-${output}:${precision}`;
      if (out.has(id)) {
        skips.skip("Neuron table row repeated in the throughput and latency tables");
        continue;
      }
      const tpot = Number(row["TPOT Latency P50 (ms)"]);
      out.set(id, {
        externalId: id,
        model,
        accelerator: instance.accelerator,
        acceleratorCount: instance.chips,
        precision,
        engine: row.Framework,
        engineVersion: `Neuron ${row["Neuron Version"]}`,
        systemName: row["Inst. Type"].toLowerCase(),
        scenario: row["Application Type"] === "Real Time" ? "Latency (batch 1)" : "Batch",
        inputTokens: input,
        outputTokens: output,
        batchSize: batch,
        outputTokensPerSecond: Number(row["Output Token Throughput (tokens/sec)"]),
        ttftMsP50: Number(row["TTFT Latency P50 (ms)"]),
        ttftMsP99: Number(row["TTFT Latency P99 (ms)"]),
        tpotMsP50: tpot,
        tpotMsP99: Number(row["TPOT Latency P99 (ms)"]),
        interactivityTokensPerSecondPerUser: interactivityFromTpot(tpot),
        sourceUrl: NEURON_URL,
        notes:
          `AWS Neuron ${row["Inst. Type"]} decoder performance table (${file}, Neuron ${row["Neuron Version"]}): ${row.Model}, TP ${row["TP Degree"]}, static batch ${batch}, input/output ${input}/${output}, weights ${row["Weight Storage Data Type"]} (compute ${row["Compilation Autocast Data Type"]}). ` +
          `Chip count: the throughput is per INSTANCE; ${row["Inst. Type"]} has ${instance.chips} chips (${instance.cores} NeuronCores). Small static batch: latency-oriented, far from saturated throughput. Interactivity = 1000 / median TPOT.`,
      });
    }
  }
  return [...out.values()];
}

// The Trn2 tutorials' comparison tables: batch 1, llmperf 10000 input / 1500 output, one request at a time.
function trn2Tutorials(): CuratedResult[] {
  const tables = [
    { file: "trn2_tutorial_llama70b_perf_comparison.csv", model: "llama-3.3-70b", name: "Llama 3.3 70B", tutorial: "trn2-llama3.3-70b-tutorial" },
    {
      file: "trn2_tutorial_llama405b_perf_comparison.csv",
      model: "llama-3.1-405b",
      name: "Llama 3.1 405B",
      tutorial: "trn2-llama3.1-405b-speculative-tutorial",
    },
  ];
  const out: CuratedResult[] = [];
  for (const t of tables) {
    for (const row of csv(`results/aws-neuron/${t.file}`)) {
      const scenario = row["Scenario (all using BF16)"];
      const speculative = /speculative/i.test(scenario) && !/^No /i.test(scenario);
      const tpot = Number(row["TPOT (P50 in ms)"]);
      out.push({
        externalId: `aws-neuron:trn2.48xlarge:${t.model}:${speculative ? "speculative" : "baseline"}`,
        model: t.model,
        accelerator: "trainium2",
        acceleratorCount: 16,
        precision: "BF16",
        engine: "vLLM (NxD Inference)",
        systemName: "trn2.48xlarge",
        scenario: "Latency (batch 1)",
        inputTokens: 10000,
        outputTokens: 1500,
        batchSize: 1,
        concurrency: 1,
        outputTokensPerSecond: Number(row["Output token Throughput (per second)"]),
        ttftMsP50: Number(row["TTFT (P50 in ms)"]),
        tpotMsP50: tpot,
        interactivityTokensPerSecondPerUser: interactivityFromTpot(tpot),
        speculativeDecoding: speculative ? scenario : undefined,
        sourceUrl: NEURON_URL,
        notes:
          `AWS Neuron tutorial "${t.tutorial}": ${t.name}, "${scenario}", batch size 1, llmperf with 10000 input / 1500 output tokens and one concurrent request. ` +
          "Chip count: TP 64 with LNC=2 spans the whole trn2.48xlarge (16 Trainium2 chips); the throughput is for the instance. Latency-bound (batch 1): far from saturated throughput.",
      });
    }
  }
  return out;
}

// optimum-neuron guidellm summaries (single-instance configurations). TP counts logical cores:
// a Trn2 chip has 8 NeuronCores, 4 logical cores with LNC=2, so TP 4 = 1 chip and TP 64 = 16 chips;
// the configurations without "-trn2" use TP 32 on a trn1.32xlarge (16 chips, 2 cores each).
const OPTIMUM = "https://github.com/huggingface/optimum-neuron/tree/213224e6/benchmark/vllm/single-instance";
const CONFIGS = [
  "llama-3.1-8b-trn2",
  "llama4-Maverick-trn2",
  "llama4-Scout-trn2",
  "llama4-Scout",
  "qwen3-235B-A22B-trn2",
  "qwen3-30B-A3B-trn2",
  "qwen3-30B-A3B",
  "qwen3-32B-trn2",
];

function optimumNeuron(skips: SkipLog): CuratedResult[] {
  const out: CuratedResult[] = [];
  for (const config of CONFIGS) {
    const env = Object.fromEntries(
      readRaw(`results/optimum-neuron/single-instance__${config}__.env`)
        .split("\n")
        .map((l) => /^(\w+)=['"]?([^'"]*)['"]?$/.exec(l.trim()))
        .filter((m): m is RegExpExecArray => m !== null)
        .map((m) => [m[1], m[2]]),
    );
    const model = modelSlug(env.MODEL_ID);
    if (!model) {
      skips.skip("optimum-neuron model not in the catalog");
      continue;
    }
    const tp = Number(env.TENSOR_PARALLEL_SIZE);
    const trn2 = config.endsWith("-trn2");
    const chips = trn2 ? tp / 4 : tp / 2;
    const chipNote = trn2
      ? `Chip count derived: TP ${tp} logical NeuronCores / 4 per Trainium2 chip (LNC=2) = ${chips} chip${chips > 1 ? "s" : ""}.`
      : `Chip count derived: TP ${tp} needs a trn1.32xlarge (the benchmark README says so); ${tp} NeuronCores / 2 per Trainium chip = ${chips} chips.`;
    for (const row of csv(`results/optimum-neuron/single-instance__${config}__vllm-results.csv`)) {
      const type = row["Input type"];
      if (type !== "synchronous" && type !== "throughput") {
        skips.skip("guidellm fixed-rate (asynchronous@rate) row: between the two extremes kept");
        continue;
      }
      const itl = Number(row["Inter Token Latency (ms)"]);
      out.push({
        externalId: `optimum-neuron:${config}:${type}`,
        model,
        accelerator: trn2 ? "trainium2" : "trainium",
        acceleratorCount: chips,
        precision: "BF16",
        engine: "vLLM (optimum-neuron)",
        systemName: trn2 ? "trn2.48xlarge" : "trn1.32xlarge",
        scenario: type === "synchronous" ? "Latency (one request at a time)" : "Throughput (guidellm max rate)",
        inputTokens: 1500,
        outputTokens: 250,
        batchSize: Number(env.BATCH_SIZE ?? env.MAX_BATCH_SIZE),
        concurrency: type === "synchronous" ? 1 : undefined,
        outputTokensPerSecond: round(Number(row["Output Token Throughput (t/s)"]), 3),
        ttftMsP50: round(Number(row["Time-to-first-token (ms)"]), 2),
        tpotMsP50: round(itl, 3),
        interactivityTokensPerSecondPerUser: interactivityFromTpot(itl),
        sourceUrl: `${OPTIMUM}/${config}`,
        notes:
          `Hugging Face optimum-neuron vLLM benchmark (guidellm 0.1, ${row.Date}): ${env.MODEL_ID}, TP ${tp}, max batch ${env.BATCH_SIZE}, sequence length ${env.SEQUENCE_LENGTH}; prompts 1500±150 tokens in, 250±20 out, up to 128 concurrent users. ` +
          `guidellm "${type}" row. ${chipNote} TTFT and inter-token latency are guidellm averages (ITL stands in for TPOT). Weights: the model's bf16 checkpoint (dtype not stated in the config).`,
      });
    }
  }
  skips.skip("optimum-neuron data-parallel results: the dp4 file is mislabelled (holds Qwen3-MoE runs) and the replica layout is not stated");
  return out;
}

export function extractNeuron(): void {
  const skips = new SkipLog();
  writeExtract("aws-neuron.json", {
    source: "AWS Neuron documentation",
    evidence: "vendor",
    licence: "CC-BY-SA-4.0 (AWS Neuron documentation)",
    origin: "aws-neuron/aws-neuron-sdk @ 81ce03ae",
    results: [...decoderTables(skips), ...trn2Tutorials()],
  });
  writeExtract("optimum-neuron.json", {
    source: "Hugging Face optimum-neuron benchmarks",
    evidence: "vendor",
    licence: "Apache-2.0",
    origin: "huggingface/optimum-neuron @ 213224e6 benchmark/vllm",
    results: optimumNeuron(skips),
  });
  skips.print("neuron");
}
