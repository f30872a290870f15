import { buildDraft } from "@/lib/importers/draft";
import { parseJsonDocuments } from "@/lib/importers/json-documents";
import { KeyLedger } from "@/lib/importers/key-report";
import { resolveModelIds } from "@/lib/importers/model-ids";
import type { CatalogAliasEntry, FormValues, ImportResult } from "@/lib/importers/types";

// LLMPerf (ray-project/llmperf token_benchmark_ray.py) `*_summary.json`: flat keys with the unit in
// the name, in SECONDS: results_ttft_s_quantiles_p50, results_inter_token_latency_s_quantiles_p99,
// results_mean_output_throughput_token_per_s (whole run), num_concurrent_requests, model,
// mean_input_tokens, mean_output_tokens, results_number_errors, … Seconds become ms in the report.

export type LlmperfParseOptions = FormValues & { modelAliases?: readonly CatalogAliasEntry[] };

function finite(record: Record<string, unknown>, key: string): number | undefined {
  const value = record[key];
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}

export function parseLlmperfSummary(text: string, options: LlmperfParseOptions = {}): ImportResult {
  const documents = parseJsonDocuments(text);
  if (documents.error) return { drafts: [], skipped: [], error: documents.error };
  const result: ImportResult = { drafts: [], skipped: documents.lineErrors.map((e) => ({ row: e.row, reason: e.reason })) };
  for (const { row, value } of documents.records) {
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      result.skipped.push({ row, reason: `Result ${row} is not a JSON object` });
      continue;
    }
    const record = value as Record<string, unknown>;
    const ledger = new KeyLedger();
    const output = finite(record, "results_mean_output_throughput_token_per_s");
    if (output === undefined || output <= 0) {
      result.skipped.push({ row, reason: `Result ${row} has no positive results_mean_output_throughput_token_per_s: not an LLMPerf summary` });
      continue;
    }
    ledger.mapped("results_mean_output_throughput_token_per_s", "outputTokensPerSecond");
    const model = resolveModelIds([typeof record.model === "string" ? record.model : undefined], options.modelAliases ?? [], options);
    if (model.error) {
      result.skipped.push({ row, reason: `Result ${row}: model: ${model.error}`, errors: [{ path: "model", message: model.error }] });
      continue;
    }
    if (model.slug) ledger.mapped("model", "model", "through the catalog's model aliases");
    const seconds = (key: string, field: string) => {
      const v = finite(record, key);
      if (v === undefined || v <= 0) return undefined;
      ledger.converted(key, field, "s → ms (× 1000)");
      return v * 1000;
    };
    const ttftMsP50 = seconds("results_ttft_s_quantiles_p50", "ttftMsP50");
    const ttftMsP99 = seconds("results_ttft_s_quantiles_p99", "ttftMsP99");
    const tpotMsP50 = seconds("results_inter_token_latency_s_quantiles_p50", "tpotMsP50");
    const tpotMsP99 = seconds("results_inter_token_latency_s_quantiles_p99", "tpotMsP99");
    const concurrency = finite(record, "num_concurrent_requests");
    const meanIn = finite(record, "mean_input_tokens");
    const meanOut = finite(record, "mean_output_tokens");
    if (concurrency !== undefined) ledger.mapped("num_concurrent_requests", "concurrency");
    if (meanIn !== undefined) ledger.mapped("mean_input_tokens", "inputTokens", "configured mean");
    if (meanOut !== undefined) ledger.mapped("mean_output_tokens", "outputTokens", "configured mean");
    const errors = finite(record, "results_number_errors");
    if (errors !== undefined) ledger.mapped("results_number_errors", "notes");
    for (const key of Object.keys(record))
      if (!ledger.has(key))
        ledger.ignored(key, key.startsWith("results_") ? "no TokenCost field for this statistic (median and p99 are stored)" : "run description");
    const outcome = buildDraft(
      row,
      {
        model: model.slug,
        concurrency: concurrency !== undefined && concurrency > 0 ? Math.round(concurrency) : undefined,
        inputTokens: meanIn !== undefined && meanIn > 0 ? Math.round(meanIn) : undefined,
        outputTokens: meanOut !== undefined && meanOut > 0 ? Math.round(meanOut) : undefined,
        outputTokensPerSecond: output,
        ttftMsP50,
        ttftMsP99,
        tpotMsP50,
        tpotMsP99,
        interactivityTokensPerSecondPerUser: tpotMsP50 !== undefined ? 1000 / tpotMsP50 : undefined,
        notes: `Imported from an LLMPerf summary${errors ? ` (${errors} failed requests)` : ""}; inter-token latency stands in for TPOT; latencies converted from seconds.`,
      },
      {
        label: `${typeof record.model === "string" ? record.model : "model"}, ${concurrency ?? "?"} concurrent requests`,
        meta: { format: "llmperf-summary", sourceModel: typeof record.model === "string" ? record.model : null },
        defaults: options.defaults,
        overrides: options.overrides,
        keys: ledger.list(Object.keys(record)),
        warnings: ["LLMPerf states latencies in seconds: converted to ms. Its inter-token latency stands in for TPOT"],
        rowName: "Result",
      },
    );
    if ("draft" in outcome) result.drafts.push(outcome.draft);
    else result.skipped.push(outcome.skipped);
  }
  return result;
}
