import "server-only";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { modelSummarySelect } from "./list-models";

export async function getModel({ slug }: { slug: string }) {
  const model = await db.model.findUnique({ where: { slug }, select: { id: true, ...modelSummarySelect } });
  if (!model) throw new NotFoundError(`No model "${slug}"`);
  const submissions = await db.benchmarkSubmission.findMany({
    where: { modelId: model.id, status: "approved" },
    orderBy: [{ accelerator: { name: "asc" } }, { outputTokensPerSecond: "desc" }],
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
      accelerator: { select: { slug: true, name: true } },
    },
  });
  return { model, submissions };
}
