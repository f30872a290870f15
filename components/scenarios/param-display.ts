import { modelTypeBySlug } from "@/lib/cost/model-type";
import { formatParamValue, type ParamChange, type ParamKey } from "@/lib/pure/diff-params";
import type { ScenarioParams } from "@/lib/validation/scenario-params";

/** Catalog model names by slug (getModelNames); a slug missing here is shown as saved. */
export type ModelNames = Record<string, string>;

// People read "Dense 70B class" and "Llama 3.1 70B", not dense-70b and llama-3.1-70b. A slug the
// catalog or MODEL_TYPES no longer knows (saved before writes were checked) is shown as it is.
export function displayParamValue(key: ParamKey, value: unknown, modelNames: ModelNames): string {
  if (key === "modelType" && typeof value === "string") return modelTypeBySlug(value)?.label ?? value;
  if (key === "models" && Array.isArray(value) && value.length > 0) {
    return value
      .map((slug) => modelNames[String(slug)] ?? String(slug))
      .sort()
      .join(", ");
  }
  return formatParamValue(key, value);
}

/** A change row with model type and models relabelled from the raw values of the two revisions. */
export function displayChange(
  change: ParamChange,
  before: Partial<ScenarioParams> | null,
  after: Partial<ScenarioParams>,
  modelNames: ModelNames,
): ParamChange {
  if (change.key !== "modelType" && change.key !== "models") return change;
  return {
    ...change,
    before: displayParamValue(change.key, before?.[change.key], modelNames),
    after: displayParamValue(change.key, after[change.key], modelNames),
  };
}
