import type { PlausibilityFinding } from "@/lib/cost/plausibility";
import type { Prisma } from "@/lib/generated/prisma/client";

// One submission as the API and the pages show it: the input fields under their API names, the
// review state, and provenance. Never the submitter's email.
export const submissionViewSelect = {
  id: true,
  status: true,
  acceleratorCount: true,
  prefillAcceleratorCount: true,
  decodeAcceleratorCount: true,
  precision: true,
  engine: true,
  engineVersion: true,
  systemName: true,
  speculativeDecoding: true,
  kvCacheOffload: true,
  disaggregated: true,
  expertParallelism: true,
  scenario: true,
  inputTokens: true,
  outputTokens: true,
  concurrency: true,
  outputTokensPerSecond: true,
  inputTokensPerSecond: true,
  interactivityTokensPerSecondPerUser: true,
  ttftMsP50: true,
  ttftMsP99: true,
  tpotMsP50: true,
  tpotMsP99: true,
  ttftLimitMsP99: true,
  tpotLimitMsP99: true,
  averagePowerWatts: true,
  tokenBasis: true,
  sourceUrl: true,
  notes: true,
  importer: true,
  sourceFileHash: true,
  externalId: true,
  submitterId: true,
  reviewNote: true,
  reviewedAt: true,
  findings: true,
  submittedAt: true,
  updatedAt: true,
  model: { select: { id: true, slug: true, name: true, modelType: true } },
  accelerator: { select: { id: true, slug: true, name: true } },
  submitter: { select: { name: true } },
  reviewedBy: { select: { name: true } },
} as const;

export type SubmissionRow = Prisma.BenchmarkSubmissionGetPayload<{ select: typeof submissionViewSelect }>;

export type SubmissionView = ReturnType<typeof toSubmissionView>;

export function findingsOf(value: Prisma.JsonValue): PlausibilityFinding[] {
  return Array.isArray(value) ? (value as unknown as PlausibilityFinding[]) : [];
}

export function toSubmissionView(row: SubmissionRow) {
  return {
    id: row.id,
    status: row.status,
    model: row.model.slug,
    accelerator: row.accelerator.slug,
    modelName: row.model.name,
    acceleratorName: row.accelerator.name,
    modelType: row.model.modelType,
    acceleratorCount: row.acceleratorCount,
    prefillAcceleratorCount: row.prefillAcceleratorCount,
    decodeAcceleratorCount: row.decodeAcceleratorCount,
    precision: row.precision,
    engine: row.engine,
    engineVersion: row.engineVersion,
    systemName: row.systemName,
    scenario: row.scenario,
    features: {
      speculativeDecoding: row.speculativeDecoding ?? "none",
      kvCacheOffload: row.kvCacheOffload,
      disaggregated: row.disaggregated,
      expertParallelism: row.expertParallelism,
    },
    inputTokens: row.inputTokens,
    outputTokens: row.outputTokens,
    concurrency: row.concurrency,
    outputTokensPerSecond: row.outputTokensPerSecond,
    inputTokensPerSecond: row.inputTokensPerSecond,
    interactivityTokensPerSecondPerUser: row.interactivityTokensPerSecondPerUser,
    ttftMsP50: row.ttftMsP50,
    ttftMsP99: row.ttftMsP99,
    tpotMsP50: row.tpotMsP50,
    tpotMsP99: row.tpotMsP99,
    ttftLimitMsP99: row.ttftLimitMsP99,
    tpotLimitMsP99: row.tpotLimitMsP99,
    averagePowerWatts: row.averagePowerWatts,
    tokenBasis: row.tokenBasis,
    sourceUrl: row.sourceUrl,
    notes: row.notes,
    findings: findingsOf(row.findings),
    reviewNote: row.reviewNote,
    reviewedAt: row.reviewedAt?.toISOString() ?? null,
    reviewedBy: row.reviewedBy?.name ?? null,
    submittedAt: row.submittedAt.toISOString(),
    provenance: {
      submitter: row.submitter?.name ?? null,
      importer: row.importer,
      sourceFileHash: row.sourceFileHash,
      externalId: row.externalId,
      sourceUrl: row.sourceUrl,
    },
  };
}
