import type { PlausibilityFinding } from "@/lib/cost/plausibility";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SubmissionInput } from "@/lib/validation/submission";

// Provenance and benchmark facts a submission carries beyond the public input fields: set by
// importers (file hash, MLPerf latency bounds, external ids), never by the JSON API or the form.
export type SubmissionProvenance = {
  importer?: string | null;
  sourceFileHash?: string | null;
  externalId?: string | null;
  ttftLimitMsP99?: number | null;
  tpotLimitMsP99?: number | null;
};

// Field by field, never a spread of the request: only what the schema validated reaches the table.
export function toCreateData(
  input: SubmissionInput,
  refs: { modelId: string; acceleratorId: string; submitterId: string },
  outcome: { status: "pending" | "flagged"; findings: PlausibilityFinding[] },
  provenance: SubmissionProvenance = {},
): Prisma.BenchmarkSubmissionCreateManyInput {
  const features = input.features ?? {};
  return {
    modelId: refs.modelId,
    acceleratorId: refs.acceleratorId,
    submitterId: refs.submitterId,
    acceleratorCount: input.acceleratorCount,
    prefillAcceleratorCount: input.prefillAcceleratorCount ?? null,
    decodeAcceleratorCount: input.decodeAcceleratorCount ?? null,
    precision: input.precision,
    engine: input.engine,
    engineVersion: input.engineVersion ?? null,
    systemName: input.systemName ?? null,
    speculativeDecoding: features.speculativeDecoding && features.speculativeDecoding !== "none" ? features.speculativeDecoding : null,
    kvCacheOffload: features.kvCacheOffload ?? false,
    disaggregated: features.disaggregated ?? false,
    expertParallelism: features.expertParallelism ?? null,
    scenario: input.scenario ?? null,
    inputTokens: input.inputTokens ?? null,
    outputTokens: input.outputTokens ?? null,
    concurrency: input.concurrency ?? null,
    outputTokensPerSecond: input.outputTokensPerSecond,
    inputTokensPerSecond: input.inputTokensPerSecond ?? null,
    interactivityTokensPerSecondPerUser: input.interactivityTokensPerSecondPerUser ?? null,
    ttftMsP50: input.ttftMsP50 ?? null,
    ttftMsP99: input.ttftMsP99 ?? null,
    tpotMsP50: input.tpotMsP50 ?? null,
    tpotMsP99: input.tpotMsP99 ?? null,
    ttftLimitMsP99: provenance.ttftLimitMsP99 ?? null,
    tpotLimitMsP99: provenance.tpotLimitMsP99 ?? null,
    averagePowerWatts: input.averagePowerWatts ?? null,
    tokenBasis: "output",
    sourceUrl: input.sourceUrl ?? null,
    notes: input.notes ?? null,
    importer: provenance.importer ?? null,
    sourceFileHash: provenance.sourceFileHash ?? null,
    externalId: provenance.externalId ?? null,
    status: outcome.status,
    findings: outcome.findings as unknown as Prisma.InputJsonValue,
  };
}
