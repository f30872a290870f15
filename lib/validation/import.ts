import { z } from "zod";

import type { FieldError } from "@/lib/errors";
import { IMPORT_FORMAT_NAMES } from "@/lib/importers/formats";
import { toFieldErrors } from "@/lib/validation/field-errors";
import { coerceFlatValue, FLAT_SUBMISSION_FIELDS, submissionDraftSchema } from "@/lib/validation/submission";

// The non-file fields of an import upload (multipart form): which parser, whether to only preview,
// and the values the mapping step supplies for what the file lacks. Defaults never override a value
// the file states — unless the key is listed in `overrides` (the user's explicit choice).

export const IMPORT_FORMATS = ["auto", ...IMPORT_FORMAT_NAMES] as const;
export type ImportFormatChoice = (typeof IMPORT_FORMATS)[number];

export const MAX_IMPORT_FILE_BYTES = 10 * 1024 * 1024;
// Multipart framing and the small text fields travel with the file.
export const MAX_IMPORT_BODY_BYTES = MAX_IMPORT_FILE_BYTES + 256 * 1024;

export const IMPORT_DEFAULT_KEYS = ["model", "accelerator", "acceleratorCount", "precision", "engine", "engineVersion", "sourceUrl"] as const;
export type ImportDefaultKey = (typeof IMPORT_DEFAULT_KEYS)[number];
export type ImportDefaults = Partial<{
  model: string;
  accelerator: string;
  acceleratorCount: number;
  precision: "BF16" | "FP16" | "FP8" | "FP6" | "FP4" | "INT8" | "INT4";
  engine: string;
  engineVersion: string;
  sourceUrl: string;
}>;

export type ImportOptions = { format: ImportFormatChoice; dryRun: boolean; defaults: ImportDefaults; overrides: ImportDefaultKey[] };

// The optional second file of an MLPerf LoadGen summary: the system description JSON.
export const MAX_SYSTEM_FILE_BYTES = 1024 * 1024;
const ALLOWED_FIELDS = new Set<string>(["file", "systemFile", "format", "dryRun", "defaults", "overrides", ...IMPORT_DEFAULT_KEYS]);

// "model,accelerator" or a JSON array ["model","accelerator"].
function parseOverrides(text: string | undefined, errors: FieldError[]): ImportDefaultKey[] {
  if (text === undefined || text.trim() === "") return [];
  let keys: unknown = undefined;
  if (text.trim().startsWith("[")) {
    try {
      keys = JSON.parse(text);
    } catch {
      keys = undefined;
    }
  } else
    keys = text
      .split(",")
      .map((k) => k.trim())
      .filter(Boolean);
  if (!Array.isArray(keys) || !keys.every((k) => typeof k === "string")) {
    errors.push({ path: "overrides", message: 'overrides must list default names, e.g. "model,accelerator"' });
    return [];
  }
  const unknown = keys.filter((k) => !(IMPORT_DEFAULT_KEYS as readonly string[]).includes(k));
  if (unknown.length > 0)
    errors.push({ path: "overrides", message: `Unknown override ${unknown.map((k) => `"${k}"`).join(", ")}; allowed: ${IMPORT_DEFAULT_KEYS.join(", ")}` });
  return [...new Set(keys)].filter((k): k is ImportDefaultKey => (IMPORT_DEFAULT_KEYS as readonly string[]).includes(k));
}
const kindByKey = new Map(FLAT_SUBMISSION_FIELDS.map((f) => [f.key, f.kind]));

const formatSchema = z.enum(IMPORT_FORMATS, { error: `format must be one of ${IMPORT_FORMATS.join(", ")}` }).default("auto");
const dryRunSchema = z
  .enum(["true", "false", "1", "0", ""], { error: 'dryRun must be "true" or "false"' })
  .default("false")
  .transform((v) => v === "true" || v === "1");

function formatDefaultsErrors(errors: FieldError[]): FieldError[] {
  return errors.map((e) => ({ path: e.path === "(root)" ? "defaults" : `defaults.${e.path}`, message: e.message }));
}

// Validates the text fields of the form (everything except `file`). `defaults` may come as a JSON
// object in one field or as one field per key (model=..., accelerator=...); both are held to the
// submission rules for those fields.
export function parseImportFields(fields: Map<string, string[]>): { success: true; data: ImportOptions } | { success: false; errors: FieldError[] } {
  const errors: FieldError[] = [];
  for (const [key, values] of fields) {
    if (!ALLOWED_FIELDS.has(key)) errors.push({ path: key, message: `Unknown field "${key}"; allowed: ${[...ALLOWED_FIELDS].join(", ")}` });
    else if (values.length > 1) errors.push({ path: key, message: `${key} was sent ${values.length} times; send it once` });
  }
  const one = (key: string) => fields.get(key)?.[0];

  const format = formatSchema.safeParse(one("format") || undefined);
  if (!format.success) errors.push({ path: "format", message: format.error.issues[0].message });
  const dryRun = dryRunSchema.safeParse(one("dryRun")?.trim().toLowerCase());
  if (!dryRun.success) errors.push({ path: "dryRun", message: dryRun.error.issues[0].message });

  const overrides = parseOverrides(one("overrides"), errors);
  const raw: Record<string, unknown> = {};
  const defaultsText = one("defaults");
  if (defaultsText !== undefined && defaultsText.trim() !== "") {
    let parsed: unknown;
    try {
      parsed = JSON.parse(defaultsText);
    } catch {
      parsed = undefined;
      errors.push({ path: "defaults", message: 'defaults must be a JSON object such as {"model":"llama-3.1-8b"}' });
    }
    if (parsed !== undefined) {
      if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
        errors.push({ path: "defaults", message: 'defaults must be a JSON object such as {"model":"llama-3.1-8b"}' });
      } else {
        for (const [key, value] of Object.entries(parsed)) {
          if (!(IMPORT_DEFAULT_KEYS as readonly string[]).includes(key)) {
            errors.push({ path: `defaults.${key}`, message: `Unknown default "${key}"; allowed: ${IMPORT_DEFAULT_KEYS.join(", ")}` });
          } else if (value !== null && value !== "") {
            raw[key] = typeof value === "string" ? coerceFlatValue(kindByKey.get(key) ?? "text", value) : value;
          }
        }
      }
    }
  }
  for (const key of IMPORT_DEFAULT_KEYS) {
    const value = one(key);
    if (value !== undefined && value.trim() !== "") raw[key] = coerceFlatValue(kindByKey.get(key) ?? "text", value);
  }

  const defaults = submissionDraftSchema.safeParse(raw);
  if (!defaults.success) errors.push(...formatDefaultsErrors(toFieldErrors(defaults.error)));
  if (errors.length > 0 || !format.success || !dryRun.success || !defaults.success) return { success: false, errors };

  const picked: Record<string, unknown> = {};
  for (const key of IMPORT_DEFAULT_KEYS) if (defaults.data[key] !== undefined) picked[key] = defaults.data[key];
  return { success: true, data: { format: format.data, dryRun: dryRun.data, defaults: picked as ImportDefaults, overrides } };
}
