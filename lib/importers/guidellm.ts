import Papa from "papaparse";

import { buildDraft } from "@/lib/importers/draft";
import { KeyLedger } from "@/lib/importers/key-report";
import { resolveModelIds } from "@/lib/importers/model-ids";
import type { CatalogAliasEntry, FormValues, ImportResult } from "@/lib/importers/types";

// guidellm 0.1 summary reports as CSV, one row per benchmark of a sweep, e.g. the tables
// optimum-neuron publishes for vLLM on Neuron:
//   model_id, Date, Input type (synchronous | asynchronous@R req/sec | throughput),
//   Requests per Second, Request Latency (s), Time-to-first-token (ms), Inter Token Latency (ms),
//   Output Token Throughput (t/s)
// guidellm reports no TPOT: ITL stands in for it (the report says so). The summary gives no
// accelerator, count, precision or lengths: the form supplies them (the run's config names them).

export type GuidellmParseOptions = FormValues & { modelAliases?: readonly CatalogAliasEntry[] };

export const GUIDELLM_COLUMNS = ["Input type", "Time-to-first-token (ms)", "Inter Token Latency (ms)", "Output Token Throughput (t/s)"];

function num(value: string | undefined): number | undefined {
  const n = value === undefined || value.trim() === "" ? NaN : Number(value.trim());
  return Number.isFinite(n) ? n : undefined;
}

export function parseGuidellmCsv(text: string, options: GuidellmParseOptions = {}): ImportResult {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: "greedy", transformHeader: (h) => h.trim() });
  const columns = parsed.meta.fields ?? [];
  const missing = GUIDELLM_COLUMNS.filter((c) => !columns.includes(c));
  if (missing.length > 0)
    return { drafts: [], skipped: [], error: `Not a guidellm summary: missing column${missing.length > 1 ? "s" : ""} ${missing.join(", ")}` };
  if (parsed.data.length === 0) return { drafts: [], skipped: [], error: "The CSV has a header but no data rows" };

  const result: ImportResult = { drafts: [], skipped: [] };
  parsed.data.forEach((cells, index) => {
    const row = index + 1;
    const ledger = new KeyLedger();
    const output = num(cells["Output Token Throughput (t/s)"]);
    if (output === undefined || output <= 0) {
      result.skipped.push({ row, reason: `Row ${row} has no positive Output Token Throughput (t/s)` });
      return;
    }
    ledger.mapped("Output Token Throughput (t/s)", "outputTokensPerSecond");
    const model = resolveModelIds([cells.model_id, cells.model], options.modelAliases ?? [], options);
    if (model.error) {
      result.skipped.push({ row, reason: `Row ${row}: model: ${model.error}`, errors: [{ path: "model", message: model.error }] });
      return;
    }
    if (model.slug) ledger.mapped(cells.model_id ? "model_id" : "model", "model", "through the catalog's model aliases");
    const ttft = num(cells["Time-to-first-token (ms)"]);
    const itl = num(cells["Inter Token Latency (ms)"]);
    if (ttft !== undefined && ttft > 0) ledger.mapped("Time-to-first-token (ms)", "ttftMsP50", "guidellm's summary value");
    if (itl !== undefined && itl > 0)
      ledger.mapped("Inter Token Latency (ms)", "tpotMsP50, interactivityTokensPerSecondPerUser", "ITL stands in for TPOT (guidellm reports no TPOT)");
    const inputType = (cells["Input type"] ?? "").trim();
    const concurrency = inputType === "synchronous" ? 1 : undefined;
    ledger.mapped("Input type", concurrency ? "concurrency" : "notes", concurrency ? "synchronous = one request at a time" : undefined);
    ledger.mapped("Date", "notes");
    ledger.ignored("Requests per Second", "requests/s: TokenCost stores token rates");
    ledger.ignored("Request Latency (s)", "end-to-end latency: no TokenCost field");
    const notes = `Imported from a guidellm summary${cells.Date ? ` dated ${cells.Date}` : ""}: ${inputType || "unknown"} load${inputType === "throughput" ? " (maximum throughput)" : ""}. TTFT and ITL are guidellm's summary values; ITL stands in for TPOT.`;
    const outcome = buildDraft(
      row,
      {
        model: model.slug,
        concurrency,
        outputTokensPerSecond: output,
        ttftMsP50: ttft !== undefined && ttft > 0 ? ttft : undefined,
        tpotMsP50: itl !== undefined && itl > 0 ? itl : undefined,
        interactivityTokensPerSecondPerUser: itl !== undefined && itl > 0 ? 1000 / itl : undefined,
        notes,
      },
      {
        label: `${cells.model_id ?? "model"}, ${inputType || "row " + row}`,
        meta: { format: "guidellm-csv", sourceModel: cells.model_id ?? null, inputType, date: cells.Date ?? null },
        defaults: options.defaults,
        overrides: options.overrides,
        fallbacks: { engine: "vLLM" },
        keys: ledger.list(columns),
        warnings: itl !== undefined ? ["guidellm reports no TPOT: ITL stands in for it, and interactivity is 1000 / ITL"] : [],
        rowName: "Row",
      },
    );
    if ("draft" in outcome) result.drafts.push(outcome.draft);
    else result.skipped.push(outcome.skipped);
  });
  return result;
}
