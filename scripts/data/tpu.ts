// Google TPU results: tpu-recipes (v6e Trillium, TPU7x Ironwood) and JetStream (v5e) → curated extracts.
import type { CuratedResult } from "../../prisma/seed/curated-results";
import { interactivityFromTpot, readRaw, round, SkipLog, writeExtract } from "./common";

const RECIPES = "https://github.com/AI-Hypercomputer/tpu-recipes/blob/c8cfe2f6/inference";
const num = (text: string, label: string) => Number(new RegExp(`${label}:\\s+([\\d.]+)`).exec(text)?.[1]);

// vLLM bench serve blocks in the Trillium Llama 3.x recipe ("With `MAX_CONCURRENCY=64`: ...").
function trillium(): CuratedResult[] {
  const md = readRaw("results/tpu/trillium__vLLM__Llama3.x__README.md");
  const blocks = md.split(/With `MAX_CONCURRENCY=(\d+)`:/).slice(1);
  const out: CuratedResult[] = [];
  for (let i = 0; i < blocks.length; i += 2) {
    const concurrency = Number(blocks[i]);
    const body = blocks[i + 1];
    const tpot = num(body, "Median TPOT \\(ms\\)");
    out.push({
      externalId: `tpu-recipes:trillium:llama-3.3-70b:1000-1000:c${concurrency}`,
      model: "llama-3.3-70b",
      accelerator: "tpu-v6e",
      acceleratorCount: 8,
      precision: "BF16",
      engine: "vLLM",
      engineVersion: "TPU v0.12.0",
      systemName: "Cloud TPU v6e-8",
      scenario: "Serving",
      inputTokens: 1000,
      outputTokens: 1000,
      concurrency,
      outputTokensPerSecond: num(body, "Output token throughput \\(tok/s\\)"),
      ttftMsP50: num(body, "Median TTFT \\(ms\\)"),
      ttftMsP99: num(body, "P99 TTFT \\(ms\\)"),
      tpotMsP50: tpot,
      tpotMsP99: num(body, "P99 TPOT \\(ms\\)"),
      interactivityTokensPerSecondPerUser: interactivityFromTpot(tpot),
      sourceUrl: `${RECIPES}/trillium/vLLM/Llama3.x/README.md`,
      notes:
        `Google's tpu-recipes "expected output" of vllm bench serve (random 1000/1000, max concurrency ${concurrency}) for Llama-3.3-70B-Instruct bf16 with tensor parallelism 8 on a v6e-8 slice. ` +
        "Chip count: the recipe creates a v6e-8 (8 chips, TP=8); the throughput is for the whole slice. A vendor example, not an audited result. Interactivity = 1000 / median TPOT.",
    });
  }
  return out;
}

type IronwoodTable = { file: string; dir: string; model: string; chips: number; concurrency: number; hf: string; perChipShown: boolean };
const IRONWOOD: IronwoodTable[] = [
  { file: "ironwood__vLLM__Qwen3-32B__README.md", dir: "Qwen3-32B", model: "qwen3-32b", chips: 1, concurrency: 320, hf: "Qwen/Qwen3-32B", perChipShown: false },
  {
    file: "ironwood__vLLM__Qwen3-Coder-480B-A35B__README.md",
    dir: "Qwen3-Coder-480B-A35B",
    model: "qwen3-coder-480b-a35b",
    chips: 4,
    concurrency: 64,
    hf: "Qwen/Qwen3-Coder-480B-A35B-Instruct-FP8",
    perChipShown: true,
  },
  {
    file: "ironwood__vLLM__Qwen3.5-397B__README.md",
    dir: "Qwen3.5-397B",
    model: "qwen3.5-397b-a17b",
    chips: 4,
    concurrency: 128,
    hf: "Qwen/Qwen3.5-397B-A17B-FP8",
    perChipShown: true,
  },
];
const LENGTHS: Record<string, [number, number]> = { "1k/1k": [1024, 1024], "1k/8k": [1024, 8192], "8k/1k": [8192, 1024] };

function ironwood(): CuratedResult[] {
  const out: CuratedResult[] = [];
  for (const t of IRONWOOD) {
    const md = readRaw(`results/tpu/${t.file}`);
    for (const m of md.matchAll(/^\s*(\dk\/\dk)\s*\|\s*([\d.]+)(?: tok\/s \(([\d.]+) tok\/s\/chip\))?/gm)) {
      const [inputTokens, outputTokens] = LENGTHS[m[1]];
      const system = Number(m[2]);
      out.push({
        externalId: `tpu-recipes:ironwood:${t.model}:${m[1].replace("/", "-")}`,
        model: t.model,
        accelerator: "tpu7x",
        acceleratorCount: t.chips,
        precision: "FP8",
        engine: "vLLM",
        engineVersion: "TPU nightly",
        systemName: t.chips === 1 ? "TPU7x 1x1x1 (1 chip)" : "tpu7x-standard-4t (4 chips)",
        scenario: "Serving",
        inputTokens,
        outputTokens,
        concurrency: t.concurrency,
        outputTokensPerSecond: system,
        sourceUrl: `${RECIPES}/ironwood/vLLM/${t.dir}/README.md`,
        notes:
          `Google's tpu-recipes result table for ${t.hf} on TPU7x (Ironwood), InferenceX benchmark_serving client, random ${inputTokens}/${outputTokens} (range ratio 0.8), max concurrency ${t.concurrency}. ` +
          (t.perChipShown
            ? `Chip count: the recipe's node pool has ${t.chips} chips (TP 8 over 8 TensorCores); the table gives ${system} tok/s for the node and ${m[3]} tok/s per chip.`
            : "Chip count: the recipe's GKE topology is 1x1x1 (one chip, TP 2 over its two TensorCores), so the table's figure is for one chip.") +
          ' The recipe says results are "subject to change"; its TTFT/TPOT columns are placeholders, so none are recorded. Weights are the FP8 checkpoint where the model id says so.',
      });
    }
  }
  return out;
}

// JetStream-PyTorch benchmark summary tables (TPU v5e-8 unless the row says v5e-1).
const JETSTREAM_MODELS: Record<string, string> = {
  "Llama 3 - 8B": "llama-3-8b",
  "Gemma - 7B": "gemma-7b",
  "Gemma - 2B": "gemma-2b",
  "Llama 2 - 7B": "llama-2-7b",
  "Llama 2 - 13B": "llama-2-13b",
};

function jetstream(skips: SkipLog): CuratedResult[] {
  const md = readRaw("results/tpu/jetstream-pytorch__benchmarks__summary.md");
  const out: CuratedResult[] = [];
  let model: string | undefined;
  for (const line of md.split("\n")) {
    const heading = /^## (.+)$/.exec(line);
    if (heading) model = JETSTREAM_MODELS[heading[1].trim()];
    const cells = line.split("|").map((c) => c.trim());
    if (!model || cells.length < 8 || !/^\d{4}-\d{2}-\d{2}$/.test(cells[0])) continue;
    const [date, device, dtype, batch, cache, maxIn, maxOut, throughput] = cells;
    const chips = Number(/v5e-(\d+)/.exec(device)?.[1]);
    if (model === "llama-3-8b" && date === "2024-07-29") {
      skips.skip("JetStream re-run flagged by its authors as a regression");
      continue;
    }
    out.push({
      externalId: `jetstream-pytorch:${model}:${date}:${device}:${dtype}:bs${batch}:cache${cache}`,
      model,
      accelerator: "tpu-v5e",
      acceleratorCount: chips,
      precision: dtype === "int8" ? "INT8" : "BF16",
      engine: "JetStream-PyTorch",
      systemName: `Cloud TPU ${device}`,
      scenario: "Offline",
      inputTokens: Number(maxIn),
      outputTokens: Number(maxOut),
      batchSize: Number(batch),
      outputTokensPerSecond: Number(throughput),
      sourceUrl: "https://github.com/AI-Hypercomputer/jetstream-pytorch/blob/c8bb6119/benchmarks/summary.md",
      notes:
        `JetStream-PyTorch benchmark summary (${date}): ${device}, ${dtype}, batch size ${batch}, cache length ${cache}, max input/output ${maxIn}/${maxOut} (ShareGPT prompts). ` +
        `Chip count from the device name (${device} = ${chips} chip${chips > 1 ? "s" : ""}); throughput is for the whole slice. The table's "throughput (token/s)" is not defined further; read as generated tokens per second.` +
        (model === "gemma-2b" ? " Gemma 2B is sharded on batch (data parallel)." : "") +
        (Number(cache) < Number(maxIn) + Number(maxOut) ? " Cache shorter than input + output: rolling-window attention." : ""),
    });
  }
  return out;
}

function jetstreamExperimental(): CuratedResult {
  const md = readRaw("results/tpu/JetStream__experimental__jax__README.md");
  const requests = Number(/Total requests: (\d+)/.exec(md)?.[1]);
  const inputTotal = Number(/Total input tokens: (\d+)/.exec(md)?.[1]);
  const outputTotal = Number(/Total output tokens: (\d+)/.exec(md)?.[1]);
  return {
    externalId: "jetstream-experimental-jax:llama-2-7b:v5e-8",
    model: "llama-2-7b",
    accelerator: "tpu-v5e",
    acceleratorCount: 8,
    precision: "BF16",
    engine: "JetStream experimental JAX",
    systemName: "Cloud TPU v5e-8 (v5litepod-8)",
    scenario: "Offline",
    inputTokens: Math.round(inputTotal / requests),
    outputTokens: Math.round(outputTotal / requests),
    outputTokensPerSecond: round(Number(/Output token throughput: ([\d.]+)/.exec(md)?.[1]), 3),
    inputTokensPerSecond: round(Number(/Input token throughput: ([\d.]+)/.exec(md)?.[1]), 3),
    sourceUrl: "https://github.com/AI-Hypercomputer/JetStream/blob/acd4f5ad/experimental/jax/README.md",
    notes:
      `JetStream experimental JAX framework, offline benchmark of Llama-2-7b-chat on a v5litepod-8 (8 chips, 8-way TP): ${requests} requests, ${inputTotal} input and ${outputTotal} output tokens (average lengths shown). ` +
      "Chip count from the accelerator type v5litepod-8. Precision is not stated; bf16 assumed (the model's checkpoint dtype).",
  };
}

export function extractTpu(): void {
  const skips = new SkipLog();
  skips.skip("TPU v5e-4 GPT-J (MLPerf v4.0) reports samples/s only: tokens cannot be derived");
  writeExtract("tpu-recipes.json", {
    source: "Google Cloud TPU recipes",
    evidence: "vendor",
    licence: "Apache-2.0",
    origin: "AI-Hypercomputer/tpu-recipes @ c8cfe2f6",
    results: [...trillium(), ...ironwood()],
  });
  writeExtract("jetstream.json", {
    source: "Google JetStream benchmarks",
    evidence: "vendor",
    licence: "Apache-2.0",
    origin: "AI-Hypercomputer/jetstream-pytorch @ c8bb6119, AI-Hypercomputer/JetStream @ acd4f5ad",
    results: [...jetstream(skips), jetstreamExperimental()],
  });
  skips.print("tpu");
}
