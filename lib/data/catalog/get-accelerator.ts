import "server-only";

import { getAcceleratorRanking } from "@/lib/data/leaderboard/get-accelerator-ranking";
import { listResults, RESULTS_SECTION_PAGE_SIZE } from "@/lib/data/results/list-results";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";

import { acceleratorSummarySelect } from "./list-accelerators";
import { listOfferings } from "./list-offerings";

/** The cheapest offerings shown on the page; the rest are one link away, in the paginated offerings list. */
export const ACCELERATOR_OFFERINGS_SHOWN = 50;

// The hardware page: the buyer's summary (ranking per model, chart), specs, offerings and one page of
// results (B200 alone has over a hundred: the table is paginated on the server).
export async function getAccelerator({ slug, page = 1, chartModel }: { slug: string; page?: number; chartModel?: string }) {
  const accelerator = await db.accelerator.findUnique({ where: { slug }, select: { id: true, ...acceleratorSummarySelect } });
  if (!accelerator) throw new NotFoundError(`No accelerator "${slug}"`);
  const [offerings, results, ranking] = await Promise.all([
    listOfferings({ accelerator: slug, sort: "pricePerAccelerator", dir: "asc", page: 1, pageSize: ACCELERATOR_OFFERINGS_SHOWN }),
    listResults({ accelerator: slug, page, pageSize: RESULTS_SECTION_PAGE_SIZE }),
    getAcceleratorRanking({ slug, chartModel }),
  ]);
  return { accelerator, offerings, results, ranking };
}
