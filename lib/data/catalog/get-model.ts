import "server-only";

import { listResults } from "@/lib/data/results/list-results";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";

import { modelSummarySelect } from "./list-models";

export const MODEL_RESULTS_PAGE_SIZE = 25;

// A model page: its specs and one page of its approved results (popular models have hundreds: the
// table is paginated on the server, like the hardware page's).
export async function getModel({ slug, page = 1 }: { slug: string; page?: number }) {
  const model = await db.model.findUnique({ where: { slug }, select: { id: true, ...modelSummarySelect } });
  if (!model) throw new NotFoundError(`No model "${slug}"`);
  const results = await listResults({ model: slug, page, pageSize: MODEL_RESULTS_PAGE_SIZE });
  return { model, results };
}
