import { resolveCatalogSlug } from "@/lib/importers/aliases";
import { buildDraft } from "@/lib/importers/draft";
import { parseJsonDocuments } from "@/lib/importers/json-documents";
import type { CatalogAliasEntry, ImportResult, SubmissionDefaults, SubmissionDraft } from "@/lib/importers/types";
import { coerceFlatValue, FLAT_SUBMISSION_FIELDS } from "@/lib/validation/submission";

// Result JSON of vLLM's serving benchmark: `vllm bench serve --save-result` (vllm/benchmarks/serve.py)
// and the older `benchmarks/benchmark_serving.py --save-result`. Both write one flat object:
//   date, [endpoint_type], backend, [label], model_id, tokenizer_id, num_prompts, <--metadata k=v>,
//   request_rate ("inf" or a number), burstiness, max_concurrency (null when unset),
//   duration (s), completed, [failed], total_input_tokens, total_output_tokens, request_throughput,
//   request_goodput (old: "request_goodput:"), output_throughput, total_token_throughput,
//   {mean,median,std,p<P>}_{ttft,tpot,itl[,e2el]}_ms, optional per-request arrays.
// Percentile keys depend on --metric-percentiles (default "99" → p99_*); the median is always there.

export type VllmParseOptions = {
  defaults?: SubmissionDefaults;
  modelAliases?: readonly CatalogAliasEntry[];
};

// Client backends that name a serving engine other than vLLM; "vllm", "openai", "openai-chat"
// are only the request protocol (vLLM's default), so the engine then comes from defaults or is vLLM.
const ENGINE_BY_BACKEND: Record<string, string> = {
  tgi: "TGI",
  lmdeploy: "LMDeploy",
  sglang: "SGLang",
  "tensorrt-llm": "TensorRT-LLM",
  "deepspeed-mii": "DeepSpeed-MII",
  scalellm: "ScaleLLM",
};

// --metadata KEY=VALUE pairs land as top-level string fields; those named like a submission field
// describe the setup (accelerator=h100-sxm precision=FP8 …). Measured metrics are never taken from
// metadata: the file's own numbers are the measurement.
const METRIC_KEYS = new Set([
  "inputTokens",
  "outputTokens",
  "concurrency",
  "outputTokensPerSecond",
  "inputTokensPerSecond",
  "interactivityTokensPerSecondPerUser",
  "ttftMsP50",
  "ttftMsP99",
  "tpotMsP50",
  "tpotMsP99",
]);
const METADATA_FIELDS = FLAT_SUBMISSION_FIELDS.filter((field) => !METRIC_KEYS.has(field.key));

function finite(record: Record<string, unknown>, key: string): number | undefined {
  const value = record[key];
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}

// vLLM writes 0 for a latency it could not measure (np.mean(ttfts or 0) when the backend does not
// stream), so 0 reads as absent rather than as an impossible 0 ms.
function positive(record: Record<string, unknown>, key: string): number | undefined {
  const value = finite(record, key);
  return value !== undefined && value > 0 ? value : undefined;
}

function text(record: Record<string, unknown>, key: string): string | undefined {
  const value = record[key];
  return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function readMetadata(record: Record<string, unknown>): Record<string, unknown> {
  const flat: Record<string, unknown> = {};
  for (const field of METADATA_FIELDS) {
    const raw = record[field.key];
    if (raw === undefined || raw === null) continue;
    const value = typeof raw === "string" ? coerceFlatValue(field.kind, raw) : raw;
    if (value !== undefined) flat[field.key] = value;
  }
  const nested: Record<string, unknown> = {};
  const features: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(flat)) {
    if (key.startsWith("features.")) features[key.slice("features.".length)] = value;
    else nested[key] = value;
  }
  if (Object.keys(features).length > 0) nested.features = features;
  return nested;
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

type Mapped = { candidate: Record<string, unknown>; label: string; meta: SubmissionDraft["meta"] } | { reason: string };

// Maps one result object to submission fields. Exported for tests and for callers holding parsed JSON.
export function mapVllmResult(record: Record<string, unknown>, options: VllmParseOptions = {}): Mapped {
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
  if (completed === undefined || completed <= 0) return { reason: "completed no request (completed = 0): nothing was measured" };
  if (outputThroughput <= 0) return { reason: "reports an output throughput of 0 tok/s" };

  const modelId = text(record, "model_id");
  const tokenizerId = text(record, "tokenizer_id");
  const aliases = options.modelAliases ?? [];
  const metadata = readMetadata(record);
  const resolvedModel = resolveCatalogSlug(modelId, aliases) ?? resolveCatalogSlug(tokenizerId, aliases);

  const backend = text(record, "backend") ?? text(record, "endpoint_type");
  const engine = (metadata.engine as string | undefined) ?? (backend ? ENGINE_BY_BACKEND[backend.toLowerCase()] : undefined) ?? options.defaults?.engine ?? "vLLM";

  const duration = positive(record, "duration");
  const totalInput = finite(record, "total_input_tokens");
  const totalOutput = finite(record, "total_output_tokens");
  const totalTokenThroughput = finite(record, "total_token_throughput");
  const inputTokensPerSecond =
    duration !== undefined && totalInput !== undefined && totalInput > 0
      ? totalInput / duration
      : totalTokenThroughput !== undefined && totalTokenThroughput > outputThroughput
        ? totalTokenThroughput - outputThroughput
        : undefined;

  const tpotMedian = positive(record, "median_tpot_ms") ?? positive(record, "p50_tpot_ms");
  const maxConcurrency = finite(record, "max_concurrency");
  const requestRate = record.request_rate;
  const failed = finite(record, "failed") ?? 0;
  const numPrompts = finite(record, "num_prompts");
  const date = text(record, "date");

  const candidate: Record<string, unknown> = {
    ...metadata,
    model: resolvedModel ?? metadata.model,
    engine,
    concurrency: maxConcurrency !== undefined && maxConcurrency > 0 ? maxConcurrency : undefined,
    inputTokens: totalInput !== undefined && totalInput > 0 ? Math.round(totalInput / completed) : undefined,
    outputTokens: totalOutput !== undefined && totalOutput > 0 ? Math.round(totalOutput / completed) : undefined,
    outputTokensPerSecond: outputThroughput,
    inputTokensPerSecond,
    interactivityTokensPerSecondPerUser: tpotMedian !== undefined ? 1000 / tpotMedian : undefined,
    ttftMsP50: positive(record, "median_ttft_ms") ?? positive(record, "p50_ttft_ms"),
    ttftMsP99: positive(record, "p99_ttft_ms"),
    tpotMsP50: tpotMedian,
    tpotMsP99: positive(record, "p99_tpot_ms"),
  };
  if (candidate.notes === undefined) {
    const rateText = typeof requestRate === "number" ? `${requestRate} req/s` : "unlimited";
    candidate.notes =
      `Imported from a vLLM serving benchmark result${date ? ` dated ${date}` : ""}: ` +
      `${numPrompts ?? completed} prompts, request rate ${rateText}, ${completed} completed` +
      `${failed > 0 ? `, ${failed} failed` : ""}${duration !== undefined ? ` in ${round(duration, 1)} s` : ""}.`;
  }

  const shortModel = modelId ? modelId.split("/").filter(Boolean).pop() : undefined;
  const load = maxConcurrency !== undefined ? `max concurrency ${maxConcurrency}` : `request rate ${typeof requestRate === "number" ? `${requestRate} req/s` : "unlimited"}`;
  const meta: SubmissionDraft["meta"] = {
    format: "failed" in record || "endpoint_type" in record ? "vllm-bench-serve" : "vllm-benchmark-serving",
    sourceModel: modelId ?? null,
    modelResolved: resolvedModel !== undefined,
    backend: backend ?? null,
    date: date ?? null,
    numPrompts: numPrompts ?? null,
    completed,
    failed,
    requestRate: typeof requestRate === "number" || typeof requestRate === "string" ? requestRate : null,
    durationSeconds: duration ?? null,
  };
  return { candidate, label: [shortModel ?? "unknown model", load].join(", "), meta };
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
    const outcome = buildDraft(row, mapped.candidate, { label: mapped.label, meta: mapped.meta, defaults: options.defaults, rowName: "Result" });
    if ("draft" in outcome) result.drafts.push(outcome.draft);
    else result.skipped.push(outcome.skipped);
  }
  if (result.drafts.length === 0 && result.skipped.length > 0 && documents.records.length > 0 && result.skipped.every((s) => /not a vLLM|not a JSON object/.test(s.reason))) {
    result.error = "No vLLM serving benchmark result found in the file (expected keys such as output_throughput, median_ttft_ms)";
  }
  return result;
}
