import { isAcceleratorNameError, resolveAcceleratorName } from "@/lib/importers/accelerator-names";
import type { KeyLedger } from "@/lib/importers/key-report";
import { resolveModelIds } from "@/lib/importers/model-ids";
import type { CatalogAliasEntry, FormValues } from "@/lib/importers/types";
import { coerceFlatValue, FLAT_SUBMISSION_FIELDS } from "@/lib/validation/submission";

// The setup of a serving-benchmark row that the file states besides its measurements: vLLM's
// `--metadata KEY=VALUE` pairs (top-level strings), a GPU string such as "4xNVIDIA_L40S", the model
// id. Measured metrics are never taken from metadata: the file's own numbers are the measurement.

const METRIC_KEYS = new Set([
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
]);
const SETUP_FIELDS = FLAT_SUBMISSION_FIELDS.filter((field) => !METRIC_KEYS.has(field.key) && field.key !== "model" && field.key !== "accelerator");
const TP_KEYS = ["tp", "tensor_parallel_size", "tensor_parallel", "tp_size"];
const GPU_KEYS = ["accelerator", "gpu", "gpu_type", "gpu_name", "hardware", "device"];

export type SetupCatalog = { modelAliases?: readonly CatalogAliasEntry[]; acceleratorAliases?: readonly CatalogAliasEntry[] };
export type Setup = { values: Record<string, unknown>; errors: string[]; variantNote?: string };

function textOf(value: unknown): string | undefined {
  if (typeof value === "string" && value.trim() !== "") return value.trim();
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return undefined;
}

export function readSetup(record: Record<string, unknown>, ledger: KeyLedger, catalog: SetupCatalog, form: FormValues, modelIdKeys: readonly string[]): Setup {
  const values: Record<string, unknown> = {};
  const features: Record<string, unknown> = {};
  const errors: string[] = [];
  let variantNote: string | undefined;

  for (const field of SETUP_FIELDS) {
    const raw = record[field.key];
    if (raw === undefined || raw === null) continue;
    const value = typeof raw === "string" ? coerceFlatValue(field.kind, raw) : raw;
    if (value === undefined) continue;
    if (field.key.startsWith("features.")) features[field.key.slice("features.".length)] = value;
    else values[field.key] = value;
    ledger.mapped(field.key, field.key, "from --metadata");
  }
  if (Object.keys(features).length > 0) values.features = features;

  if (values.acceleratorCount === undefined) {
    const tpKey = TP_KEYS.find((key) => textOf(record[key]) !== undefined);
    const tp = tpKey ? Number(textOf(record[tpKey])) : NaN;
    if (tpKey && Number.isInteger(tp) && tp > 0) {
      values.acceleratorCount = tp;
      ledger.mapped(tpKey, "acceleratorCount", "tensor parallel size = accelerators serving one replica");
    }
  }

  const gpuKey = GPU_KEYS.find((key) => textOf(record[key]) !== undefined);
  if (gpuKey) {
    const name = textOf(record[gpuKey])!;
    if (!catalog.acceleratorAliases) {
      // Without the catalog only TokenCost's own field is taken as it is (a slug).
      if (gpuKey === "accelerator") {
        values.accelerator = name;
        ledger.mapped(gpuKey, "accelerator");
      } else ledger.ignored(gpuKey, "no catalog given to resolve the accelerator name");
    } else {
      const resolved = resolveAcceleratorName(name, catalog.acceleratorAliases);
      if (isAcceleratorNameError(resolved)) {
        if (!(form.overrides?.includes("accelerator") && form.defaults?.accelerator)) errors.push(`accelerator: ${resolved.error}`);
        ledger.ignored(gpuKey, resolved.error);
      } else {
        values.accelerator = resolved.slug;
        if (resolved.count !== undefined && values.acceleratorCount === undefined) values.acceleratorCount = resolved.count;
        variantNote = resolved.variantNote;
        ledger.mapped(gpuKey, resolved.count !== undefined ? "accelerator, acceleratorCount" : "accelerator", resolved.variantNote);
      }
    }
  }

  const modelKeys = ["model", ...modelIdKeys].filter((key) => textOf(record[key]) !== undefined);
  const model = resolveModelIds(
    modelKeys.map((key) => textOf(record[key])),
    catalog.modelAliases ?? [],
    form,
  );
  if (model.slug) {
    values.model = model.slug;
    ledger.mapped(modelKeys[0], "model", "through the catalog's model aliases");
    for (const key of modelKeys.slice(1)) ledger.ignored(key, "another name of the model");
  } else if (model.error) {
    errors.push(`model: ${model.error}`);
    for (const key of modelKeys) ledger.ignored(key, "matches no catalog model");
  }
  return { values, errors, variantNote };
}
