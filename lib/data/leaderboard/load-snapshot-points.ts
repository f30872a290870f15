import "server-only";

import { servingRegime, workloadClass } from "@/lib/cost/workload";
import { dbRead as db } from "@/lib/db";

import type { SnapshotPoint } from "./ranking-snapshot";

// Approved results are read in pages of this many rows: the driver's and Prisma's per-row objects
// for one page are garbage before the next is read, so loading 100k results never holds them all at
// once (the heap it grows to stays allocated long after the load).
const PAGE_ROWS = 10_000;

const pointSelect = {
  id: true,
  modelId: true,
  acceleratorId: true,
  precision: true,
  engine: true,
  speculativeDecoding: true,
  disaggregated: true,
  kvCacheOffload: true,
  acceleratorCount: true,
  prefillAcceleratorCount: true,
  decodeAcceleratorCount: true,
  outputTokensPerSecond: true,
  inputTokensPerSecond: true,
  interactivityTokensPerSecondPerUser: true,
  ttftMsP99: true,
  ttftLimitMsP99: true,
  averagePowerWatts: true,
  inputTokens: true,
  outputTokens: true,
  batchSize: true,
  concurrency: true,
  scenario: true,
  evidence: true,
  source: true,
} as const;

/**
 * One copy of each repeated string (ids of models and accelerators, precisions, engines, sources):
 * the driver hands back a fresh string per row.
 */
function interner(): <T extends string | null>(value: T) => T {
  const seen = new Map<string, string>();
  return <T extends string | null>(value: T): T => {
    if (value === null) return value;
    const known = seen.get(value);
    if (known !== undefined) return known as T;
    seen.set(value, value);
    return value;
  };
}

export async function loadSnapshotPoints(): Promise<SnapshotPoint[]> {
  const intern = interner();
  const points: SnapshotPoint[] = [];
  let after: string | undefined;
  for (;;) {
    const page = await db.benchmarkSubmission.findMany({
      where: { status: "approved", ...(after === undefined ? {} : { id: { gt: after } }) },
      orderBy: { id: "asc" },
      take: PAGE_ROWS,
      select: pointSelect,
    });
    for (const p of page) {
      // Every field spelled out in one literal: all points share one hidden class (a spread of the
      // driver's row gave each of them its own, several hundred bytes apiece) and stay compact.
      points.push({
        id: p.id,
        modelId: intern(p.modelId),
        acceleratorId: intern(p.acceleratorId),
        precision: intern(p.precision),
        engine: intern(p.engine),
        speculativeDecoding: Boolean(p.speculativeDecoding && p.speculativeDecoding !== "none"),
        disaggregated: p.disaggregated,
        kvCacheOffload: p.kvCacheOffload,
        acceleratorCount: p.acceleratorCount,
        prefillAcceleratorCount: p.prefillAcceleratorCount,
        decodeAcceleratorCount: p.decodeAcceleratorCount,
        outputTokensPerSecond: p.outputTokensPerSecond,
        inputTokensPerSecond: p.inputTokensPerSecond,
        interactivityTokensPerSecondPerUser: p.interactivityTokensPerSecondPerUser,
        ttftMsP99: p.ttftMsP99,
        ttftLimitMsP99: p.ttftLimitMsP99,
        averagePowerWatts: p.averagePowerWatts,
        inputTokens: p.inputTokens,
        outputTokens: p.outputTokens,
        batchSize: p.batchSize,
        concurrency: p.concurrency,
        evidence: p.evidence,
        source: intern(p.source),
        workloadClass: workloadClass(p),
        servingRegime: servingRegime(p),
      });
    }
    if (page.length < PAGE_ROWS) return points;
    after = page[page.length - 1].id;
  }
}
