import Papa from "papaparse";

import { buildDraft } from "@/lib/importers/draft";
import { parseJsonDocuments } from "@/lib/importers/json-documents";
import type { ImportResult } from "@/lib/importers/types";
import { mapVllmResult, type VllmParseOptions } from "@/lib/importers/vllm";

// vLLM's nightly / performance benchmark tables: the same results as `bench serve`, but with
// display-style column names ("Test name", "GPU", "Output Tput (tok/s)", "Median TTFT (ms)", the
// bare "Median"/"P99" TPOT columns) as JSON rows, a pandas column-oriented JSON object, or a
// Markdown table. The GPU column ("4xNVIDIA_L40S") gives accelerator and count; the test name
// ("serving_llama8B_tp1_sharegpt_concurrency_16") gives TP and concurrency by the well-known
// patterns. Column names are translated to bench-serve keys and the report keeps the originals.

const DISPLAY_KEYS: Record<string, string> = {
  "test name": "test_name",
  gpu: "gpu_type",
  "# of req.": "completed",
  "successful requests": "completed",
  "tput (req/s)": "request_throughput",
  "request throughput (req/s)": "request_throughput",
  "output tput (tok/s)": "output_throughput",
  "output token throughput (tok/s)": "output_throughput",
  "total token tput (tok/s)": "total_token_throughput",
  "total token throughput (tok/s)": "total_token_throughput",
  "total input tokens": "total_input_tokens",
  "total output tokens": "total_output_tokens",
  "total generated tokens": "total_output_tokens",
  "benchmark duration (s)": "duration",
  "maximum request concurrency": "max_concurrency",
  model: "model_id",
  median: "median_tpot_ms",
  p99: "p99_tpot_ms",
};
const LATENCY_LABEL = /^(mean|median|std|p\d+(?:\.\d+)?) (ttft|tpot|itl|e2el) \((ms|s)\)$/;

export function canonicalKey(display: string): string | undefined {
  const label = display.trim().toLowerCase().replace(/\s+/g, " ");
  const latency = LATENCY_LABEL.exec(label);
  if (latency) return `${latency[1]}_${latency[2]}_${latency[3]}`;
  return DISPLAY_KEYS[label];
}

export function looksLikeNightlyTable(head: string): boolean {
  return /(Output Tput \(tok\/s\)|Mean TTFT \(ms\)|Median TTFT \(ms\)|Output token throughput \(tok\/s\))/.test(head);
}

function cellValue(value: unknown): unknown {
  if (typeof value !== "string") return value;
  const trimmed = value.trim();
  return trimmed !== "" && Number.isFinite(Number(trimmed)) ? Number(trimmed) : trimmed;
}

function rowsFromMarkdown(text: string): Record<string, unknown>[] {
  const lines = text.split(/\r?\n/).filter((line) => line.trim().startsWith("|"));
  const table = lines.filter((line) => !/^\|\s*:?-{2,}/.test(line.trim())).map((line) => line.trim().replace(/^\||\|$/g, ""));
  const cells = Papa.parse<string[]>(table.join("\n"), { delimiter: "|" }).data.map((row) => row.map((c) => c.trim()));
  const [header, ...rows] = cells;
  if (!header) return [];
  return rows.map((row) => Object.fromEntries(header.map((name, i) => [name, cellValue(row[i] ?? "")])));
}

// pandas' default to_json orient: {"Test name": {"0": "...", "1": "..."}, ...}
function rowsFromColumns(value: Record<string, unknown>): Record<string, unknown>[] | undefined {
  const columns = Object.entries(value);
  if (columns.length === 0 || !columns.every(([, v]) => typeof v === "object" && v !== null && !Array.isArray(v))) return undefined;
  const indexes = [...new Set(columns.flatMap(([, v]) => Object.keys(v as object)))];
  return indexes.map((index) => Object.fromEntries(columns.map(([name, v]) => [name, cellValue((v as Record<string, unknown>)[index])])));
}

function readRows(text: string): { rows: Record<string, unknown>[] } | { error: string } {
  const trimmed = text.replace(/^\uFEFF/, "").trimStart();
  if (trimmed.startsWith("|") || /\n\s*\|/.test(trimmed)) {
    const rows = rowsFromMarkdown(trimmed);
    return rows.length > 0 ? { rows } : { error: "The Markdown table has no data rows" };
  }
  const documents = parseJsonDocuments(text);
  if (documents.error) return { error: documents.error };
  const values = documents.records.map((r) => r.value);
  if (values.length === 1 && typeof values[0] === "object" && values[0] !== null && !Array.isArray(values[0])) {
    const byColumn = rowsFromColumns(values[0] as Record<string, unknown>);
    if (byColumn) return { rows: byColumn };
  }
  return {
    rows: values
      .map((v) => (typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {}))
      .map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, cellValue(v)]))),
  };
}

export function parseVllmNightly(text: string, options: VllmParseOptions = {}): ImportResult {
  const read = readRows(text);
  if ("error" in read) return { drafts: [], skipped: [], error: read.error };
  const result: ImportResult = { drafts: [], skipped: [] };
  read.rows.forEach((display, index) => {
    const row = index + 1;
    const record: Record<string, unknown> = {};
    const original = new Map<string, string>();
    for (const [key, value] of Object.entries(display)) {
      const canonical = canonicalKey(key) ?? key;
      record[canonical] = value;
      original.set(canonical, key);
    }
    const testName = typeof record.test_name === "string" ? record.test_name : undefined;
    const mapped = mapVllmResult(record, { ...options, fileName: testName ?? options.fileName });
    if ("reason" in mapped) {
      result.skipped.push({ row, reason: `Row ${row} ${mapped.reason}` });
      return;
    }
    if (testName) mapped.ledger.mapped("test_name", "acceleratorCount, concurrency", "TP and concurrency read from the test name when stated there");
    const keys = mapped.ledger.list(Object.keys(record)).map((fate) => ({ ...fate, key: original.get(fate.key) ?? fate.key }));
    const outcome = buildDraft(row, mapped.candidate, {
      label: testName ?? mapped.label,
      meta: { ...mapped.meta, format: "vllm-nightly", testName: testName ?? null },
      defaults: options.defaults,
      overrides: options.overrides,
      fallbacks: mapped.fallbacks,
      keys,
      warnings: mapped.warnings,
      rowName: "Row",
    });
    if ("draft" in outcome) result.drafts.push(outcome.draft);
    else result.skipped.push(outcome.skipped);
  });
  return result;
}
