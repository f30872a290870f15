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
