import { isAcceleratorNameError, resolveAcceleratorName } from "@/lib/importers/accelerator-names";
import { resolveCatalogSlug } from "@/lib/importers/aliases";
import { buildDraft } from "@/lib/importers/draft";
import { KeyLedger } from "@/lib/importers/key-report";
import { mlperfModelFamily } from "@/lib/importers/mlperf-conf";
import { engineOf } from "@/lib/importers/mlperf-fields";
import type { CatalogAliasEntry, FormValues, ImportResult } from "@/lib/importers/types";

// MLPerf LoadGen's `mlperf_log_summary.txt` ("key : value" lines; latencies in ns) with, optionally,
// the submission's system description JSON (accelerator_model_name, accelerators_per_node,
// number_of_nodes, system_name, framework). The summary does not name the model: it is read from
// the results path in the file name (".../llama2-70b-99.9/Server/...") or given in the form.
// Offline states "Tokens per second"; Server "Completed tokens per second" with measured
// first-token and time-to-output-token percentiles. A summary with samples/s only (GPT-J) has no
// token rate and is refused; so is an INVALID result.

export type MlperfLogParseOptions = FormValues & {
  acceleratorAliases: readonly CatalogAliasEntry[];
  modelAliases: readonly CatalogAliasEntry[];
  fileName?: string;
  systemDescription?: string;
};

export function looksLikeMlperfLogSummary(text: string): boolean {
  return /MLPerf Results Summary/.test(text.slice(0, 4096));
}

function readSummary(text: string): Map<string, string> {
  const fields = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    const match = /^\s*([^:=*][^:]*?)\s*:\s*(.+?)\s*$/.exec(line);
    if (match && !fields.has(match[1])) fields.set(match[1], match[2]);
  }
  return fields;
}

function readSystem(text: string | undefined): { system?: Record<string, unknown>; error?: string } {
  if (text === undefined || text.trim() === "") return {};
  try {
    const value = JSON.parse(text.replace(/^\uFEFF/, ""));
    if (typeof value !== "object" || value === null || Array.isArray(value)) return { error: "The system description must be a JSON object" };
    return { system: value as Record<string, unknown> };
  } catch (error) {
    return { error: `The system description is not valid JSON: ${(error as Error).message}` };
  }
}

export function parseMlperfLogSummary(text: string, options: MlperfLogParseOptions): ImportResult {
  if (!looksLikeMlperfLogSummary(text)) return { drafts: [], skipped: [], error: 'Not an MLPerf mlperf_log_summary.txt: no "MLPerf Results Summary" header' };
  const { system, error } = readSystem(options.systemDescription);
  if (error) return { drafts: [], skipped: [], error };
  const fields = readSummary(text);
  const ledger = new KeyLedger();
  const n = (key: string) => {
    const v = Number(fields.get(key));
    return Number.isFinite(v) && v > 0 ? v : undefined;
  };
  const skip = (reason: string): ImportResult => ({ drafts: [], skipped: [{ row: 1, reason: `Result 1 ${reason}` }] });
  const validity = fields.get("Result is");
  if (validity && validity !== "VALID") return skip(`is ${validity}: LoadGen did not accept the run`);
  const scenario = fields.get("Scenario") ?? "";
  const tokenKey = ["Tokens per second", "Completed tokens per second"].find((key) => n(key) !== undefined);
  if (!tokenKey) return skip("reports samples/s only: its tokens per second cannot be derived");
  ledger.mapped(tokenKey, "outputTokensPerSecond", "generated tokens per second, whole system");
  ledger.mapped("Scenario", "scenario");
  ledger.mapped("Result is", "checked: VALID");
  const ns = (key: string, field: string) => {
    const v = n(key);
    if (v === undefined) return undefined;
    ledger.converted(key, field, "ns → ms (÷ 1e6)");
    return v / 1e6;
  };
  const ttftMsP50 = ns("50.00 percentile first token latency (ns)", "ttftMsP50");
  const ttftMsP99 = ns("99.00 percentile first token latency (ns)", "ttftMsP99");
  const tpotMsP50 = ns("50.00 percentile time to output token (ns)", "tpotMsP50");
  const tpotMsP99 = ns("99.00 percentile time to output token (ns)", "tpotMsP99");

  // The model: a results-path segment of the file name that names a catalog model.
  const segments = (options.fileName ?? "").split(/__|[\\/]/).filter(Boolean);
  const modelSegment = segments.find((s) => resolveCatalogSlug(s, options.modelAliases) ?? resolveCatalogSlug(mlperfModelFamily(s), options.modelAliases));
  const model = modelSegment
    ? (resolveCatalogSlug(modelSegment, options.modelAliases) ?? resolveCatalogSlug(mlperfModelFamily(modelSegment), options.modelAliases))
    : undefined;

  const candidate: Record<string, unknown> = {
    model,
    scenario: scenario || undefined,
    outputTokensPerSecond: n(tokenKey),
    ttftMsP50,
    ttftMsP99,
    tpotMsP50,
    tpotMsP99,
  };
  candidate.interactivityTokensPerSecondPerUser = tpotMsP50 !== undefined ? 1000 / tpotMsP50 : undefined;
  let variantNote: string | undefined;
  const systemKeys: string[] = [];
  if (system) {
    const s = (key: string) => (typeof system[key] === "string" || typeof system[key] === "number" ? String(system[key]).trim() : "");
    const name = s("accelerator_model_name");
    if (name) {
      const resolved = resolveAcceleratorName(name, options.acceleratorAliases);
      if (isAcceleratorNameError(resolved)) {
        if (!(options.overrides?.includes("accelerator") && options.defaults?.accelerator)) return skip(`accelerator: ${resolved.error}`);
      } else {
        candidate.accelerator = resolved.slug;
        variantNote = resolved.variantNote;
      }
    }
    const perNode = Number(s("accelerators_per_node"));
    const nodes = Number(s("number_of_nodes") || "1");
    if (Number.isInteger(perNode) && perNode > 0 && Number.isInteger(nodes) && nodes > 0) candidate.acceleratorCount = perNode * nodes;
    candidate.systemName = s("system_name") || undefined;
    const engine = engineOf(s("framework"));
    if (engine) Object.assign(candidate, { engine: engine.engine, engineVersion: engine.engineVersion });
    for (const [key, field] of [
      ["accelerator_model_name", "accelerator"],
      ["accelerators_per_node", "acceleratorCount"],
      ["number_of_nodes", "acceleratorCount"],
      ["system_name", "systemName"],
      ["framework", "engine, engineVersion"],
      ["submitter", "notes"],
      ["division", "notes"],
    ] as const) {
      if (key in system) ledger.mapped(`system.${key}`, field, key === "accelerator_model_name" ? variantNote : undefined);
    }
    for (const key of Object.keys(system)) {
      systemKeys.push(`system.${key}`);
      ledger.ignored(`system.${key}`, "system detail: no TokenCost field");
    }
  }
  for (const key of fields.keys())
    ledger.ignored(key, /latency|samples|qps|duration|query/i.test(key) ? "LoadGen statistic or setting: no TokenCost field" : "run description");
  const submitter = typeof system?.submitter === "string" ? system.submitter : undefined;
  candidate.notes =
    `MLPerf Inference LoadGen summary, ${scenario || "unknown"} scenario${submitter ? `, submitted by ${submitter}` : ""}${system?.division ? ` (${String(system.division)} division)` : ""}. ` +
    `Tokens/s counts generated tokens for the whole system; latencies are measured percentiles converted from ns.${variantNote ? ` ${variantNote}.` : ""}`;
  const outcome = buildDraft(1, candidate, {
    label: `${modelSegment ?? "model from the form"} ${scenario}`,
    meta: { format: "mlperf-log-summary", mlperfModel: modelSegment ?? null, tokenBasis: "output", systemDescription: system !== undefined },
    defaults: options.defaults,
    overrides: options.overrides,
    keys: ledger.list([...fields.keys(), ...systemKeys]),
    warnings: system ? [] : ["No system description JSON was given: accelerator and count come from the form"],
    rowName: "Result",
  });
  return "draft" in outcome ? { drafts: [outcome.draft], skipped: [] } : { drafts: [], skipped: [outcome.skipped] };
}
