import "server-only";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { submissionIdSchema } from "@/lib/validation/review";
import { submissionViewSelect, toSubmissionView, type SubmissionView } from "./submission-view";
import { canViewSubmission } from "@/lib/pure/submission-visibility";
import type { UserRef } from "@/lib/auth/types";

export async function getSubmission({ user, id }: { user: UserRef | null; id: string }): Promise<SubmissionView & { viewerIsSubmitter: boolean }> {
  if (!submissionIdSchema.safeParse(id).success) throw new NotFoundError("Submission not found");
  const row = await db.benchmarkSubmission.findUnique({ where: { id }, select: submissionViewSelect });
  if (!row || !canViewSubmission(user, row)) throw new NotFoundError("Submission not found");
  return { ...toSubmissionView(row), viewerIsSubmitter: user !== null && row.submitterId === user.id };
}
