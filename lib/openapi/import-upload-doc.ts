import { z } from "zod";

import { IMPORT_FORMAT_LABELS } from "@/lib/importers/formats";
import { IMPORT_DEFAULT_KEYS, IMPORT_FORMATS, MAX_IMPORT_FILE_BYTES, MAX_SYSTEM_FILE_BYTES } from "@/lib/validation/import";
import { PRECISIONS } from "@/lib/validation/submission";

// The multipart/form-data body of POST /api/v1/imports as documentation sees it. The route parses the
// form by hand (lib/data/imports/read-import-upload.ts, parseImportFields in lib/validation/import.ts),
// so this schema is built from the same constants: a new format or default key shows up here too.
// Every text part travels as a string, so numbers and booleans are documented as the strings sent.

const megabytes = (bytes: number) => `${bytes / (1024 * 1024)} MB`;
const defaultText = (key: string, what = "") =>
  z.string().optional().describe(`Default ${key}${what} for rows whose file lacks it (the file wins unless overrides lists ${key})`);

export const importUploadDocSchema = z.strictObject({
  file: z.file().describe(
    `The results file, at most ${megabytes(MAX_IMPORT_FILE_BYTES)}; one per request. Recognised by its keys, or read as the format named in format: ` +
      Object.entries(IMPORT_FORMAT_LABELS)
        .map(([name, label]) => `${name} (${label})`)
        .join("; "),
  ),
  systemFile: z
    .file()
    .optional()
    .describe(`MLPerf system description JSON for an mlperf_log_summary.txt, at most ${megabytes(MAX_SYSTEM_FILE_BYTES)}`),
  format: z.enum(IMPORT_FORMATS).default("auto").describe("Which importer reads the file; auto recognises it by its keys"),
  dryRun: z.enum(["true", "false", "1", "0", ""]).default("false").describe("true: preview the report (200) without writing anything"),
  defaults: z
    .string()
    .optional()
    .describe(`A JSON object of defaults, e.g. {"model":"llama-3.1-8b","acceleratorCount":8}; keys: ${IMPORT_DEFAULT_KEYS.join(", ")}`),
  overrides: z
    .string()
    .optional()
    .describe(`Defaults that win over the file: a comma-separated list or a JSON array of ${IMPORT_DEFAULT_KEYS.join(", ")}, e.g. model,accelerator`),
  model: defaultText("model", " (a model slug)"),
  accelerator: defaultText("accelerator", " (an accelerator slug)"),
  acceleratorCount: z
    .string()
    .regex(/^\s*\d+\s*$/)
    .optional()
    .describe("Default acceleratorCount (a positive integer) for rows whose file lacks it (the file wins unless overrides lists acceleratorCount)"),
  precision: z.enum(PRECISIONS).optional().describe("Default precision for rows whose file lacks it (the file wins unless overrides lists precision)"),
  engine: defaultText("engine"),
  engineVersion: defaultText("engineVersion"),
  sourceUrl: defaultText("sourceUrl", " (an http:// or https:// link)"),
});
