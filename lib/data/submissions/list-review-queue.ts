import "server-only";

import { assertSiteRole } from "@/lib/auth/roles";
import type { UserRef } from "@/lib/auth/types";
import { db } from "@/lib/db";

import { loadOfferingPriceBook, previewCostFromBook, type CostPreview } from "./preview-cost";
import { submissionViewSelect, toSubmissionView, type SubmissionView } from "./submission-view";

export const REVIEW_PAGE_SIZE = 25;

/**
 * submittedBy: who sent the result, for the moderator: the display name and email ("Ada (ada@example.org)"),
 * the email alone when there is no name (it is optional), null when the account was deleted.
 */
export type ReviewQueueItem = SubmissionView & { costPreview: CostPreview; submittedBy: string | null };

function submittedBy(submitter: { name: string | null; email: string } | null): string | null {
  if (!submitter) return null;
  const name = submitter.name?.trim();
  return name ? `${name} (${submitter.email})` : submitter.email;
}
export type ReviewQueue = { items: ReviewQueueItem[]; total: number; flagged: number; page: number; pageCount: number };

// Flagged results first (they need the closest look), then oldest first so nothing waits forever.
export async function listReviewQueue({ user, ...options }: { user: UserRef; page?: number; status?: "pending" | "flagged" }): Promise<ReviewQueue> {
  assertSiteRole(user, "moderator");
  const where = { status: options.status ? options.status : { in: ["pending" as const, "flagged" as const] } };
  const [total, flagged] = await Promise.all([db.benchmarkSubmission.count({ where }), db.benchmarkSubmission.count({ where: { status: "flagged" } })]);
  const pageCount = Math.max(1, Math.ceil(total / REVIEW_PAGE_SIZE));
  const page = Math.min(Math.max(1, Math.floor(options.page ?? 1)), pageCount);
  const rows = await db.benchmarkSubmission.findMany({
    where,
    // "flagged" sorts after "pending" in the enum, so descending puts flagged first.
    orderBy: [{ status: "desc" }, { submittedAt: "asc" }, { id: "asc" }],
    skip: (page - 1) * REVIEW_PAGE_SIZE,
    take: REVIEW_PAGE_SIZE,
    select: { ...submissionViewSelect, submitter: { select: { name: true, email: true } } },
  });
  const book = await loadOfferingPriceBook(rows.map((r) => r.accelerator.id));
  const items = rows.map((row) => ({
    ...toSubmissionView(row),
    submittedBy: submittedBy(row.submitter),
    costPreview: previewCostFromBook({ ...row, acceleratorId: row.accelerator.id }, book),
  }));
  return { items, total, flagged, page, pageCount };
}
