import "server-only";
import { db } from "@/lib/db";
import type { z } from "zod";
import type { modelListQuerySchema } from "@/lib/validation/catalog";

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
