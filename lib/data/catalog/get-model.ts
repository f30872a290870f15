import "server-only";

import { listResults, RESULTS_SECTION_PAGE_SIZE } from "@/lib/data/results/list-results";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";

import { modelSummarySelect } from "./list-models";

// A model page: its specs and one page of its approved results (popular models have hundreds: the
// table is paginated on the server, like the hardware page's).
export async function getModel({ slug, page = 1 }: { slug: string; page?: number }) {
  // Side by side: the results are filtered by the slug, so they need not wait for the model's row.
  const [model, results] = await Promise.all([
    db.model.findUnique({ where: { slug }, select: modelSummarySelect }),
    listResults({ model: slug, page, pageSize: RESULTS_SECTION_PAGE_SIZE }),
  ]);
  if (!model) throw new NotFoundError(`No model "${slug}"`);
  return { model, results };
}
