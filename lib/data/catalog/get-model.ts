import "server-only";

import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";

import { listApprovedResults } from "./list-approved-results";
import { modelSummarySelect } from "./list-models";

export async function getModel({ slug }: { slug: string }) {
  const model = await db.model.findUnique({ where: { slug }, select: { id: true, ...modelSummarySelect } });
  if (!model) throw new NotFoundError(`No model "${slug}"`);
  const submissions = await listApprovedResults({ modelId: model.id });
  return { model, submissions };
}
