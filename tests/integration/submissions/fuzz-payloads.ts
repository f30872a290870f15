// Generators of malformed payloads for the submission, import and review endpoints, shared by the
// in-process fuzz test and the e2e run against the live server. Every generated payload is invalid
// by construction (each mutation alone breaks a valid submission), so none may ever be accepted.
import fc from "fast-check";

import { TEMPLATE_CSV_COLUMNS } from "../../../lib/importers/csv";
import { plausibleSubmission, readFixture } from "./submission-fixtures";

// ---- malformed submissions ------------------------------------------------------------------
const NUMERIC_FIELDS = [
  "acceleratorCount",
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
  "averagePowerWatts",
];
const TEXT_FIELDS = ["model", "accelerator", "precision", "engine", "engineVersion", "sourceUrl", "notes"];
const REQUIRED = ["model", "accelerator", "acceleratorCount", "precision", "engine", "outputTokensPerSecond"];
const ALL_FIELDS = [...NUMERIC_FIELDS, ...TEXT_FIELDS, "features"];

export const notANumber = fc.oneof(fc.string(), fc.boolean(), fc.constant(null), fc.array(fc.integer(), { maxLength: 3 }), fc.object({ maxDepth: 1 }));
export const notAString = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.object({ maxDepth: 1 }),
);
const badNumber = fc.oneof(
  fc.double({ min: 1e10, max: 1e308, noNaN: true }),
  fc.double({ min: -1e308, max: 0, noNaN: true }),
  fc.integer({ min: -1_000_000, max: 0 }),
  fc.constantFrom(-0, 0, Number.MAX_VALUE, -Number.MAX_VALUE, 1e300),
);
export const unknownKey = fc
  .string({ minLength: 1, maxLength: 20 })
  .filter((k) => !ALL_FIELDS.includes(k) && !["prefillAcceleratorCount", "decodeAcceleratorCount", "systemName", "scenario", "__proto__"].includes(k));

type Mutation = (value: Record<string, unknown>) => Record<string, unknown>;

// Each mutation alone makes a valid submission invalid, so no generated payload may be accepted.
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.tuple(fc.constantFrom(...NUMERIC_FIELDS), notANumber).map(([key, bad]) => (v: Record<string, unknown>) => ({ ...v, [key]: bad })),
  fc
    .tuple(fc.constantFrom(...NUMERIC_FIELDS), badNumber)
    .map(([key, bad]) => (v: Record<string, unknown>) => ({ ...v, [key]: key === "ttftMsP99" || key === "tpotMsP99" ? -Math.abs(bad) - 1 : bad })),
  fc.tuple(fc.constantFrom(...TEXT_FIELDS), notAString).map(([key, bad]) => (v: Record<string, unknown>) => ({ ...v, [key]: bad })),
  fc.constantFrom(...REQUIRED).map((key) => (v: Record<string, unknown>) => {
    const copy = { ...v };
    delete copy[key];
    return copy;
  }),
  fc.tuple(unknownKey, fc.jsonValue()).map(([key, value]) => (v: Record<string, unknown>) => ({ ...v, [key]: value })),
  fc
    .tuple(unknownKey, fc.jsonValue())
    .map(([key, value]) => (v: Record<string, unknown>) => ({ ...v, features: { speculativeDecoding: "none", [key]: value } })),
  fc.constantFrom("ghost-model", "llama-9000b", "h100").map((slug) => (v: Record<string, unknown>) => ({ ...v, model: slug })),
  fc.constantFrom("ghost-chip", "h9000", "a100").map((slug) => (v: Record<string, unknown>) => ({ ...v, accelerator: slug })),
  fc.constantFrom("fp8", "FP3", "", "BF 16", "int2").map((p) => (v: Record<string, unknown>) => ({ ...v, precision: p })),
  fc.constant((v: Record<string, unknown>) => ({ ...v, features: { disaggregated: true } })),
  fc.constant((v: Record<string, unknown>) => ({ ...v, prefillAcceleratorCount: 1 })),
  fc.constant((v: Record<string, unknown>) => ({ ...v, ttftMsP50: 500, ttftMsP99: 20 })),
  fc.constantFrom("ftp://example.com/x", "javascript:alert(1)", "not a url", "http//x").map((u) => (v: Record<string, unknown>) => ({ ...v, sourceUrl: u })),
  fc.constant((v: Record<string, unknown>) => ({ ...v, notes: "n".repeat(2001) })),
);

export type Payload = { body: string; contentType: string };

export const submissionPayload: fc.Arbitrary<Payload> = fc.oneof(
  // one mutated submission
  fc
    .tuple(mutation, fc.integer({ min: 1, max: 64 }))
    .map(([mutate, c]) => ({ body: JSON.stringify(mutate(plausibleSubmission({ concurrency: c }))), contentType: "application/json" })),
  // a batch with one (or more) broken items among valid ones
  fc
    .tuple(fc.array(mutation, { minLength: 1, maxLength: 3 }), fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 1000 }))
    .map(([mutations, valid, seed]) => {
      const items: unknown[] = Array.from({ length: valid }, () => plausibleSubmission());
      for (const [i, mutate] of mutations.entries()) items.splice((seed + i) % (items.length + 1), 0, mutate(plausibleSubmission()));
      return { body: JSON.stringify({ submissions: items }), contentType: "application/json" };
    }),
  // wrong shapes at the top level
  fc
    .oneof(
      fc.jsonValue(),
      fc.array(fc.object()),
      fc.record({ submissions: fc.oneof(fc.jsonValue(), fc.constant([])) }),
      fc.record({ submissions: fc.array(fc.jsonValue(), { maxLength: 4 }), extra: fc.jsonValue() }),
    )
    .filter((v) => !(typeof v === "object" && v !== null && !Array.isArray(v) && Object.keys(v).length === 0))
    .map((v) => ({ body: JSON.stringify(v) ?? "null", contentType: "application/json" })),
  // broken JSON text
  fc
    .string({ maxLength: 200 })
    .filter((s) => {
      try {
        JSON.parse(s);
        return false;
      } catch {
        return true;
      }
    })
    .map((s) => ({ body: s, contentType: "application/json" })),
  fc
    .constantFrom('{"model": "llama-3.1-8b",', "[{]", '{"submissions": [', "\u0000\u0001", "NaN", "{'model': 1}")
    .map((s) => ({ body: s, contentType: "application/json" })),
  // right JSON, wrong content type
  fc
    .tuple(
      fc.constantFrom("text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/xml"),
      fc.constant(JSON.stringify(plausibleSubmission())),
    )
    .map(([contentType, body]) => ({ body, contentType })),
);

// ---- malformed import uploads ----------------------------------------------------------------
const vllmFixture = JSON.parse(readFixture("tests/fixtures/vllm/vllm-bench-serve-llama3.1-8b-c16.json")) as Record<string, unknown>;
const csvHeader = TEMPLATE_CSV_COLUMNS.join(",");

function csvLine(values: Record<string, string>): string {
  return TEMPLATE_CSV_COLUMNS.map((c) => values[c] ?? "").join(",");
}

const badCell = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom("-1", "0", "1e400", "NaN", "abc", '"unterminated', "1,5", "true"));

export type Upload = {
  fields: [string, string][];
  file: { bytes: string | Uint8Array; name: string } | null;
  extraFiles?: number;
  systemFile?: string | Uint8Array;
};

// ---- the other formats' own fixtures, broken (issue 11): every parser meets malformed input ----
const formatFixture = (name: string) => readFixture(`tests/fixtures/formats/${name}`);
const JSON_FORMAT_FIXTURES = [
  "sglang-bench-serving.jsonl",
  "seconds-variant.json",
  "vllm-nightly.json",
  "llmperf-summary.json",
  "genai-perf.json",
  "aiperf.json",
];
const numberish = fc.oneof(notANumber, badNumber, fc.constantFrom("Infinity", "NaN", "-Infinity", "1e400", "0.0000001", "99999999999"));

// Replaces every value of one key (JSON) or one column (CSV / Markdown) in the whole file, so no row stays intact.
function breakJsonKeys(text: string, key: string, bad: unknown): string {
  const replacement = JSON.stringify(bad) ?? "null";
  return text.replace(
    new RegExp(`("${key.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}"\\s*:\\s*)(-?[\\d.eE+-]+|"[^"]*"|Infinity|null|true|false)`, "g"),
    `$1${replacement}`,
  );
}
function breakCsvColumn(text: string, column: string, bad: string): string {
  const [header, ...rows] = text.trim().split("\n");
  const index = header.split(",").indexOf(column);
  return [
    header,
    ...rows.map((row) =>
      row
        .split(",")
        .map((cell, i) => (i === index ? bad.replace(/[,\n]/g, " ") : cell))
        .join(","),
    ),
  ].join("\n");
}

const otherFormatFiles: fc.Arbitrary<{ bytes: string | Uint8Array; name: string }> = fc.oneof(
  fc
    .tuple(
      fc.constantFrom(...JSON_FORMAT_FIXTURES),
      fc.constantFrom(
        "output_throughput",
        "median_ttft",
        "median_tpot",
        "median_itl_ms",
        "completed",
        "Output Tput (tok/s)",
        "GPU",
        "model",
        "results_mean_output_throughput_token_per_s",
        "results_ttft_s_quantiles_p50",
        "unit",
        "avg",
        "p50",
        "model_id",
      ),
      numberish,
    )
    .map(([name, key, bad]) => ({ bytes: breakJsonKeys(formatFixture(name), key, bad), name })),
  fc
    .tuple(
      fc.constantFrom(...JSON_FORMAT_FIXTURES, "vllm-nightly.md", "guidellm.csv", "mlperf_log_summary.txt", "mlperf-summary-v6.csv"),
      fc.integer({ min: 1, max: 200 }),
    )
    .map(([name, cut]) => {
      const text = formatFixture(name);
      // Truncated files; the complete MLPerf CSV rows are cut inside the first data row.
      const keep = name.endsWith(".csv") && name.startsWith("mlperf") ? Math.min(text.indexOf("\n") + 20, text.length - cut) : Math.max(1, text.length - cut);
      return { bytes: text.slice(0, keep), name };
    }),
  fc
    .tuple(fc.constantFrom("Output Token Throughput (t/s)", "Time-to-first-token (ms)", "Inter Token Latency (ms)", "model_id", "Input type"), badCell)
    .map(([column, bad]) => ({ bytes: breakCsvColumn(formatFixture("guidellm.csv"), column, bad), name: "guidellm.csv" })),
  fc
    .tuple(
      fc.constantFrom("Performance_Result", "Accelerator", "a#", "Total Accelerators", "weight_data_types", "Model"),
      fc.constantFrom("", "-1", "abc", "0", "1e400", "NaN", "Acme Warp (x3) and Other (x2)"),
    )
    .map(([column, bad]) => ({
      // Every row of the otherwise complete MLPerf CSV is broken in the same column.
      bytes: breakCsvColumn(
        formatFixture("mlperf-summary-v6.csv"),
        column === "Model" || column === "weight_data_types" || column === "Accelerator" ? column : "Performance_Result",
        bad,
      ),
      name: "mlperf-v6.csv",
    })),
  fc
    .tuple(
      fc.constantFrom("Completed tokens per second", "Result is", "50.00 percentile first token latency (ns)", "Scenario"),
      fc.constantFrom("", "-1", "INVALID", "abc", "1e400"),
    )
    .map(([key, bad]) => ({
      bytes: formatFixture("mlperf_log_summary.txt").replace(new RegExp(`(${key.replace(/[.()]/g, "\\$&")}\\s*:).*`), `$1 ${bad}`),
      name: "mlperf_log_summary.txt",
    })),
  fc
    .string({ maxLength: 300 })
    .map((junk) => ({ bytes: `| Test name | GPU | Output Tput (tok/s) | Median TTFT (ms) |\n|---|---|---|---|\n| ${junk} |`, name: "nightly.md" })),
  fc
    .string({ maxLength: 300 })
    .map((junk) => ({ bytes: `================================================\nMLPerf Results Summary\n${junk}`, name: "mlperf_log_summary.txt" })),
);

const fileArbitrary: fc.Arbitrary<{ bytes: string | Uint8Array; name: string }> = fc.oneof(
  // random text and bytes
  fc.tuple(fc.string({ maxLength: 500 }), fc.constantFrom("r.json", "r.csv", "r.jsonl", "r.txt", "")).map(([bytes, name]) => ({ bytes, name })),
  fc.tuple(fc.uint8Array({ maxLength: 300 }), fc.constantFrom("r.json", "r.csv", "r.bin")).map(([bytes, name]) => ({ bytes, name })),
  // broken JSON
  fc.tuple(fc.jsonValue(), fc.integer({ min: 1, max: 40 })).map(([value, cut]) => {
    const text = JSON.stringify({ output_throughput: 1, median_ttft_ms: 2, model_id: "x", payload: value });
    return { bytes: text.slice(0, Math.max(1, text.length - cut)), name: "broken.json" };
  }),
  // a vLLM result with its metrics broken (no defaults: rows also lack the hardware)
  fc
    .tuple(
      fc.constantFrom("output_throughput", "completed", "median_tpot_ms", "median_ttft_ms", "duration", "max_concurrency", "model_id"),
      fc.oneof(notANumber, badNumber),
    )
    .map(([key, bad]) => ({
      bytes: JSON.stringify({ ...vllmFixture, [key]: bad }),
      name: "vllm.json",
    })),
  fc.array(fc.jsonValue(), { minLength: 1, maxLength: 5 }).map((values) => ({ bytes: values.map((v) => JSON.stringify(v)).join("\n"), name: "lines.jsonl" })),
  otherFormatFiles,
  // our CSV with broken cells in the rows (every row has a bad throughput)
  fc.array(fc.tuple(badCell, badCell, fc.constantFrom("-5", "abc", "", "0", "1e400")), { minLength: 1, maxLength: 6 }).map((rows) => ({
    bytes: [
      csvHeader,
      ...rows.map(([model, accelerator, tps]) =>
        csvLine({ model, accelerator, acceleratorCount: "1", precision: "FP8", engine: "vLLM", outputTokensPerSecond: tps }),
      ),
    ].join("\n"),
    name: "bad.csv",
  })),
  // CSV with unknown, duplicate or missing header columns
  fc
    .tuple(fc.array(fc.string({ minLength: 1, maxLength: 10 }), { minLength: 1, maxLength: 5 }), fc.string({ maxLength: 60 }))
    .map(([columns, row]) => ({ bytes: `${columns.join(",")}\n${row}`, name: "header.csv" })),
  fc.constantFrom(
    { bytes: `${csvHeader},model\n`, name: "dup.csv" },
    { bytes: `${csvHeader}\n`, name: "header-only.csv" },
    { bytes: "Submitter,Performance_Result,a#\nx,1,1\n", name: "mlperf.csv" },
    { bytes: '[{"Submitter":"X","Performance_Result":"fast","a#":"many"}]', name: "mlperf.json" },
    { bytes: "\uFEFF", name: "bom.csv" },
  ),
);

const FORMATS = ["auto", "vllm", "vllm-nightly", "guidellm", "llmperf", "genai-perf", "mlperf", "mlperf-log", "csv"];
const defaultsFields = fc.oneof(
  fc.constant<[string, string][]>([]),
  fc
    .tuple(
      fc.constantFrom("model", "accelerator", "acceleratorCount", "precision", "engine", "engineVersion", "sourceUrl"),
      fc.constantFrom("-1", "0", "ghost", "FP3", "1.5", "x".repeat(300), "ftp://x"),
    )
    .map(([k, v]) => [[k, v]] as [string, string][]),
  fc.string({ maxLength: 80 }).map((s) => [["defaults", s]] as [string, string][]),
  fc.jsonValue().map((v) => [["defaults", JSON.stringify(v) ?? ""]] as [string, string][]),
);

export const importUpload: fc.Arbitrary<Upload> = fc.oneof(
  // real import attempts of malformed files, with or without (bad) defaults
  fc
    .tuple(fileArbitrary, fc.constantFrom(...FORMATS), defaultsFields)
    .map(([file, format, defaults]): Upload => ({ fields: [["format", format], ["dryRun", "false"], ...defaults], file })),
  // an MLPerf log summary with a broken system description (or a valid one: the precision is still missing)
  fc
    .tuple(
      fc.oneof(
        fc.string({ maxLength: 200 }),
        fc.jsonValue().map((v) => JSON.stringify(v) ?? ""),
        fc.constant(formatFixture("mlperf-system.json")),
      ),
      fc.constantFrom("auto", "mlperf-log"),
    )
    .map(([system, format]): Upload => ({
      fields: [
        ["format", format],
        ["dryRun", "false"],
      ],
      file: { bytes: formatFixture("mlperf_log_summary.txt"), name: "llama2-70b-99__Server__mlperf_log_summary.txt" },
      systemFile: system,
    })),
  // overrides: unknown names, or valid ones on a file that still lacks its hardware
  fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom("model", "accelerator,precision", '["model"]', "[1,2]", "[", "model,ghost")).map((value): Upload => ({
    fields: [
      ["dryRun", "false"],
      ["overrides", value],
      ["model", "llama-3.1-8b"],
    ],
    file: { bytes: formatFixture("llmperf-summary.json"), name: "llmperf.json" },
  })),
  // bad form fields with a plausible file
  fc
    .tuple(fc.constantFrom("format", "dryRun", "colour", "file_name", "defaults"), fc.string({ maxLength: 30 }))
    .filter(([key, value]) => !(key === "format" && [...FORMATS, ""].includes(value)) && !(key === "dryRun") && !(key === "defaults" && value.trim() === ""))
    .map(([key, value]) => ({ fields: [[key, value]] as [string, string][], file: { bytes: JSON.stringify(vllmFixture), name: "vllm.json" } })),
  fc.constant<Upload>({ fields: [["dryRun", "false"]], file: null }),
  fc.constant<Upload>({
    fields: [
      ["dryRun", "false"],
      ["format", "vllm"],
      ["format", "csv"],
    ],
    file: { bytes: "{}", name: "a.json" },
  }),
  fc.constant<Upload>({ fields: [["file", "not a file"]], file: null }),
  fc.constant<Upload>({ fields: [["dryRun", "false"]], file: { bytes: "{}", name: "a.json" }, extraFiles: 1 }),
);

export function multipart(upload: Upload, headers: Record<string, string>): RequestInit {
  const form = new FormData();
  if (upload.file) form.append("file", new Blob([upload.file.bytes as BlobPart]), upload.file.name);
  if (upload.systemFile !== undefined) form.append("systemFile", new Blob([upload.systemFile as BlobPart]), "system.json");
  for (let i = 0; i < (upload.extraFiles ?? 0); i++) form.append("file", new Blob(["{}"]), `extra-${i}.json`);
  for (const [key, value] of upload.fields) form.append(key, value);
  return { method: "POST", headers, body: form };
}

export const reviewBody: fc.Arbitrary<string> = fc.oneof(
  fc.jsonValue().map((v) => JSON.stringify(v) ?? "null"),
  fc.record({ decision: fc.oneof(fc.string(), notAString), note: fc.oneof(fc.string({ maxLength: 20 }), notAString) }).map((v) => JSON.stringify(v)),
  fc.constant(JSON.stringify({ decision: "reject" })),
  fc.constant(JSON.stringify({ decision: "approve", note: "x".repeat(2001) })),
  fc.tuple(unknownKey, fc.jsonValue()).map(([k, v]) => JSON.stringify({ decision: "approve", [k]: v })),
  fc.string({ maxLength: 50 }),
);
