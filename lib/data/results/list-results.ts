import "server-only";

import { dbRead as db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { EvidenceKind } from "@/lib/validation/enums";
import { clampPage } from "@/lib/validation/pagination";

/** Results per page in the results section of hardware and model pages. */
export const RESULTS_SECTION_PAGE_SIZE = 25;

// Approved results only: they are public. Pending, flagged and rejected submissions stay visible to
// their submitter and moderators through the submissions API, never here.
export const publicResultSelect = {
  id: true,
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
  scenario: true,
  inputTokens: true,
  outputTokens: true,
  concurrency: true,
  batchSize: true,
  outputTokensPerSecond: true,
  inputTokensPerSecond: true,
  interactivityTokensPerSecondPerUser: true,
  ttftMsP50: true,
  ttftMsP99: true,
  tpotMsP50: true,
  tpotMsP99: true,
  averagePowerWatts: true,
  evidence: true,
  source: true,
  sourceUrl: true,
  notes: true,
  reviewedAt: true,
  model: { select: { slug: true, name: true, modelType: true } },
  accelerator: { select: { slug: true, name: true } },
} satisfies Prisma.BenchmarkSubmissionSelect;

export type PublicResult = Prisma.BenchmarkSubmissionGetPayload<{ select: typeof publicResultSelect }>;

export type ResultFilters = { accelerator?: string; model?: string; evidence?: EvidenceKind[]; source?: string };

export function approvedResultsWhere(filters: ResultFilters): Prisma.BenchmarkSubmissionWhereInput {
  return {
    status: "approved",
    ...(filters.accelerator ? { accelerator: { slug: filters.accelerator } } : {}),
    ...(filters.model ? { model: { slug: filters.model } } : {}),
    ...(filters.evidence?.length ? { evidence: { in: filters.evidence } } : {}),
    ...(filters.source ? { source: filters.source } : {}),
  };
}

/**
 * One page of approved results, in a stable order (model, accelerator, throughput, id). A page past the
 * last one answers the last page, as the offerings list does.
 */
export async function listResults({ page: requested, pageSize, ...filters }: ResultFilters & { page: number; pageSize: number }) {
  const where = approvedResultsWhere(filters);
  const findPage = (page: number) =>
    db.benchmarkSubmission.findMany({
      where,
      orderBy: [{ model: { slug: "asc" } }, { accelerator: { slug: "asc" } }, { outputTokensPerSecond: "desc" }, { id: "asc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: publicResultSelect,
    });
  // Counted and fetched side by side: only a page past the end needs a second query.
  const [total, asked] = await Promise.all([db.benchmarkSubmission.count({ where }), findPage(requested)]);
  const { page, pageCount } = clampPage(requested, total, pageSize);
  const results = page === requested ? asked : await findPage(page);
  return { total, page, pageSize, pageCount, results };
}
