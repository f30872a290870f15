import "server-only";

import { assertSiteRole, hasSiteRole } from "@/lib/auth/roles";
import type { UserRef } from "@/lib/auth/types";
import { recordAudit } from "@/lib/data/audit/record-audit";
import { invalidateRankingSnapshot } from "@/lib/data/leaderboard/ranking-snapshot";
import { db } from "@/lib/db";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { toFieldErrors } from "@/lib/validation/field-errors";
import { reviewDecisionSchema, submissionIdSchema } from "@/lib/validation/review";

export type ReviewOutcome = { id: string; status: "approved" | "rejected"; reviewNote: string | null; reviewedAt: string };

// Decided exactly once: the update only matches while the row is still pending or flagged, so of
// concurrent reviewers one updates one row and every other finds zero and gets a 409. The audit row
// is written in the same transaction as the decision.
export async function reviewSubmission({
  user,
  id,
  body,
  ...context
}: {
  user: UserRef;
  id: string;
  body: unknown;
  ip?: string | null;
  via?: "token" | "session";
}): Promise<ReviewOutcome> {
  assertSiteRole(user, "moderator");
  const parsed = reviewDecisionSchema.safeParse(body);
  if (!parsed.success) throw new ValidationError(toFieldErrors(parsed.error), 422);
  if (!submissionIdSchema.safeParse(id).success) throw new NotFoundError("Submission not found");
  const { decision, note } = parsed.data;
  const status = decision === "approve" ? "approved" : "rejected";

  const current = await db.benchmarkSubmission.findUnique({ where: { id }, select: { submitterId: true, status: true, externalId: true } });
  if (!current) throw new NotFoundError("Submission not found");
  // External ids are not unique (uploads cannot claim them), so approval is where one id gets one result.
  if (status === "approved" && current.externalId) {
    const approvedTwin = await db.benchmarkSubmission.findFirst({
      where: { externalId: current.externalId, status: "approved", id: { not: id } },
      select: { id: true },
    });
    if (approvedTwin) throw new ConflictError(`Submission ${approvedTwin.id} is already the approved result for ${current.externalId}: reject this one`);
  }
  // Reviewing your own result defeats the point of review; admins are trusted to (single-operator installs).
  if (current.submitterId === user.id && !hasSiteRole(user, "admin")) {
    throw new ForbiddenError("You cannot review your own submission: another moderator must decide");
  }

  const reviewedAt = new Date();
  const decided = await db.$transaction(async (tx) => {
    const { count } = await tx.benchmarkSubmission.updateMany({
      where: { id, status: { in: ["pending", "flagged"] } },
      data: { status, reviewNote: note ?? null, reviewedById: user.id, reviewedAt },
    });
    if (count !== 1) return false;
    await recordAudit(
      {
        actorId: user.id,
        action: decision === "approve" ? "submission.approve" : "submission.reject",
        targetType: "benchmark_submission",
        targetId: id,
        ip: context.ip,
        metadata: { previousStatus: current.status, note: note ?? null, via: context.via ?? null },
      },
      tx,
    );
    return true;
  });
  if (!decided) {
    const after = await db.benchmarkSubmission.findUnique({ where: { id }, select: { status: true, reviewedAt: true } });
    if (!after) throw new NotFoundError("Submission not found");
    throw new ConflictError(
      `This submission was already ${after.status}${after.reviewedAt ? ` on ${after.reviewedAt.toISOString()}` : ""}; a decision is made once`,
    );
  }
  // An approval changes the rankings: this instance re-reads them at once, others within a second.
  if (status === "approved") invalidateRankingSnapshot();
  return { id, status, reviewNote: note ?? null, reviewedAt: reviewedAt.toISOString() };
}
