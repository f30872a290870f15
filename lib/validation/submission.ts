import { z } from "zod";

import { booleanField, describeValue, intField, positiveField, requiredOr, slugField, textField } from "./submission-fields";

// The one schema for a benchmark submission: the submit form, the JSON API and every importer
// validate through it, so a number accepted anywhere is accepted everywhere.
//
// Disaggregated prefill/decode: prefillAcceleratorCount + decodeAcceleratorCount must EQUAL
// acceleratorCount. acceleratorCount is what the cost model bills; the per-phase counts divide
// input and output throughput (docs/architecture.md, the cost model), so every billed accelerator has to belong to
// exactly one phase — a smaller sum would leave accelerators unaccounted for, a larger one would
// count some twice.

export const PRECISIONS = ["BF16", "FP16", "FP8", "FP6", "FP4", "INT8", "INT4"] as const;
export const SPECULATIVE_DECODING_METHODS = ["none", "eagle", "eagle3", "medusa", "mtp", "draft-model", "ngram"] as const;

export type Precision = (typeof PRECISIONS)[number];
export type SpeculativeDecodingMethod = (typeof SPECULATIVE_DECODING_METHODS)[number];

export const MAX_ACCELERATOR_COUNT = 100_000;
export const MAX_TOKENS_PER_SECOND = 1e9;
export const MAX_BATCH_SUBMISSIONS = 1000;
export const MAX_NOTES_LENGTH = 2000;

export function unknownKeysMessage(allowed: readonly string[]) {
  return (issue: { code?: string; keys?: string[] }) =>
    issue.code === "unrecognized_keys"
      ? `Unknown field${issue.keys && issue.keys.length > 1 ? "s" : ""} ${(issue.keys ?? []).map((k) => `"${k}"`).join(", ")}; allowed: ${allowed.join(", ")}`
      : undefined;
}

const featuresShape = {
  speculativeDecoding: z
    .enum(SPECULATIVE_DECODING_METHODS, {
      error: (issue) =>
        issue.input === undefined
          ? "Speculative decoding is required"
          : `Speculative decoding must be one of ${SPECULATIVE_DECODING_METHODS.join(", ")}, not ${describeValue(issue.input)}`,
    })
    .optional(),
  kvCacheOffload: booleanField("KV-cache offload").optional(),
  disaggregated: booleanField("Disaggregated prefill/decode").optional(),
  expertParallelism: intField("Expert parallelism", 1, MAX_ACCELERATOR_COUNT).optional(),
};

export const featuresSchema = z.strictObject(featuresShape, {
  error: unknownKeysMessage(Object.keys(featuresShape)),
});

const submissionShape = {
  model: slugField("Model"),
  accelerator: slugField("Accelerator"),
  acceleratorCount: intField("Accelerator count", 1, MAX_ACCELERATOR_COUNT),
  prefillAcceleratorCount: intField("Prefill accelerator count", 1, MAX_ACCELERATOR_COUNT).optional(),
  decodeAcceleratorCount: intField("Decode accelerator count", 1, MAX_ACCELERATOR_COUNT).optional(),
  precision: z.enum(PRECISIONS, {
    error: (issue) =>
      issue.input === undefined ? "Precision is required" : `Precision must be one of ${PRECISIONS.join(", ")}, not ${describeValue(issue.input)}`,
  }),
  engine: textField("Engine", 80),
  engineVersion: textField("Engine version", 80).optional(),
  systemName: textField("System name", 200).optional(),
  scenario: textField("Scenario", 80).optional(),
  inputTokens: intField("Input tokens", 1, 10_000_000).optional(),
  outputTokens: intField("Output tokens", 1, 10_000_000).optional(),
  concurrency: intField("Concurrency", 1, 10_000_000).optional(),
  outputTokensPerSecond: positiveField("Output tokens per second", MAX_TOKENS_PER_SECOND, "tok/s"),
  inputTokensPerSecond: positiveField("Input tokens per second", MAX_TOKENS_PER_SECOND, "tok/s").optional(),
  interactivityTokensPerSecondPerUser: positiveField("Interactivity", 100_000, "tok/s per user").optional(),
  ttftMsP50: positiveField("TTFT p50", 3_600_000, "ms").optional(),
  ttftMsP99: positiveField("TTFT p99", 3_600_000, "ms").optional(),
  tpotMsP50: positiveField("TPOT p50", 600_000, "ms").optional(),
  tpotMsP99: positiveField("TPOT p99", 600_000, "ms").optional(),
  averagePowerWatts: positiveField("Average power", 1e9, "W").optional(),
  features: featuresSchema.default({}),
  sourceUrl: z
    .string({ error: requiredOr("Source URL", "a link") })
    .trim()
    .max(2000, { error: "Source URL must be at most 2000 characters" })
    .pipe(z.url({ protocol: /^https?$/, error: "Source URL must be an http:// or https:// link" }))
    .optional(),
  notes: z
    .string({ error: requiredOr("Notes", "text") })
    .trim()
    .max(MAX_NOTES_LENGTH, { error: `Notes must be at most ${MAX_NOTES_LENGTH} characters` })
    .optional(),
};

export const SUBMISSION_FIELDS = Object.keys(submissionShape) as (keyof typeof submissionShape)[];
export const REQUIRED_SUBMISSION_FIELDS = ["model", "accelerator", "acceleratorCount", "precision", "engine", "outputTokensPerSecond"] as const;
export type RequiredSubmissionField = (typeof REQUIRED_SUBMISSION_FIELDS)[number];

const submissionObject = z.strictObject(submissionShape, { error: unknownKeysMessage(SUBMISSION_FIELDS) });

type Refinable = {
  acceleratorCount?: number;
  prefillAcceleratorCount?: number;
  decodeAcceleratorCount?: number;
  features?: { disaggregated?: boolean };
  ttftMsP50?: number;
  ttftMsP99?: number;
  tpotMsP50?: number;
  tpotMsP99?: number;
};

// Written to tolerate absent fields so that drafts (partial, before defaults) get the same checks.
function checkCrossFields(value: Refinable, ctx: z.RefinementCtx) {
  const disaggregated = value.features?.disaggregated === true;
  const prefill = value.prefillAcceleratorCount;
  const decode = value.decodeAcceleratorCount;
  if (disaggregated) {
    if (prefill === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["prefillAcceleratorCount"],
        message: "Prefill accelerator count is required when prefill and decode are disaggregated",
      });
    }
    if (decode === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["decodeAcceleratorCount"],
        message: "Decode accelerator count is required when prefill and decode are disaggregated",
      });
    }
    if (prefill !== undefined && decode !== undefined && value.acceleratorCount !== undefined && prefill + decode !== value.acceleratorCount) {
      ctx.addIssue({
        code: "custom",
        path: ["acceleratorCount"],
        message: `Accelerator count (${value.acceleratorCount}) must equal prefill + decode accelerators (${prefill} + ${decode} = ${prefill + decode})`,
      });
    }
  } else {
    for (const key of ["prefillAcceleratorCount", "decodeAcceleratorCount"] as const) {
      if (value[key] !== undefined) {
        ctx.addIssue({
          code: "custom",
          path: [key],
          message: `${key === "prefillAcceleratorCount" ? "Prefill" : "Decode"} accelerator count only applies when features.disaggregated is true`,
        });
      }
    }
  }
  for (const metric of ["ttft", "tpot"] as const) {
    const p50 = value[`${metric}MsP50`];
    const p99 = value[`${metric}MsP99`];
    if (p50 !== undefined && p99 !== undefined && p99 < p50) {
      ctx.addIssue({
        code: "custom",
        path: [`${metric}MsP99`],
        message: `${metric.toUpperCase()} p99 (${p99} ms) cannot be lower than p50 (${p50} ms)`,
      });
    }
  }
}

export const submissionInputSchema = submissionObject.superRefine(checkCrossFields);
export type SubmissionInput = z.output<typeof submissionInputSchema>;

// Importer drafts: every field optional (defaults and the mapping step fill the rest) but each
// present value held to the same rules as a full submission.
export const submissionDraftSchema = submissionObject.partial().superRefine(checkCrossFields);
export type SubmissionDraftInput = z.output<typeof submissionDraftSchema>;

// ---------------------------------------------------------------------------------------------
// Flat (string-valued) form: HTML forms and the CSV template both name fields by their path,
// features included as "features.speculativeDecoding" etc.

type FlatKind = "slug" | "text" | "int" | "number" | "boolean" | "precision";

export const FLAT_SUBMISSION_FIELDS: readonly { key: string; kind: FlatKind }[] = [
  { key: "model", kind: "slug" },
  { key: "accelerator", kind: "slug" },
  { key: "acceleratorCount", kind: "int" },
  { key: "prefillAcceleratorCount", kind: "int" },
  { key: "decodeAcceleratorCount", kind: "int" },
  { key: "precision", kind: "precision" },
  { key: "engine", kind: "text" },
  { key: "engineVersion", kind: "text" },
  { key: "systemName", kind: "text" },
  { key: "scenario", kind: "text" },
  { key: "inputTokens", kind: "int" },
  { key: "outputTokens", kind: "int" },
  { key: "concurrency", kind: "int" },
  { key: "outputTokensPerSecond", kind: "number" },
  { key: "inputTokensPerSecond", kind: "number" },
  { key: "interactivityTokensPerSecondPerUser", kind: "number" },
  { key: "ttftMsP50", kind: "number" },
  { key: "ttftMsP99", kind: "number" },
  { key: "tpotMsP50", kind: "number" },
  { key: "tpotMsP99", kind: "number" },
  { key: "averagePowerWatts", kind: "number" },
  { key: "features.speculativeDecoding", kind: "text" },
  { key: "features.kvCacheOffload", kind: "boolean" },
  { key: "features.disaggregated", kind: "boolean" },
  { key: "features.expertParallelism", kind: "int" },
  { key: "sourceUrl", kind: "text" },
  { key: "notes", kind: "text" },
];

export const FLAT_SUBMISSION_KEYS = FLAT_SUBMISSION_FIELDS.map((f) => f.key);
const flatKindByKey = new Map(FLAT_SUBMISSION_FIELDS.map((f) => [f.key, f.kind]));

const TRUE_WORDS = new Set(["true", "yes", "y", "1", "on"]);
const FALSE_WORDS = new Set(["false", "no", "n", "0", "off"]);

// Converts one string cell to what the schema expects. Unconvertible text is passed through
// unchanged so the schema reports it with its own field-specific message.
export function coerceFlatValue(kind: FlatKind, raw: string): unknown {
  const text = raw.trim();
  if (text === "") return undefined;
  switch (kind) {
    case "int":
    case "number": {
      const number = Number(text.replace(/_/g, ""));
      return Number.isFinite(number) ? number : text;
    }
    case "boolean": {
      const word = text.toLowerCase();
      if (TRUE_WORDS.has(word)) return true;
      if (FALSE_WORDS.has(word)) return false;
      return text;
    }
    case "precision":
      return text.toUpperCase();
    case "slug":
      return text.toLowerCase();
    default:
      return text;
  }
}

// Flat record (dotted keys) -> nested object for the schema. Unknown keys are kept so the strict
// schema reports them; empty cells become undefined (absent).
export function unflattenSubmission(record: Record<string, string | undefined>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const features: Record<string, unknown> = {};
  for (const [key, raw] of Object.entries(record)) {
    if (raw === undefined) continue;
    const kind = flatKindByKey.get(key);
    const value = kind ? coerceFlatValue(kind, raw) : raw.trim() === "" ? undefined : raw;
    if (value === undefined) continue;
    if (key.startsWith("features.")) features[key.slice("features.".length)] = value;
    else out[key] = value;
  }
  if (Object.keys(features).length > 0) out.features = features;
  return out;
}
