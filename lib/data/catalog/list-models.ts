import "server-only";

import type { z } from "zod";

import { db } from "@/lib/db";
import type { modelListQuerySchema } from "@/lib/validation/catalog";

import { rankedOfferingCounts } from "./catalog-coverage";

export const modelSummarySelect = {
  slug: true,
  name: true,
  architecture: true,
  totalParamsB: true,
  activeParamsB: true,
  contextLength: true,
  modelType: true,
  sourceUrl: true,
  sourceDate: true,
} as const;

export async function listModels(query: z.infer<typeof modelListQuerySchema> = {}) {
  return db.model.findMany({
    where: {
      ...(query.architecture ? { architecture: query.architecture } : {}),
      ...(query.modelType ? { modelType: query.modelType } : {}),
    },
    orderBy: [{ architecture: "asc" }, { activeParamsB: "asc" }],
    select: { ...modelSummarySelect, _count: { select: { submissions: { where: { status: "approved" } } } } },
  });
}

/** The public list: counts of approved results and of offerings ranked for the model on the default leaderboard. */
export async function listModelsWithCoverage(query: z.infer<typeof modelListQuerySchema> = {}) {
  const [models, ranked] = await Promise.all([listModels(query), rankedOfferingCounts()]);
  return models.map(({ _count, ...m }) => ({ ...m, approvedResultCount: _count.submissions, rankedOfferingCount: ranked.byModel.get(m.slug) ?? 0 }));
}
