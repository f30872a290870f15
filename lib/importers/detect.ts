import type { ImportFormat } from "@/lib/importers/formats";
import { GUIDELLM_COLUMNS } from "@/lib/importers/guidellm";
import { looksLikeMlperfLogSummary } from "@/lib/importers/mlperf-log";
import { looksLikeNightlyTable } from "@/lib/importers/vllm-nightly";
import { FLAT_SUBMISSION_KEYS } from "@/lib/validation/submission";

export type { ImportFormat } from "@/lib/importers/formats";

// Every format is recognised by its keys (or its header), never by the file name alone.

// Looks only at the start of the file: results files can be large (MLPerf summaries run to
// megabytes, detailed vLLM results carry per-request arrays) and the identifying keys come first.
const SNIFF_CHARS = 256 * 1024;

const MLPERF_KEYS = ["Submitter", "Performance_Result", "a#"];
const knownCsvColumns = new Set(FLAT_SUBMISSION_KEYS.flatMap((key) => [key.toLowerCase(), key.replace(/^features\./, "").toLowerCase()]));

function hasJsonKey(text: string, key: string): boolean {
  return text.includes(`"${key}"`);
}

function splitHeader(line: string): string[] {
  const delimiter = [",", ";", "\t"].reduce((best, d) => (line.split(d).length > line.split(best).length ? d : best), ",");
  return line.split(delimiter).map((cell) =>
    cell
      .trim()
      .replace(/^"(.*)"$/, "$1")
      .trim(),
  );
}

export function detectFormat(fileName: string, text: string): ImportFormat | null {
  const head = text
    .replace(/^\uFEFF/, "")
    .slice(0, SNIFF_CHARS)
    .trimStart();
  if (head === "") return null;
  const lowerName = fileName.toLowerCase();

  if (looksLikeMlperfLogSummary(head)) return "mlperf-log";
  if (head.startsWith("{") || head.startsWith("[")) {
    if (MLPERF_KEYS.every((key) => hasJsonKey(head, key))) return "mlperf";
    if (/"output_throughput"\s*:/.test(head) || (hasJsonKey(head, "model_id") && /"median_ttft_ms"\s*:/.test(head))) return "vllm";
    if (looksLikeNightlyTable(head)) return "vllm-nightly";
    if (/"results_mean_output_throughput_token_per_s"\s*:|"results_ttft_s_quantiles_p50"\s*:/.test(head)) return "llmperf";
    if (/"output_token_throughput"\s*:\s*\{/.test(head) && hasJsonKey(head, "unit")) return "genai-perf";
    return null;
  }
  if (head.startsWith("|") && looksLikeNightlyTable(head)) return "vllm-nightly";

  const headerLine = head.split(/\r?\n/).find((line) => line.trim() !== "" && !/^sep=/i.test(line)) ?? "";
  const columns = splitHeader(headerLine);
  if (MLPERF_KEYS.every((key) => columns.includes(key))) return "mlperf";
  if (GUIDELLM_COLUMNS.every((key) => columns.includes(key))) return "guidellm";
  const known = columns.filter((c) => knownCsvColumns.has(c.toLowerCase())).length;
  if (known > 0 && known * 2 >= columns.length) return "csv";
  // A .csv that is not ours still goes to the CSV parser, which names the columns it does not know.
  if (lowerName.endsWith(".csv")) return "csv";
  return null;
}
