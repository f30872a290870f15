import "server-only";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { acceleratorSummarySelect } from "./list-accelerators";
import { listOfferings } from "./list-offerings";

export async function getAccelerator({ slug }: { slug: string }) {
  const accelerator = await db.accelerator.findUnique({ where: { slug }, select: { id: true, ...acceleratorSummarySelect } });
  if (!accelerator) throw new NotFoundError(`No accelerator "${slug}"`);
  const [offerings, submissions] = await Promise.all([
    listOfferings({ accelerator: slug, sort: "pricePerAccelerator", dir: "asc" }),
    db.benchmarkSubmission.findMany({
      where: { acceleratorId: accelerator.id, status: "approved" },
      orderBy: [{ model: { name: "asc" } }, { outputTokensPerSecond: "desc" }],
      take: 500,
      select: {
        id: true,
        acceleratorCount: true,
        precision: true,
        engine: true,
        scenario: true,
        systemName: true,
        outputTokensPerSecond: true,
        interactivityTokensPerSecondPerUser: true,
        sourceUrl: true,
        model: { select: { slug: true, name: true, modelType: true } },
      },
    }),
  ]);
  return { accelerator, offerings, submissions };
}
