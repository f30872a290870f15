import { buildDraft } from "@/lib/importers/draft";
import { parseJsonDocuments } from "@/lib/importers/json-documents";
import { KeyLedger } from "@/lib/importers/key-report";
import { resolveModelIds } from "@/lib/importers/model-ids";
import type { CatalogAliasEntry, FormValues, ImportResult } from "@/lib/importers/types";

// NVIDIA genai-perf `profile_export_genai_perf.json` and AIPerf `profile_export_aiperf.json`: one
// object per metric, each stating its unit: {"time_to_first_token": {"unit": "ms", "avg": …,
// "p50": …, "p99": …}, "output_token_throughput": {"unit": "tokens/sec", "avg": …}, …} plus the
// run's `input_config` (model, concurrency). AIPerf may nest the metrics under "records". Every
// statistic is reported as "<metric>.<stat>". A latency whose unit is missing or unknown is refused.

export type GenaiPerfParseOptions = FormValues & { modelAliases?: readonly CatalogAliasEntry[] };

const TO_MS: Record<string, number> = { ms: 1, s: 1000, sec: 1000, us: 0.001, µs: 0.001, ns: 1e-6 };
type Metric = Record<string, unknown>;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function findDeep(value: unknown, keys: readonly string[], depth = 0): unknown {
  if (!isObject(value) || depth > 4) return undefined;
  for (const key of keys) if (value[key] !== undefined && value[key] !== null) return value[key];
  for (const child of Object.values(value)) {
    const found = findDeep(child, keys, depth + 1);
    if (found !== undefined) return found;
  }
  return undefined;
}

export function parseGenaiPerf(text: string, options: GenaiPerfParseOptions = {}): ImportResult {
  const documents = parseJsonDocuments(text);
  if (documents.error) return { drafts: [], skipped: [], error: documents.error };
  const result: ImportResult = { drafts: [], skipped: [] };
  for (const { row, value } of documents.records) {
    if (!isObject(value)) {
      result.skipped.push({ row, reason: `Result ${row} is not a JSON object` });
      continue;
    }
    const metrics = (isObject(value.records) ? { ...value, ...value.records } : value) as Record<string, Metric>;
    const sourceKeys = Object.entries(metrics).flatMap(([name, metric]) =>
      isObject(metric) && "unit" in metric ? Object.keys(metric).map((stat) => `${name}.${stat}`) : [name],
    );
    const ledger = new KeyLedger();
    const stat = (name: string, which: string): number | undefined => {
      const metric = metrics[name];
      const v = isObject(metric) ? metric[which] : undefined;
      return typeof v === "number" && Number.isFinite(v) && v > 0 ? v : undefined;
    };
    const throughputName = ["output_token_throughput", "output_token_throughput_tokens_per_sec"].find((n) => stat(n, "avg") !== undefined);
    if (!throughputName) {
      result.skipped.push({ row, reason: `Result ${row} has no output_token_throughput.avg: not a genai-perf / AIPerf export` });
      continue;
    }
    ledger.mapped(`${throughputName}.avg`, "outputTokensPerSecond");
    ledger.mapped(`${throughputName}.unit`, "outputTokensPerSecond", "tokens/sec");
    const refused: string[] = [];
    const latency = (name: string, which: string, field: string): number | undefined => {
      const v = stat(name, which);
      if (v === undefined) return undefined;
      const unit = String((metrics[name] as Metric).unit ?? "")
        .trim()
        .toLowerCase();
      const factor = TO_MS[unit];
      if (factor === undefined) {
        refused.push(`${name} (unit "${unit || "missing"}")`);
        return undefined;
      }
      if (factor === 1) ledger.mapped(`${name}.${which}`, field);
      else ledger.converted(`${name}.${which}`, field, `${unit} → ms (× ${factor})`);
      ledger.mapped(`${name}.unit`, field, "states the unit");
      return v * factor;
    };
    const ttftMsP50 = latency("time_to_first_token", "p50", "ttftMsP50");
    const ttftMsP99 = latency("time_to_first_token", "p99", "ttftMsP99");
    const tpotMsP50 = latency("inter_token_latency", "p50", "tpotMsP50");
    const tpotMsP99 = latency("inter_token_latency", "p99", "tpotMsP99");
    if (refused.length > 0) {
      result.skipped.push({ row, reason: `Result ${row} states latencies in an unknown unit: ${[...new Set(refused)].join(", ")}` });
      continue;
    }
    const config = value.input_config;
    const rawModel = findDeep(config, ["model", "model_names", "model_name"]);
    const modelId = Array.isArray(rawModel) ? (typeof rawModel[0] === "string" ? rawModel[0] : undefined) : typeof rawModel === "string" ? rawModel : undefined;
    const model = resolveModelIds([modelId], options.modelAliases ?? [], options);
    if (model.error) {
      result.skipped.push({ row, reason: `Result ${row}: model: ${model.error}`, errors: [{ path: "model", message: model.error }] });
      continue;
    }
    const concurrency = findDeep(config, ["concurrency"]);
    if (config !== undefined) ledger.mapped("input_config", "model, concurrency", "the run's settings");
    const isl = stat("input_sequence_length", "avg");
    const osl = stat("output_sequence_length", "avg");
    if (isl !== undefined) ledger.mapped("input_sequence_length.avg", "inputTokens");
    if (osl !== undefined) ledger.mapped("output_sequence_length.avg", "outputTokens");
    for (const key of sourceKeys)
      if (!ledger.has(key))
        ledger.ignored(key, key.endsWith(".unit") ? "unit of a statistic not stored" : "no TokenCost field for this statistic (median and p99 are stored)");
    const outcome = buildDraft(
      row,
      {
        model: model.slug,
        concurrency: typeof concurrency === "number" && concurrency > 0 ? Math.round(concurrency) : undefined,
        inputTokens: isl !== undefined ? Math.round(isl) : undefined,
        outputTokens: osl !== undefined ? Math.round(osl) : undefined,
        outputTokensPerSecond: stat(throughputName, "avg"),
        ttftMsP50,
        ttftMsP99,
        tpotMsP50,
        tpotMsP99,
        interactivityTokensPerSecondPerUser: tpotMsP50 !== undefined ? 1000 / tpotMsP50 : undefined,
        notes: "Imported from a genai-perf / AIPerf export; inter-token latency stands in for TPOT.",
      },
      {
        label: `${modelId ?? "model"}${typeof concurrency === "number" ? `, concurrency ${concurrency}` : ""}`,
        meta: { format: "records" in value ? "aiperf" : "genai-perf", sourceModel: modelId ?? null },
        defaults: options.defaults,
        overrides: options.overrides,
        keys: ledger.list(sourceKeys),
        warnings: tpotMsP50 !== undefined ? ["Inter-token latency stands in for TPOT"] : [],
        rowName: "Result",
      },
    );
    if ("draft" in outcome) result.drafts.push(outcome.draft);
    else result.skipped.push(outcome.skipped);
  }
  return result;
}
