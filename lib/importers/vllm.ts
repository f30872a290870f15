import { buildDraft } from "@/lib/importers/draft";
import { fileNameFacts } from "@/lib/importers/file-name-facts";
import { parseJsonDocuments } from "@/lib/importers/json-documents";
import { KeyLedger } from "@/lib/importers/key-report";
import { ignoreOtherLatencies, readServingLatencies, recordLatency } from "@/lib/importers/serving-latency";
import { readSetup, type SetupCatalog } from "@/lib/importers/serving-setup";
import type { FormValues, ImportResult, SubmissionDraft } from "@/lib/importers/types";

// Result JSON of vLLM's serving benchmark: `vllm bench serve --save-result` (vllm/benchmarks/serve.py)
// and the older `benchmarks/benchmark_serving.py --save-result`. Both write one flat object:
//   date, [endpoint_type], backend, [label], model_id, tokenizer_id, num_prompts, <--metadata k=v>,
//   request_rate ("inf" or a number), burstiness, max_concurrency (null when unset),
//   duration (s), completed, [failed], total_input_tokens, total_output_tokens, request_throughput,
//   request_goodput (old: "request_goodput:"), output_throughput, total_token_throughput,
//   {mean,median,std,p<P>}_{ttft,tpot,itl[,e2el]}_ms, optional per-request arrays.
// The same parser reads SGLang's `bench_serving` JSON Lines (input_throughput, *_itl_ms and
// *_e2e_latency_ms, often no TPOT: ITL then stands in, and the report says so) and the cut-down
// variants that write latencies in seconds without `_ms` (see serving-latency.ts).

export type VllmParseOptions = FormValues & SetupCatalog & { fileName?: string };

// Client backends that name a serving engine other than vLLM; "vllm", "openai", "openai-chat"
// are only the request protocol (vLLM's default), so the engine then comes from the form or is vLLM.
const ENGINE_BY_BACKEND: Record<string, string> = {
  tgi: "TGI",
  lmdeploy: "LMDeploy",
  sglang: "SGLang",
  "sglang-oai": "SGLang",
  "sglang-native": "SGLang",
  "tensorrt-llm": "TensorRT-LLM",
  trt: "TensorRT-LLM",
  "deepspeed-mii": "DeepSpeed-MII",
  scalellm: "ScaleLLM",
};

const PER_REQUEST_KEYS = ["input_lens", "output_lens", "ttfts", "itls", "tpots", "generated_texts", "errors", "start_times", "e2els"];
const DESCRIPTIVE_KEYS: Record<string, string> = {
  date: "kept in the notes",
  endpoint_type: "request protocol",
  label: "run label",
  burstiness: "arrival pattern, kept in the notes via request_rate",
  request_throughput: "requests/s: TokenCost stores token rates",
  request_goodput: "depends on the run's SLOs",
  "request_goodput:": "depends on the run's SLOs",
  max_output_tokens_per_s: "peak, not sustained",
  max_concurrent_requests: "observed peak; max_concurrency is the setting",
  concurrency: "observed average concurrency; max_concurrency is the setting",
  num_prompts: "kept in the notes",
  dataset_name: "workload name",
  total_output_tokens_retokenized: "retokenized count; total_output_tokens is used",
  random_input_len: "configured; the measured average (total_input_tokens / completed) is used",
  random_output_len: "configured; the measured average is used",
  random_range_ratio: "configured length spread",
  sharegpt_output_len: "configured",
  accept_length: "speculative-decoding acceptance, not a stored field",
};

function finite(record: Record<string, unknown>, key: string): number | undefined {
  const value = record[key];
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}

function text(record: Record<string, unknown>, key: string): string | undefined {
  const value = record[key];
  return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

type Mapped =
  | {
      candidate: Record<string, unknown>;
      label: string;
      meta: SubmissionDraft["meta"];
      ledger: KeyLedger;
      warnings: string[];
      fallbacks: Record<string, unknown>;
    }
  | { reason: string };

// Maps one result object to submission fields. Exported for tests and for callers holding parsed JSON.
export function mapVllmResult(record: Record<string, unknown>, options: VllmParseOptions = {}): Mapped {
  const ledger = new KeyLedger();
  const outputThroughput = finite(record, "output_throughput");
  if (outputThroughput === undefined) {
    return {
      reason:
        "input_sequence_throughput" in record
          ? "is a pooling/embedding benchmark: it generates no output tokens"
          : "has no output_throughput: not a vLLM serving benchmark result",
    };
  }
  const completed = finite(record, "completed");
  // Display tables may lack the request count; a stated 0 means nothing was measured.
  if (completed !== undefined && completed <= 0) return { reason: "completed no request (completed = 0): nothing was measured" };
  if (outputThroughput <= 0) return { reason: "reports an output throughput of 0 tok/s" };
  ledger.mapped("output_throughput", "outputTokensPerSecond");
  if (completed !== undefined) ledger.mapped("completed", "inputTokens, outputTokens", "divides the token totals");

  const latencies = readServingLatencies(record, ledger);
  if (latencies.error) return { reason: latencies.error };

  const form: FormValues = { defaults: options.defaults, overrides: options.overrides };
  const setup = readSetup(record, ledger, options, form, ["model_id", "tokenizer_id", "served_model_name"]);
  if (setup.errors.length > 0) return { reason: setup.errors.join("; ") };

  const modelId = text(record, "model_id") ?? text(record, "model");
  const backend = text(record, "backend") ?? text(record, "endpoint_type");
  const backendEngine = backend ? ENGINE_BY_BACKEND[backend.toLowerCase()] : undefined;
  if (backend)
    ledger.mapped(
      text(record, "backend") ? "backend" : "endpoint_type",
      "engine",
      backendEngine ? undefined : "request protocol only: the engine comes from the form, else vLLM",
    );

  const duration = finite(record, "duration");
  const totalInput = finite(record, "total_input_tokens");
  const totalOutput = finite(record, "total_output_tokens");
  const totalTokenThroughput = finite(record, "total_token_throughput");
  const inputThroughput = finite(record, "input_throughput");
  let inputTokensPerSecond: number | undefined;
  if (inputThroughput !== undefined && inputThroughput > 0) {
    inputTokensPerSecond = inputThroughput;
    ledger.mapped("input_throughput", "inputTokensPerSecond");
  } else if (duration !== undefined && duration > 0 && totalInput !== undefined && totalInput > 0) {
    inputTokensPerSecond = totalInput / duration;
    ledger.mapped("duration", "inputTokensPerSecond", "total_input_tokens / duration");
  } else if (totalTokenThroughput !== undefined && totalTokenThroughput > outputThroughput) {
    inputTokensPerSecond = totalTokenThroughput - outputThroughput;
    ledger.mapped("total_token_throughput", "inputTokensPerSecond", "minus output_throughput");
  }
  if (totalTokenThroughput !== undefined) ledger.ignored("total_token_throughput", "input + output: both are stored separately");
  if (duration !== undefined) ledger.ignored("duration", "kept in the notes");

  const warnings: string[] = [];
  const stat = (id: string) => latencies.values.get(id);
  const ttftMsP50 = recordLatency(ledger, stat("median_ttft"), "ttftMsP50");
  const ttftMsP99 = recordLatency(ledger, stat("p99_ttft"), "ttftMsP99");
  let tpotMsP50 = recordLatency(ledger, stat("median_tpot"), "tpotMsP50");
  let tpotMsP99 = recordLatency(ledger, stat("p99_tpot"), "tpotMsP99");
  if (tpotMsP50 === undefined && stat("median_itl")) {
    tpotMsP50 = recordLatency(ledger, stat("median_itl"), "tpotMsP50", "ITL stands in for TPOT (the file has no TPOT)");
    if (tpotMsP50 !== undefined)
      warnings.push(`The file has no TPOT: median ITL (${stat("median_itl")!.key}) stands in for it, and interactivity is 1000 / ITL`);
  }
  if (tpotMsP99 === undefined && stat("p99_itl"))
    tpotMsP99 = recordLatency(ledger, stat("p99_itl"), "tpotMsP99", "ITL stands in for TPOT (the file has no TPOT)");
  ignoreOtherLatencies(ledger, latencies.values);
  if (latencies.secondsKeys.length > 0) warnings.push(`Latencies in seconds converted to ms: ${latencies.secondsKeys.join(", ")}`);

  const maxConcurrency = finite(record, "max_concurrency");
  const fromName = options.fileName ? fileNameFacts(options.fileName) : {};
  const requestRate = record.request_rate;
  const failed = finite(record, "failed") ?? 0;
  const numPrompts = finite(record, "num_prompts");
  const date = text(record, "date");
  for (const key of PER_REQUEST_KEYS) if (key in record) ledger.ignored(key, "per-request detail: the aggregates are used");
  for (const [key, note] of Object.entries(DESCRIPTIVE_KEYS)) if (key in record) ledger.ignored(key, note);
  if ("request_rate" in record) ledger.mapped("request_rate", "notes");
  if ("failed" in record) ledger.mapped("failed", "notes");

  const candidate: Record<string, unknown> = {
    ...setup.values,
    engine: (setup.values.engine as string | undefined) ?? backendEngine,
    concurrency: maxConcurrency !== undefined && maxConcurrency > 0 ? maxConcurrency : fromName.concurrency,
    inputTokens: completed !== undefined && totalInput !== undefined && totalInput > 0 ? Math.round(totalInput / completed) : fromName.inputTokens,
    outputTokens: completed !== undefined && totalOutput !== undefined && totalOutput > 0 ? Math.round(totalOutput / completed) : fromName.outputTokens,
    outputTokensPerSecond: outputThroughput,
    inputTokensPerSecond,
    interactivityTokensPerSecondPerUser: tpotMsP50 !== undefined ? 1000 / tpotMsP50 : undefined,
    ttftMsP50,
    ttftMsP99,
    tpotMsP50,
    tpotMsP99,
  };
  if (candidate.acceleratorCount === undefined && fromName.tensorParallel !== undefined) candidate.acceleratorCount = fromName.tensorParallel;
  if ("max_concurrency" in record) ledger.mapped("max_concurrency", "concurrency");
  if ("total_input_tokens" in record) ledger.mapped("total_input_tokens", "inputTokens", "÷ completed = mean input length");
  if ("total_output_tokens" in record) ledger.mapped("total_output_tokens", "outputTokens", "÷ completed = mean output length");
  if (candidate.notes === undefined) {
    const rateText = typeof requestRate === "number" ? `${requestRate} req/s` : "unlimited";
    candidate.notes =
      `Imported from a ${backendEngine === "SGLang" ? "SGLang" : "vLLM"} serving benchmark result${date ? ` dated ${date}` : ""}: ` +
      `${numPrompts ?? completed ?? "?"} prompts, request rate ${rateText}, ${completed ?? "?"} completed` +
      `${failed > 0 ? `, ${failed} failed` : ""}${duration !== undefined && duration > 0 ? ` in ${round(duration, 1)} s` : ""}.` +
      `${setup.variantNote ? ` ${setup.variantNote}.` : ""}`;
  }

  const shortModel = modelId ? modelId.split("/").filter(Boolean).pop() : undefined;
  const load =
    maxConcurrency !== undefined
      ? `max concurrency ${maxConcurrency}`
      : `request rate ${typeof requestRate === "number" ? `${requestRate} req/s` : "unlimited"}`;
  const meta: SubmissionDraft["meta"] = {
    format:
      backendEngine === "SGLang" && !("model_id" in record)
        ? "sglang-bench-serving"
        : "failed" in record || "endpoint_type" in record
          ? "vllm-bench-serve"
          : "vllm-benchmark-serving",
    sourceModel: modelId ?? null,
    modelResolved: setup.values.model !== undefined,
    backend: backend ?? null,
    date: date ?? null,
    numPrompts: numPrompts ?? null,
    completed: completed ?? null,
    failed,
    requestRate: typeof requestRate === "number" || typeof requestRate === "string" ? requestRate : null,
    durationSeconds: duration ?? null,
    latencyUnit: latencies.secondsKeys.length > 0 ? "s (converted to ms)" : "ms",
  };
  return { candidate, label: [shortModel ?? "unknown model", load].join(", "), meta, ledger, warnings, fallbacks: { engine: "vLLM" } };
}

export function parseVllmResult(text: string, options: VllmParseOptions = {}): ImportResult {
  const documents = parseJsonDocuments(text);
  if (documents.error) return { drafts: [], skipped: [], error: documents.error };

  const result: ImportResult = { drafts: [], skipped: documents.lineErrors.map((e) => ({ row: e.row, reason: e.reason })) };
  for (const { row, value } of documents.records) {
    if (!isPlainObject(value)) {
      result.skipped.push({ row, reason: `Result ${row} is not a JSON object` });
      continue;
    }
    const mapped = mapVllmResult(value, options);
    if ("reason" in mapped) {
      result.skipped.push({ row, reason: `Result ${row} ${mapped.reason}` });
      continue;
    }
    const outcome = buildDraft(row, mapped.candidate, {
      label: mapped.label,
      meta: mapped.meta,
      defaults: options.defaults,
      overrides: options.overrides,
      fallbacks: mapped.fallbacks,
      keys: mapped.ledger.list(Object.keys(value)),
      warnings: mapped.warnings,
      rowName: "Result",
    });
    if ("draft" in outcome) result.drafts.push(outcome.draft);
    else result.skipped.push(outcome.skipped);
  }
  if (result.drafts.length === 0 && result.skipped.length > 0 && documents.records.length > 0) {
    if (result.skipped.every((s) => /not a vLLM|not a JSON object/.test(s.reason))) {
      result.error = "No vLLM serving benchmark result found in the file (expected keys such as output_throughput, median_ttft_ms)";
    } else if (result.skipped.every((s) => /without a unit/.test(s.reason))) {
      result.error = result.skipped[0].reason;
    }
  }
  return result;
}
