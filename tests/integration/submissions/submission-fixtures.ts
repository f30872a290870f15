// Shared inputs of the submissions integration tests: a plausible result and request helpers.
import { readFileSync } from "node:fs";
import path from "node:path";

// Llama 3.1 8B on one H100 SXM at FP8, numbers of the c16 vLLM fixture: well inside every bound
// (per-user speed 112 tok/s against a bandwidth limit of 3.35 TB/s / 8 GB = 419 tok/s).
export function plausibleSubmission(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    model: "llama-3.1-8b",
    accelerator: "h100-sxm",
    acceleratorCount: 1,
    precision: "FP8",
    engine: "vLLM",
    engineVersion: "0.9.1",
    inputTokens: 1024,
    outputTokens: 1024,
    concurrency: 16,
    outputTokensPerSecond: 1763.6,
    inputTokensPerSecond: 1763.6,
    interactivityTokensPerSecondPerUser: 112.3,
    ttftMsP50: 59.6,
    ttftMsP99: 111.8,
    tpotMsP50: 8.9,
    tpotMsP99: 9.3,
    features: { speculativeDecoding: "none", kvCacheOffload: false, disaggregated: false },
    sourceUrl: "https://example.com/runs/llama-3.1-8b-h100",
    ...overrides,
  };
}

// A plausible result as the cells of a CSV row, and a row of them under a given header.
export const CSV_ROW_VALUES: Readonly<Record<string, string>> = {
  model: "llama-3.1-8b",
  accelerator: "h100-sxm",
  acceleratorCount: "1",
  precision: "FP8",
  engine: "vLLM",
  outputTokensPerSecond: "1763.6",
  concurrency: "16",
};

export function csvLine(columns: readonly string[], values: Record<string, string>): string {
  return columns.map((c) => values[c] ?? "").join(",");
}

// The file a user imported (as CSV under the given header): rows 1–3 break a rule (a negative count,
// text for a number, a number past its bound), row 4 lacks model and engine, row 5 names an unknown model.
export function badRowsCsv(columns: readonly string[]): string {
  const line = (overrides: Record<string, string>) => csvLine(columns, { ...CSV_ROW_VALUES, ...overrides });
  return [
    columns.join(","),
    line({ acceleratorCount: "-1" }),
    line({ outputTokensPerSecond: "fast" }),
    line({ outputTokensPerSecond: "1e30" }),
    line({ model: "", engine: "" }),
    line({ model: "no-such-model" }),
  ].join("\n");
}

export function jsonPost(body: unknown, headers: Record<string, string>): RequestInit {
  return { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) };
}

export function multipartPost(
  fields: Record<string, string>,
  file: { bytes: Uint8Array | string; name: string } | null,
  headers: Record<string, string>,
): RequestInit {
  const form = new FormData();
  if (file) form.set("file", new Blob([file.bytes as BlobPart]), file.name);
  for (const [key, value] of Object.entries(fields)) form.set(key, value);
  return { method: "POST", headers, body: form };
}

export const repoRoot = path.resolve(import.meta.dirname, "../../..");

export function readFixture(relative: string): string {
  return readFileSync(path.join(repoRoot, relative), "utf8");
}

// The real MLPerf v5.1 summary is not kept in the repo (only curated extracts are); tests read it from
// ../shared/data when present.
export const MLPERF_SUMMARY_PATH = "../shared/data/mlperf_inference_v5.1_summary_results.json";
