import "server-only";

import type { z } from "zod";

import { db } from "@/lib/db";
import type { acceleratorListQuerySchema } from "@/lib/validation/catalog";

import { rankedOfferingCounts } from "./catalog-coverage";

export const acceleratorSummarySelect = {
  slug: true,
  name: true,
  family: true,
  memoryGb: true,
  memoryBandwidthTbPerS: true,
  denseBf16Tflops: true,
  denseFp8Tflops: true,
  denseFp4Tflops: true,
  tdpWatts: true,
  allInKwPerAccelerator: true,
  scaleUpDomainSize: true,
  releaseYear: true,
  sourceUrl: true,
  sourceDate: true,
  vendor: { select: { slug: true, name: true } },
} as const;

export async function listAccelerators(query: z.infer<typeof acceleratorListQuerySchema> = {}) {
  return db.accelerator.findMany({
    where: {
      ...(query.vendor ? { vendor: { slug: query.vendor } } : {}),
      ...(query.family ? { family: query.family } : {}),
    },
    orderBy: [{ vendor: { name: "asc" } }, { releaseYear: "desc" }, { name: "asc" }],
    select: { ...acceleratorSummarySelect, _count: { select: { offerings: true, submissions: { where: { status: "approved" } } } } },
  });
}

/** The public list: counts of offerings, approved results and offerings ranked on the default leaderboard. */
export async function listAcceleratorsWithCoverage(query: z.infer<typeof acceleratorListQuerySchema> = {}) {
  const [accelerators, ranked] = await Promise.all([listAccelerators(query), rankedOfferingCounts()]);
  return accelerators.map(({ _count, ...a }) => ({
    ...a,
    offeringCount: _count.offerings,
    approvedResultCount: _count.submissions,
    rankedOfferingCount: ranked.byAccelerator.get(a.slug) ?? 0,
  }));
}
