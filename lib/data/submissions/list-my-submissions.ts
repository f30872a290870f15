import "server-only";

import { assertUser } from "@/lib/auth/roles";
import type { UserRef } from "@/lib/auth/types";
import { db } from "@/lib/db";

import { submissionViewSelect, toSubmissionView, type SubmissionView } from "./submission-view";

export const MY_SUBMISSIONS_PAGE_SIZE = 50;

export type MySubmissions = {
  items: SubmissionView[];
  total: number;
  page: number;
  pageCount: number;
  countsByStatus: Record<"pending" | "approved" | "rejected" | "flagged", number>;
};

export async function listMySubmissions({ user, ...options }: { user: UserRef; page?: number }): Promise<MySubmissions> {
  assertUser(user);
  const where = { submitterId: user.id };
  const [total, grouped] = await Promise.all([
    db.benchmarkSubmission.count({ where }),
    db.benchmarkSubmission.groupBy({ by: ["status"], where, _count: { _all: true } }),
  ]);
  const pageCount = Math.max(1, Math.ceil(total / MY_SUBMISSIONS_PAGE_SIZE));
  const page = Math.min(Math.max(1, Math.floor(options.page ?? 1)), pageCount);
  const rows = await db.benchmarkSubmission.findMany({
    where,
    orderBy: [{ submittedAt: "desc" }, { id: "asc" }],
    skip: (page - 1) * MY_SUBMISSIONS_PAGE_SIZE,
    take: MY_SUBMISSIONS_PAGE_SIZE,
    select: submissionViewSelect,
  });
  const countsByStatus = { pending: 0, approved: 0, rejected: 0, flagged: 0 };
  for (const g of grouped) countsByStatus[g.status] = g._count._all;
  return { items: rows.map(toSubmissionView), total, page, pageCount, countsByStatus };
}
