import "server-only";

import type { UserRef } from "@/lib/auth/types";
import { db } from "@/lib/db";

import { getSubmission } from "./get-submission";
import { previewCost, type CostPreview } from "./preview-cost";

// The submission page: the result (if the viewer may see it) and what it would cost once approved.
export async function getSubmissionWithCost({ user, id }: { user: UserRef | null; id: string }) {
  const submission = await getSubmission({ user, id });
  const accelerator = await db.accelerator.findUnique({ where: { slug: submission.accelerator }, select: { id: true } });
  const cost: CostPreview | null = accelerator ? await previewCost({ ...submission, acceleratorId: accelerator.id }) : null;
  return { submission, cost };
}
