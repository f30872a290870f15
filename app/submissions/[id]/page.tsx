import type { Metadata } from "next";

import { reviewAction } from "@/app/review/actions";
import { CostPreviewPanel } from "@/components/submissions/cost-preview";
import { FindingsList } from "@/components/submissions/findings-list";
import { ReviewForm } from "@/components/submissions/review-form";
import { StatusBadge } from "@/components/submissions/status-badge";
import { SubmissionDetails } from "@/components/submissions/submission-details";
import { Link } from "@/components/ui/link";
import { hasSiteRole } from "@/lib/auth/roles";
import { getCurrentUser } from "@/lib/auth/session";
import { getSubmissionWithCost } from "@/lib/data/submissions/get-submission-with-cost";
import { orNotFound } from "@/lib/http/page-helpers";

export const metadata: Metadata = { title: "Benchmark result" };

const STATUS_TEXT: Record<string, string> = {
  pending: "Waiting for a moderator. Only you and the moderators can see it.",
  flagged: "Flagged: a physical bound is exceeded (see the findings). A moderator will look at it; only you and the moderators can see it.",
  approved: "Approved: this result feeds the leaderboards.",
  rejected: "Rejected by a moderator. Only you and the moderators can see it.",
};

export default async function SubmissionPage({ params, searchParams }: PageProps<"/submissions/[id]">) {
  const { id } = await params;
  const user = await getCurrentUser();
  const { submission, cost } = await orNotFound(getSubmissionWithCost({ user, id }));
  const justSubmitted = (await searchParams).submitted === "1";
  const isModerator = user ? hasSiteRole(user, "moderator") : false;
  const undecided = submission.status === "pending" || submission.status === "flagged";
  // Moderators may decide here too, except on their own results (admins excepted, as in the API).
  const canDecide = Boolean(user && isModerator && undecided && (!submission.viewerIsSubmitter || hasSiteRole(user, "admin")));
  return (
    <div className="space-y-6">
      {justSubmitted ? (
        <p
          role="status"
          className="rounded border border-emerald-300 bg-emerald-50 p-3 text-sm text-emerald-900 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-100"
          data-testid="submitted-banner"
        >
          Thank you: your result was received. <Link href="/submissions/mine">Your submissions</Link> shows the moderator&apos;s decision when it is made.
        </p>
      ) : null}
      <div className="space-y-2">
        <h1 data-testid="page-title">
          {submission.modelName} on {submission.acceleratorCount} × {submission.acceleratorName}
        </h1>
        <p className="flex flex-wrap items-center gap-2 text-sm">
          <StatusBadge status={submission.status} />
          <span>{STATUS_TEXT[submission.status]}</span>
          {isModerator && undecided ? <Link href="/review">Review queue</Link> : null}
        </p>
        {submission.reviewNote ? (
          <p className="text-sm" data-testid="review-note">
            <strong>Moderator&apos;s note:</strong> {submission.reviewNote}
          </p>
        ) : null}
      </div>
      {canDecide ? (
        <section aria-labelledby="decide-heading" className="max-w-xl space-y-2 rounded border border-slate-200 p-3 dark:border-slate-700">
          <h2 id="decide-heading">Decide</h2>
          <ReviewForm id={submission.id} action={reviewAction} flagged={submission.status === "flagged"} />
        </section>
      ) : null}
      <section aria-labelledby="cost-heading" className="space-y-2">
        <h2 id="cost-heading">Cost per million tokens</h2>
        <CostPreviewPanel preview={cost} />
      </section>
      <section aria-labelledby="findings-heading" className="space-y-2">
        <h2 id="findings-heading">Plausibility findings</h2>
        <FindingsList findings={submission.findings} />
      </section>
      <SubmissionDetails submission={submission} />
      <p className="text-sm">
        Machine-readable: <a href={`/api/v1/submissions/${submission.id}`}>/api/v1/submissions/{submission.id}</a>
      </p>
    </div>
  );
}
