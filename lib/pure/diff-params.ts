// Pure (no I/O): which scenario parameters differ between two revisions, with display labels, so
// the history can say who changed what.
import { ASSUMPTION_DOCS } from "@/lib/cost/assumptions";
import { DEFAULT_SCENARIO_PARAMS, type ScenarioParams } from "@/lib/validation/scenario-params";

export type ParamKey = keyof ScenarioParams;

// Every key of the schema, in the order the form and the history show them.
export const PARAM_ORDER: readonly ParamKey[] = [
  "modelType",
  "models",
  "precisions",
  "allowSpeculativeDecoding",
  "allowDisaggregated",
  "allowKvCacheOffload",
  "interactivityTarget",
  "ttftMsLimit",
  "tokenBasis",
  "deployment",
  "pricingBasis",
  "cloudDiscount",
  "electricityUsdPerKwh",
  "pue",
  "utilization",
  "amortizationYears",
  "annualOpexRate",
  "inputTokens",
  "outputTokens",
  "evidence",
  "workloadClass",
  "servingRegime",
];

export const PARAM_LABELS: Record<ParamKey, { label: string; unit?: string; glossary?: string }> = {
  modelType: { label: "Model type", glossary: "model-type" },
  models: { label: "Models" },
  precisions: { label: "Allowed precisions" },
  allowSpeculativeDecoding: { label: "Speculative decoding" },
  allowDisaggregated: { label: "Disaggregated prefill/decode" },
  allowKvCacheOffload: { label: "KV-cache offload" },
  interactivityTarget: { label: "Interactivity target", unit: "tok/s per user", glossary: "assumption-interactivity" },
  ttftMsLimit: { label: "TTFT limit (p99)", unit: "ms", glossary: "assumption-ttft" },
  tokenBasis: { label: "Token basis", glossary: "token-basis" },
  deployment: { label: "Deployment", glossary: "assumption-deployment" },
  pricingBasis: { label: "Pricing basis" },
  cloudDiscount: { label: ASSUMPTION_DOCS.cloudDiscount.label, unit: ASSUMPTION_DOCS.cloudDiscount.unit, glossary: "assumption-cloudDiscount" },
  electricityUsdPerKwh: {
    label: ASSUMPTION_DOCS.electricityUsdPerKwh.label,
    unit: ASSUMPTION_DOCS.electricityUsdPerKwh.unit,
    glossary: "assumption-electricityUsdPerKwh",
  },
  pue: { label: ASSUMPTION_DOCS.pue.label, unit: ASSUMPTION_DOCS.pue.unit, glossary: "assumption-pue" },
  utilization: { label: ASSUMPTION_DOCS.utilization.label, unit: ASSUMPTION_DOCS.utilization.unit, glossary: "assumption-utilization" },
  amortizationYears: { label: ASSUMPTION_DOCS.amortizationYears.label, unit: ASSUMPTION_DOCS.amortizationYears.unit, glossary: "assumption-amortizationYears" },
  annualOpexRate: { label: ASSUMPTION_DOCS.annualOpexRate.label, unit: ASSUMPTION_DOCS.annualOpexRate.unit, glossary: "assumption-annualOpexRate" },
  inputTokens: { label: "Input length of interest", unit: "tokens" },
  outputTokens: { label: "Output length of interest", unit: "tokens" },
  evidence: { label: "Evidence kinds", glossary: "evidence-kind" },
  workloadClass: { label: "Workload class", glossary: "workload-class" },
  servingRegime: { label: "Serving regime", glossary: "serving-regime" },
};

export type ParamChange = { key: ParamKey; label: string; before: string; after: string };

const UNSET_TEXT: Partial<Record<ParamKey, string>> = {
  modelType: "any",
  models: "any",
  precisions: "any",
  interactivityTarget: "none",
  ttftMsLimit: "none",
  pricingBasis: "any",
  inputTokens: "any",
  outputTokens: "any",
  evidence: "any",
  workloadClass: "any",
  servingRegime: "any",
};

/** One parameter value as people read it: lists joined, booleans as allowed/excluded, units added. */
export function formatParamValue(key: ParamKey, value: unknown): string {
  if (value === undefined || value === null || (Array.isArray(value) && value.length === 0)) return UNSET_TEXT[key] ?? "—";
  if (typeof value === "boolean") return value ? "allowed" : "excluded";
  if (Array.isArray(value)) return [...value].map(String).sort().join(", ");
  const unit = PARAM_LABELS[key].unit;
  if (typeof value === "number" && unit && !unit.startsWith("share") && unit !== "ratio") return `${value} ${unit}`;
  return String(value);
}

// Lists are sets (order in the form carries no meaning); missing and empty lists are the same.
function normalize(value: unknown): string {
  if (value === undefined || value === null) return "";
  if (Array.isArray(value)) return value.length === 0 ? "" : JSON.stringify([...value].map(String).sort());
  return JSON.stringify(value);
}

/**
 * Changes from `before` to `after`, in PARAM_ORDER. `before` null means "created": every value that
 * differs from the documented defaults is listed, so the first revision shows what its author chose.
 */
export function diffParams(before: Partial<ScenarioParams> | null, after: Partial<ScenarioParams>): ParamChange[] {
  const base: Partial<ScenarioParams> = before ?? DEFAULT_SCENARIO_PARAMS;
  const changes: ParamChange[] = [];
  for (const key of PARAM_ORDER) {
    if (normalize(base[key]) === normalize(after[key])) continue;
    changes.push({ key, label: PARAM_LABELS[key].label, before: formatParamValue(key, base[key]), after: formatParamValue(key, after[key]) });
  }
  return changes;
}
