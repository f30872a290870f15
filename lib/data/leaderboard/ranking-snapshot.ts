import "server-only";

import { currentDataVersion, DATA_VERSION_SQL, invalidateDataVersion } from "@/lib/cache/data-version.mjs";
import type { OfferingKind } from "@/lib/cost/rank";
import type { ServingRegime, WorkloadClass } from "@/lib/cost/workload";
// Ranking tolerates replication lag of a second or so: it reads from the replica when one is configured.
import { dbRead as db } from "@/lib/db";
import { isDatabaseUnavailable, markDatabaseUnavailable } from "@/lib/db/availability";
import { Prisma } from "@/lib/generated/prisma/client";
import type { EvidenceKind } from "@/lib/validation/enums";

import { loadSnapshotPoints } from "./load-snapshot-points";
import { servesSnapshotThroughOutage } from "./stale-if-error";

// Everything the leaderboard ranks from, loaded once per data version and shared by requests.
// Each app instance keeps its own copy; the version stamp comes from PostgreSQL, so instances
// behind a load balancer converge on the same data without sharing memory.
export type SnapshotPoint = {
  id: string;
  modelId: string;
  acceleratorId: string;
  precision: string;
  engine: string;
  speculativeDecoding: boolean;
  disaggregated: boolean;
  kvCacheOffload: boolean;
  acceleratorCount: number;
  prefillAcceleratorCount: number | null;
  decodeAcceleratorCount: number | null;
  outputTokensPerSecond: number;
  inputTokensPerSecond: number | null;
  interactivityTokensPerSecondPerUser: number | null;
  ttftMsP99: number | null;
  ttftLimitMsP99: number | null;
  averagePowerWatts: number | null;
  inputTokens: number | null;
  outputTokens: number | null;
  batchSize: number | null;
  concurrency: number | null;
  evidence: EvidenceKind;
  /** Source and round, e.g. "MLPerf Inference v6.0"; null for results that name none. */
  source: string | null;
  workloadClass: WorkloadClass | null;
  servingRegime: ServingRegime | null;
};

export type SnapshotModel = { id: string; slug: string; name: string; modelType: string; architecture: string };
export type SnapshotAccelerator = { id: string; slug: string; name: string; vendorId: string; allInKwPerAccelerator: number | null };
export type SnapshotPrice = { pricingBasis: string; usdPerUnitHour: number | null; capexUsdPerUnit: number | null; effectiveFrom: number };
export type SnapshotOffering = {
  id: string;
  slug: string;
  name: string;
  kind: OfferingKind;
  acceleratorId: string;
  acceleratorsPerUnit: number;
  allInKwPerUnit: number | null;
  provider: { id: string; slug: string; name: string };
  // Newest first.
  prices: SnapshotPrice[];
};

export type RankingSnapshot = {
  version: string;
  points: SnapshotPoint[];
  pointsByModel: Map<string, SnapshotPoint[]>;
  /** Approved results per accelerator id, any model (offering pages say when there is nothing to cost). */
  pointCountByAccelerator: Map<string, number>;
  models: Map<string, SnapshotModel>;
  modelsBySlug: Map<string, SnapshotModel>;
  accelerators: Map<string, SnapshotAccelerator>;
  offeringsByAccelerator: Map<string, SnapshotOffering[]>;
  vendorsBySlug: Map<string, { id: string; slug: string; name: string }>;
};

async function readVersion(): Promise<string> {
  try {
    // Constant SQL, no parameters.
    const rows = await db.$queryRaw<{ version: string }[]>(Prisma.sql([DATA_VERSION_SQL]));
    return rows[0]?.version ?? "";
  } catch (error) {
    // Pages rendered next get the proxy's 503 at once, without waiting for its probe.
    if (isDatabaseUnavailable(error)) markDatabaseUnavailable();
    throw error;
  }
}

async function loadSnapshot(version: string): Promise<RankingSnapshot> {
  // Several queries, not one transaction: a change landing meanwhile also moves the data version, so
  // this snapshot (stamped with the version read before it) is replaced on the next read.
  const [snapshotPoints, models, accelerators, offerings, vendors] = await Promise.all([
    loadSnapshotPoints(),
    db.model.findMany({ select: { id: true, slug: true, name: true, modelType: true, architecture: true } }),
    db.accelerator.findMany({ select: { id: true, slug: true, name: true, vendorId: true, allInKwPerAccelerator: true } }),
    db.offering.findMany({
      select: {
        id: true,
        slug: true,
        name: true,
        kind: true,
        acceleratorId: true,
        acceleratorsPerUnit: true,
        allInKwPerUnit: true,
        provider: { select: { id: true, slug: true, name: true } },
        prices: {
          orderBy: { effectiveFrom: "desc" },
          select: { pricingBasis: true, usdPerUnitHour: true, capexUsdPerUnit: true, effectiveFrom: true },
        },
      },
    }),
    db.vendor.findMany({ select: { id: true, slug: true, name: true } }),
  ]);

  const pointsByModel = new Map<string, SnapshotPoint[]>();
  const pointCountByAccelerator = new Map<string, number>();
  for (const p of snapshotPoints) {
    const list = pointsByModel.get(p.modelId);
    if (list) list.push(p);
    else pointsByModel.set(p.modelId, [p]);
    pointCountByAccelerator.set(p.acceleratorId, (pointCountByAccelerator.get(p.acceleratorId) ?? 0) + 1);
  }
  const offeringsByAccelerator = new Map<string, SnapshotOffering[]>();
  for (const o of offerings) {
    const entry: SnapshotOffering = {
      ...o,
      kind: o.kind,
      prices: o.prices.map((p) => ({
        pricingBasis: p.pricingBasis.replace("_", "-"),
        usdPerUnitHour: p.usdPerUnitHour,
        capexUsdPerUnit: p.capexUsdPerUnit,
        effectiveFrom: p.effectiveFrom.getTime(),
      })),
    };
    const list = offeringsByAccelerator.get(o.acceleratorId);
    if (list) list.push(entry);
    else offeringsByAccelerator.set(o.acceleratorId, [entry]);
  }
  return {
    version,
    points: snapshotPoints,
    pointsByModel,
    pointCountByAccelerator,
    models: new Map(models.map((m) => [m.id, m])),
    modelsBySlug: new Map(models.map((m) => [m.slug, m])),
    accelerators: new Map(accelerators.map((a) => [a.id, a])),
    offeringsByAccelerator,
    vendorsBySlug: new Map(vendors.map((v) => [v.slug, v])),
  };
}

type SnapshotState = { current?: RankingSnapshot; loading?: Promise<RankingSnapshot>; confirmedAtMs: number };
// On globalThis: Next bundles route handlers and pages separately, each with its own copy of this
// module; one snapshot per process instead of one per bundle halves the memory and the loads.
const STATE_KEY = Symbol.for("tokencost.rankingSnapshot");
const state: SnapshotState = ((globalThis as unknown as Record<symbol, SnapshotState | undefined>)[STATE_KEY] ??= { confirmedAtMs: 0 });

// Called after this instance changes approved results or prices, so its next read (snapshot and
// cached pages alike) re-reads the data version at once; other instances see it within the version TTL.
export function invalidateRankingSnapshot(): void {
  invalidateDataVersion();
}

// A failed read keeps the snapshot this instance has for a few seconds after it was last confirmed
// current (./stale-if-error.ts): requests already under way when PostgreSQL goes get the rankings of a
// moment ago instead of a 500; once the outage is known, pages answer 503 (proxy.ts) and so does the API.
function keepCurrentThroughOutage(error: unknown): RankingSnapshot {
  if (state.current && servesSnapshotThroughOutage({ error, confirmedAtMs: state.confirmedAtMs, nowMs: Date.now() })) return state.current;
  throw error;
}

export async function getRankingSnapshot(): Promise<RankingSnapshot> {
  let version: string;
  try {
    version = await currentDataVersion(readVersion);
  } catch (error) {
    return keepCurrentThroughOutage(error);
  }
  if (state.current?.version === version) {
    state.confirmedAtMs = Date.now();
    return state.current;
  }
  if (!state.loading) {
    state.loading = loadSnapshot(version)
      .then((snapshot) => {
        state.current = snapshot;
        state.confirmedAtMs = Date.now();
        return snapshot;
      })
      .finally(() => {
        state.loading = undefined;
      });
  }
  return state.loading.catch(keepCurrentThroughOutage);
}
