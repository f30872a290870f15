import "server-only";

import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

// Approved benchmark results shown on hardware and model pages, with both sides' names.
export async function listApprovedResults(where: Prisma.BenchmarkSubmissionWhereInput) {
  return db.benchmarkSubmission.findMany({
    where: { ...where, status: "approved" },
    orderBy: [{ model: { name: "asc" } }, { accelerator: { name: "asc" } }, { outputTokensPerSecond: "desc" }],
    take: 500,
    select: {
      id: true,
      acceleratorCount: true,
      prefillAcceleratorCount: true,
      decodeAcceleratorCount: true,
      precision: true,
      engine: true,
      scenario: true,
      systemName: true,
      outputTokensPerSecond: true,
      interactivityTokensPerSecondPerUser: true,
      inputTokens: true,
      outputTokens: true,
      batchSize: true,
      concurrency: true,
      evidence: true,
      source: true,
      model: { select: { slug: true, name: true, modelType: true } },
      accelerator: { select: { slug: true, name: true } },
    },
  });
}

export type ApprovedResult = Awaited<ReturnType<typeof listApprovedResults>>[number];
