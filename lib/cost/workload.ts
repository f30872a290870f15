// Workload of a benchmark result, as a dimension results are compared on: the length of its prompts and
// answers, and whether the system ran saturated or held a small latency-bound batch. A 1k/8k reasoning
// run and an 8k/1k summarization run on the same chip differ several-fold in tokens/s, and so does a
// batch-1 latency run from a saturated throughput run: ranking them together would compare unlike work.

export const WORKLOAD_CLASSES = ["short-chat", "long-input", "long-output", "mlperf"] as const;
export type WorkloadClass = (typeof WORKLOAD_CLASSES)[number];

export const SERVING_REGIMES = ["saturated", "latency-bound"] as const;
export type ServingRegime = (typeof SERVING_REGIMES)[number];

/** A prompt or answer of this many tokens or more is "long" (InferenceX's 8k runs; chat turns stay below). */
export const LONG_SEQUENCE_TOKENS = 4096;
/** Batch (or concurrency) at or below which a run is latency-bound rather than throughput-saturated. */
export const LATENCY_BOUND_MAX_BATCH = 8;

// MLPerf Inference scenarios: their datasets fix the length distribution, not the submitter.
const MLPERF_SCENARIOS = new Set(["offline", "server", "interactive", "singlestream", "multistream"]);

export const WORKLOAD_CLASS_DOCS: Record<WorkloadClass, { label: string; description: string }> = {
  "short-chat": {
    label: "Short chat",
    description: `Prompts and answers both under ${LONG_SEQUENCE_TOKENS} tokens (e.g. 1k in / 1k out): chat and short completions.`,
  },
  "long-input": {
    label: "Long input",
    description: `Prompts of ${LONG_SEQUENCE_TOKENS} tokens or more with shorter answers (e.g. 8k in / 1k out): summarization, retrieval-augmented answers.`,
  },
  "long-output": {
    label: "Long output",
    description: `Answers of ${LONG_SEQUENCE_TOKENS} tokens or more (e.g. 1k in / 8k out): reasoning and long generation.`,
  },
  mlperf: {
    label: "MLPerf datasets",
    description:
      "MLPerf Inference runs: the benchmark's dataset (e.g. OpenOrca, a reasoning set) fixes a distribution of lengths rather than one input/output pair.",
  },
};

export const SERVING_REGIME_DOCS: Record<ServingRegime, { label: string; description: string }> = {
  saturated: {
    label: "Saturated throughput",
    description: `Batch or concurrency above ${LATENCY_BOUND_MAX_BATCH}, or an MLPerf Offline/Server/Interactive run: the system is kept full, as a busy service runs.`,
  },
  "latency-bound": {
    label: `Latency-bound (batch up to ${LATENCY_BOUND_MAX_BATCH})`,
    description: `Batch or concurrency of ${LATENCY_BOUND_MAX_BATCH} or less, or an MLPerf SingleStream run: fast per user, but most of the chip idles, so tokens per accelerator are far below a saturated run.`,
  },
};

export type WorkloadInput = {
  inputTokens?: number | null;
  outputTokens?: number | null;
  /** Human source name, e.g. "MLPerf Inference v6.0". */
  source?: string | null;
  /** Benchmark scenario as reported (MLPerf: Offline, Server, Interactive, SingleStream). */
  scenario?: string | null;
  batchSize?: number | null;
  concurrency?: number | null;
};

function isMlperf(input: WorkloadInput): boolean {
  if (input.source && /^mlperf\b/i.test(input.source.trim())) return true;
  return Boolean(input.scenario && MLPERF_SCENARIOS.has(input.scenario.trim().toLowerCase()));
}

/** Length class of a result; null when its lengths are unknown and it is not an MLPerf run. */
export function workloadClass(input: WorkloadInput): WorkloadClass | null {
  if (isMlperf(input)) return "mlperf";
  const { inputTokens, outputTokens } = input;
  if (inputTokens == null || outputTokens == null || !(inputTokens > 0) || !(outputTokens > 0)) return null;
  if (outputTokens >= LONG_SEQUENCE_TOKENS) return "long-output";
  if (inputTokens >= LONG_SEQUENCE_TOKENS) return "long-input";
  return "short-chat";
}

/**
 * Serving regime of a result; null when nothing says how full the system was. The batch size counts
 * when given (it is what the accelerator holds), else the client concurrency.
 */
export function servingRegime(input: WorkloadInput): ServingRegime | null {
  const load = input.batchSize ?? input.concurrency;
  if (load != null && load > 0) return load <= LATENCY_BOUND_MAX_BATCH ? "latency-bound" : "saturated";
  const scenario = input.scenario?.trim().toLowerCase();
  if (scenario === "singlestream") return "latency-bound";
  if (scenario && MLPERF_SCENARIOS.has(scenario)) return "saturated";
  return null;
}
