import "server-only";

import type { UserRef } from "@/lib/auth/types";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { canViewSubmission } from "@/lib/pure/submission-visibility";
import { submissionIdSchema } from "@/lib/validation/review";

import { submissionViewSelect, toSubmissionView, type SubmissionView } from "./submission-view";

export async function getSubmission({ user, id }: { user: UserRef | null; id: string }): Promise<SubmissionView & { viewerIsSubmitter: boolean }> {
  if (!submissionIdSchema.safeParse(id).success) throw new NotFoundError("Submission not found");
  const row = await db.benchmarkSubmission.findUnique({ where: { id }, select: submissionViewSelect });
  if (!row || !canViewSubmission(user, row)) throw new NotFoundError("Submission not found");
  return { ...toSubmissionView(row), viewerIsSubmitter: user !== null && row.submitterId === user.id };
}
