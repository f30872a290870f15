import { tokensPerSecondPerAccelerator } from "@/lib/cost/throughput";
import { servingRegime, workloadClass } from "@/lib/cost/workload";
import type { PublicResult } from "@/lib/data/results/list-results";
import { toCsv } from "@/lib/format/csv";

export function serializeResult(r: PublicResult) {
  return {
    id: r.id,
    accelerator: r.accelerator.slug,
    acceleratorName: r.accelerator.name,
    model: r.model.slug,
    modelName: r.model.name,
    modelType: r.model.modelType,
    acceleratorCount: r.acceleratorCount,
    prefillAcceleratorCount: r.prefillAcceleratorCount,
    decodeAcceleratorCount: r.decodeAcceleratorCount,
    precision: r.precision,
    engine: r.engine,
    engineVersion: r.engineVersion,
    systemName: r.systemName,
    speculativeDecoding: r.speculativeDecoding,
    disaggregated: r.disaggregated,
    kvCacheOffload: r.kvCacheOffload,
    scenario: r.scenario,
    inputTokens: r.inputTokens,
    outputTokens: r.outputTokens,
    concurrency: r.concurrency,
    batchSize: r.batchSize,
    workloadClass: workloadClass(r),
    servingRegime: servingRegime(r),
    outputTokensPerSecond: r.outputTokensPerSecond,
    inputTokensPerSecond: r.inputTokensPerSecond,
    // Over every paid accelerator (prefill + decode pools when disaggregated), as the ranking counts it.
    outputTokensPerSecondPerAccelerator: tokensPerSecondPerAccelerator({ ...r, tokenBasis: "output" }),
    interactivityTokensPerSecondPerUser: r.interactivityTokensPerSecondPerUser,
    ttftMsP50: r.ttftMsP50,
    ttftMsP99: r.ttftMsP99,
    tpotMsP50: r.tpotMsP50,
    tpotMsP99: r.tpotMsP99,
    averagePowerWatts: r.averagePowerWatts,
    evidence: r.evidence,
    source: r.source,
    sourceUrl: r.sourceUrl,
    notes: r.notes,
    approvedAt: r.reviewedAt?.toISOString() ?? null,
  };
}

export type SerializedResult = ReturnType<typeof serializeResult>;

export const RESULT_CSV_COLUMNS = [
  "id",
  "accelerator",
  "acceleratorName",
  "model",
  "modelName",
  "modelType",
  "acceleratorCount",
  "prefillAcceleratorCount",
  "decodeAcceleratorCount",
  "precision",
  "engine",
  "engineVersion",
  "systemName",
  "speculativeDecoding",
  "disaggregated",
  "kvCacheOffload",
  "scenario",
  "inputTokens",
  "outputTokens",
  "concurrency",
  "batchSize",
  "workloadClass",
  "servingRegime",
  "outputTokensPerSecond",
  "inputTokensPerSecond",
  "outputTokensPerSecondPerAccelerator",
  "interactivityTokensPerSecondPerUser",
  "ttftMsP50",
  "ttftMsP99",
  "tpotMsP50",
  "tpotMsP99",
  "averagePowerWatts",
  "evidence",
  "source",
  "sourceUrl",
  "notes",
  "approvedAt",
] as const satisfies readonly (keyof SerializedResult)[];

// Free text (system names, notes, sources) comes from submitters: escapeFormulae keeps a cell such as
// "=HYPERLINK(...)" from running as a formula when the file is opened in a spreadsheet.
export function resultsToCsv(results: SerializedResult[]): string {
  return toCsv(
    RESULT_CSV_COLUMNS,
    results.map((r) => RESULT_CSV_COLUMNS.map((c) => r[c] ?? "")),
  );
}
