import "server-only";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { acceleratorSummarySelect } from "./list-accelerators";
import { listOfferings } from "./list-offerings";
import { listApprovedResults } from "./list-approved-results";

export async function getAccelerator({ slug }: { slug: string }) {
  const accelerator = await db.accelerator.findUnique({ where: { slug }, select: { id: true, ...acceleratorSummarySelect } });
  if (!accelerator) throw new NotFoundError(`No accelerator "${slug}"`);
  const [offerings, submissions] = await Promise.all([
    listOfferings({ accelerator: slug, sort: "pricePerAccelerator", dir: "asc" }),
    listApprovedResults({ acceleratorId: accelerator.id }),
  ]);
  return { accelerator, offerings, submissions };
}
