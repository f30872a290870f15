import Papa from "papaparse";

import { isAcceleratorNameError, resolveAcceleratorName } from "@/lib/importers/accelerator-names";
import { resolveCatalogSlug } from "@/lib/importers/aliases";
import { buildDraft } from "@/lib/importers/draft";
import { KeyLedger } from "@/lib/importers/key-report";
import { latencyLimitsFor, mlperfModelFamily, type MlperfLatencyLimits } from "@/lib/importers/mlperf-conf";
import { engineOf, numberOf, precisionOf, text, truthy, type MlperfRow } from "@/lib/importers/mlperf-fields";
import type { CatalogAliasEntry, FormValues, ImportResult, SkippedRow, SubmissionDraft } from "@/lib/importers/types";

// MLPerf Inference summary results (mlcommons/inference_results_vX summary_results.json, or the same
// table as CSV with the JSON keys as column names): one row per system × model × scenario.
//
// What becomes a draft, and why:
// - only datacenter-suite, closed-division rows whose unit is Tokens/s (LLM throughput). Edge rows
//   repeat datacenter systems (often as `inferred` copies); open-division rows may change the model;
//   Queries/s or Samples/s are not token rates (llama3.1-8b Interactive reports Queries/s).
// - acceleratorCount = `a#` (accelerators PER NODE) × `Nodes`: GB200 NVL72 rows are a# 4 × 18 nodes;
//   v6.0 states it as `Total Accelerators`, which wins when present.
// - accelerator names carry variants ("(Power Cap 1000 W)", "Virtualized …", "(x87)"): resolved by
//   resolveAcceleratorName, the variant kept in the notes.
// - Tokens/s counts generated (output) tokens for the whole system: outputTokensPerSecond, token
//   basis "output" (meta.tokenBasis).
// - Server and Interactive results had to meet p99 TTFT/TPOT bounds from mlperf.conf. We keep them
//   (meta.ttftLimitMsP99 / meta.tpotLimitMsP99) and set interactivity = 1000 / TPOT limit: the
//   per-user speed the benchmark guarantees at p99, an assumption rather than a measurement (the
//   summary has no measured latencies). Offline has no bound, so no interactivity.
// - Rows for several accelerator types ("MI300X (x32), MI325X (x16)") have no per-accelerator
//   figure and are skipped, as are CPU-only systems and accelerators missing from the catalog.
// - The 99% and 99.9% accuracy variants, and `inferred` copies, often repeat the very same result:
//   same system, model family, scenario and number are kept once (the others are listed as skipped).
// - externalId = "mlperf-<version>:<ID>:<Model>:<Scenario>" so a re-import updates instead of duplicating.

export type MlperfParseOptions = FormValues & {
  acceleratorAliases: readonly CatalogAliasEntry[];
  modelAliases: readonly CatalogAliasEntry[];
  latencyLimits: MlperfLatencyLimits;
};

const REQUIRED_COLUMNS = ["ID", "Submitter", "System", "Model", "Scenario", "Accelerator", "a#", "Nodes", "Performance_Result", "Performance_Units"];

function positiveInteger(value: number | undefined): number | undefined {
  return value !== undefined && Number.isInteger(value) && value >= 1 ? value : undefined;
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

type Mapped = {
  candidate: Record<string, unknown>;
  label: string;
  meta: SubmissionDraft["meta"];
  duplicateKey: string;
  inferred: boolean;
  ledger: KeyLedger;
};

// Keys of the summary that describe the submission but have no submission field.
const NOT_STORED = "not a submission field (the Details page has it)";

function describe(row: MlperfRow): string {
  return [text(row, "ID"), text(row, "Submitter"), text(row, "System"), text(row, "Model"), text(row, "Scenario")].filter(Boolean).join(" · ");
}

// Maps one summary row to submission fields, or says why it cannot be one.
export function mapMlperfRow(row: MlperfRow, options: MlperfParseOptions): Mapped | { reason: string } {
  const missingColumns = REQUIRED_COLUMNS.filter((key) => row[key] === undefined);
  if (missingColumns.length > 0) return { reason: `lacks ${missingColumns.map((k) => `"${k}"`).join(", ")}: not an MLPerf summary row` };

  const suite = text(row, "Suite");
  if (suite !== "" && !suite.toLowerCase().includes("datacenter")) return { reason: `is an ${suite} suite result, not datacenter` };

  const units = text(row, "Performance_Units");
  if (units !== "Tokens/s") return { reason: `reports ${units || "no unit"}, not Tokens/s` };

  const division = text(row, "Category");
  if (division !== "" && division.toLowerCase() !== "closed")
    return { reason: `is in the ${division} division: the model may be modified, so it is not comparable` };

  const mlperfModel = text(row, "Model");
  const family = mlperfModelFamily(mlperfModel);
  const model = resolveCatalogSlug(mlperfModel, options.modelAliases) ?? resolveCatalogSlug(family, options.modelAliases);
  if (!model) return { reason: `is for model "${mlperfModel}", which is not in the catalog` };

  const acceleratorName = text(row, "Accelerator");
  if (acceleratorName === "") return { reason: "has no accelerator (a CPU-only system)" };
  const resolvedAccelerator = resolveAcceleratorName(acceleratorName, options.acceleratorAliases);
  if (isAcceleratorNameError(resolvedAccelerator)) {
    if (resolvedAccelerator.kind === "mixed")
      return { reason: `is a heterogeneous cluster ("${acceleratorName}"): no single accelerator type to attribute the throughput to` };
    if (resolvedAccelerator.kind === "unknown")
      return { reason: `uses accelerator "${acceleratorName}", which is not in the catalog: add it as an alias of the catalog accelerator it is` };
    return { reason: `uses accelerator "${acceleratorName}": ${resolvedAccelerator.error}` };
  }
  const accelerator = resolvedAccelerator.slug;

  const perNode = positiveInteger(numberOf(row, "a#"));
  const nodes = positiveInteger(numberOf(row, "Nodes"));
  if (perNode === undefined || nodes === undefined) {
    return { reason: `has no usable accelerator count (a# = "${text(row, "a#")}", Nodes = "${text(row, "Nodes")}")` };
  }
  const statedTotal = positiveInteger(numberOf(row, "Total Accelerators"));
  const acceleratorCount = statedTotal ?? perNode * nodes;
  const countNotes = [
    statedTotal !== undefined && statedTotal !== perNode * nodes
      ? ` Total Accelerators (${statedTotal}) differs from a# × Nodes (${perNode * nodes}); the stated total is used.`
      : "",
    resolvedAccelerator.count !== undefined && resolvedAccelerator.count !== acceleratorCount
      ? ` The accelerator name says x${resolvedAccelerator.count}; the count used is the table's ${acceleratorCount}.`
      : "",
  ].join("");

  const tokensPerSecond = numberOf(row, "Performance_Result");
  if (tokensPerSecond === undefined || tokensPerSecond <= 0) return { reason: `has no positive Performance_Result ("${text(row, "Performance_Result")}")` };

  const weightTypes = text(row, "weight_data_types");
  const precision = precisionOf(weightTypes);
  if (!precision) return { reason: `does not state a known weight precision (weight_data_types = "${weightTypes || "empty"}")` };

  const software = text(row, "Software");
  const engine = engineOf(software);
  if (!engine) return { reason: "does not name its software stack" };

  const scenario = text(row, "Scenario");
  const limits = latencyLimitsFor(options.latencyLimits, mlperfModel, scenario);
  const interactivity = limits.tpotLimitMsP99 !== undefined ? 1000 / limits.tpotLimitMsP99 : undefined;
  const watts = truthy(row, "has_power") && text(row, "Power_Units") === "Watts" ? numberOf(row, "Power_Result") : undefined;

  const version = text(row, "version") || "v5.1";
  const id = text(row, "ID");
  const availability = text(row, "Availability");
  const latencyNote =
    limits.tpotLimitMsP99 !== undefined
      ? ` Met p99 limits TTFT ${limits.ttftLimitMsP99 ?? "n/a"} ms / TPOT ${limits.tpotLimitMsP99} ms; interactivity is set to 1000 / TPOT limit = ${round(interactivity!, 2)} tok/s per user, the per-user speed the benchmark guarantees (not a measured value).`
      : scenario === "Offline"
        ? " Offline scenario: no latency bound, so no per-user speed."
        : "";
  const notes =
    `MLPerf Inference ${version}, ${division || "closed"} division, ${scenario} scenario, submitted by ${text(row, "Submitter")}` +
    `${availability ? ` (${availability})` : ""}. ${perNode} accelerators per node × ${nodes} node${nodes > 1 ? "s" : ""} = ${acceleratorCount}.` +
    ` Tokens/s counts generated (output) tokens for the whole system.${latencyNote}` +
    `${software ? ` Software: ${software}.` : ""}${acceleratorName !== "" ? ` Accelerator as reported: ${acceleratorName}.` : ""}${countNotes}`;

  const candidate: Record<string, unknown> = {
    model,
    accelerator,
    acceleratorCount,
    precision,
    engine: engine.engine,
    engineVersion: engine.engineVersion,
    systemName: text(row, "System") || undefined,
    scenario,
    outputTokensPerSecond: tokensPerSecond,
    interactivityTokensPerSecondPerUser: interactivity,
    averagePowerWatts: watts !== undefined && watts > 0 ? watts : undefined,
    features: {},
    sourceUrl: /^https?:\/\//.test(text(row, "Details")) ? text(row, "Details") : undefined,
    notes,
  };
  const meta: SubmissionDraft["meta"] = {
    format: "mlperf-summary",
    externalId: `mlperf-${version}:${id}:${mlperfModel}:${scenario}`,
    tokenBasis: "output",
    ttftLimitMsP99: limits.ttftLimitMsP99 ?? null,
    tpotLimitMsP99: limits.tpotLimitMsP99 ?? null,
    mlperfId: id,
    mlperfModel,
    submitter: text(row, "Submitter"),
    division: division || null,
    availability: availability || null,
    sourceAccelerator: acceleratorName,
    acceleratorsPerNode: perNode,
    nodes,
    weightDataTypes: weightTypes,
  };
  const ledger = new KeyLedger();
  const fates: [string, string, string?][] = [
    ["ID", "meta.externalId"],
    ["Submitter", "notes"],
    ["Availability", "notes"],
    ["Category", "notes", "closed division only"],
    ["Suite", "notes", "datacenter suite only"],
    ["System", "systemName"],
    ["Model", "model", "through the catalog's model aliases"],
    ["Scenario", "scenario", "and the mlperf.conf latency bounds"],
    ["Accelerator", "accelerator", resolvedAccelerator.variantNote],
    ["a#", "acceleratorCount", "accelerators per node"],
    ["Nodes", "acceleratorCount", "× a#"],
    ["Total Accelerators", "acceleratorCount"],
    ["Performance_Result", "outputTokensPerSecond"],
    ["Performance_Units", "outputTokensPerSecond", "Tokens/s = generated tokens per second"],
    ["weight_data_types", "precision"],
    ["Software", "engine, engineVersion"],
    ["Details", "sourceUrl"],
    ["version", "notes"],
    ["inferred", "notes", "an inferred copy yields to a measured row"],
  ];
  for (const [key, field, note] of fates) if (key in row) ledger.mapped(key, field, note);
  if (watts !== undefined) ledger.mapped("Power_Result", "averagePowerWatts");
  for (const key of ["has_power", "Power_Units", "Power_Result"]) if (key in row) ledger.ignored(key, "no power result in this row");
  for (const key of Object.keys(row)) if (!ledger.has(key)) ledger.ignored(key, NOT_STORED);
  const duplicateKey = JSON.stringify([
    text(row, "Submitter"),
    text(row, "Platform") || text(row, "System"),
    family,
    scenario,
    accelerator,
    acceleratorCount,
    tokensPerSecond,
  ]);
  return {
    candidate,
    label: `${text(row, "Submitter")} ${text(row, "System")} — ${mlperfModel} ${scenario}`,
    meta,
    duplicateKey,
    inferred: truthy(row, "inferred"),
    ledger,
  };
}

function readRows(rawText: string): { rows: unknown[] } | { error: string } {
  const body = rawText.replace(/^\uFEFF/, "");
  const trimmed = body.trimStart();
  if (trimmed === "") return { error: "The file is empty" };
  if (trimmed.startsWith("[") || trimmed.startsWith("{")) {
    let value: unknown;
    try {
      value = JSON.parse(body);
    } catch (error) {
      return { error: `The file is not valid JSON: ${(error as Error).message}` };
    }
    if (!Array.isArray(value)) return { error: "An MLPerf summary must be a JSON array of result rows" };
    if (value.length === 0) return { error: "The file holds an empty JSON array" };
    return { rows: value };
  }
  const parsed = Papa.parse<Record<string, string>>(body, { header: true, skipEmptyLines: "greedy", transformHeader: (h) => h.trim() });
  const columns = parsed.meta.fields ?? [];
  const missing = REQUIRED_COLUMNS.filter((key) => !columns.includes(key));
  if (missing.length > 0) return { error: `The CSV is not an MLPerf summary: missing column${missing.length > 1 ? "s" : ""} ${missing.join(", ")}` };
  if (parsed.data.length === 0) return { error: "The CSV has a header but no data rows" };
  return { rows: parsed.data };
}

export function parseMlperfSummary(rawText: string, options: MlperfParseOptions): ImportResult {
  const read = readRows(rawText);
  if ("error" in read) return { drafts: [], skipped: [], error: read.error };

  const skipped: SkippedRow[] = [];
  const groups = new Map<string, { row: number; source: MlperfRow; mapped: Mapped }[]>();
  read.rows.forEach((value, index) => {
    const row = index + 1;
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      skipped.push({ row, reason: `Row ${row} is not an object` });
      return;
    }
    const source = value as MlperfRow;
    const mapped = mapMlperfRow(source, options);
    if ("reason" in mapped) {
      skipped.push({ row, reason: `Row ${row} (${describe(source)}) ${mapped.reason}` });
      return;
    }
    const group = groups.get(mapped.duplicateKey) ?? [];
    group.push({ row, source, mapped });
    groups.set(mapped.duplicateKey, group);
  });

  const drafts: SubmissionDraft[] = [];
  for (const group of groups.values()) {
    // Keep a measured row over an inferred copy, then the first in file order (the 99% variant).
    const ordered = [...group].sort((a, b) => Number(a.mapped.inferred) - Number(b.mapped.inferred) || a.row - b.row);
    const [kept, ...duplicates] = ordered;
    const candidate = { ...kept.mapped.candidate };
    if (duplicates.length > 0) {
      const others = duplicates.map((d) => `${text(d.source, "Model")}${d.mapped.inferred ? " (inferred)" : ""}, row ${d.row}`);
      candidate.notes = `${candidate.notes} The identical result is also listed as ${others.join("; ")}.`;
    }
    for (const duplicate of duplicates) {
      skipped.push({
        row: duplicate.row,
        reason: `Row ${duplicate.row} (${describe(duplicate.source)}) duplicates row ${kept.row}: same system, model family, scenario and result${duplicate.mapped.inferred ? " (an inferred copy)" : ""}`,
      });
    }
    const outcome = buildDraft(kept.row, candidate, {
      label: kept.mapped.label,
      meta: kept.mapped.meta,
      rowName: "Row",
      defaults: options.defaults,
      overrides: options.overrides,
      keys: kept.mapped.ledger.list(Object.keys(kept.source)),
    });
    if ("draft" in outcome) drafts.push(outcome.draft);
    else skipped.push(outcome.skipped);
  }
  drafts.sort((a, b) => a.row - b.row);
  skipped.sort((a, b) => a.row - b.row);
  return { drafts, skipped };
}
