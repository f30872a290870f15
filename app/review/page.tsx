import type { Metadata } from "next";

import { CostPreviewPanel } from "@/components/submissions/cost-preview";
import { FindingsList } from "@/components/submissions/findings-list";
import { ReviewForm } from "@/components/submissions/review-form";
import { StatusBadge } from "@/components/submissions/status-badge";
import { Link } from "@/components/ui/link";
import { SourceLink } from "@/components/ui/source-link";
import { requirePageRole } from "@/lib/auth/page-guards";
import { listReviewQueue } from "@/lib/data/submissions/list-review-queue";
import { formatDay } from "@/lib/format/dates";
import { formatNumber } from "@/lib/format/numbers";

import { reviewAction } from "./actions";

export const metadata: Metadata = { title: "Review submissions" };

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function metric(value: number | null, unit: string, digits = 1) {
  return value == null ? null : `${formatNumber(value, digits)} ${unit}`;
}

export default async function ReviewPage({ searchParams }: PageProps<"/review">) {
  const user = await requirePageRole("moderator", "/review");
  const params = await searchParams;
  const statusParam = first(params.status);
  const status = statusParam === "flagged" || statusParam === "pending" ? statusParam : undefined;
  const page = Number(first(params.page));
  const queue = await listReviewQueue({ user, status, page: Number.isInteger(page) && page > 0 ? page : 1 });
  const query = (p: number) => `/review?${new URLSearchParams({ ...(status ? { status } : {}), page: String(p) })}`;
  return (
    <div className="space-y-4">
      <h1>Review submissions</h1>
      <p className="text-sm" data-testid="review-counts">
        {queue.total} waiting{status ? ` (${status})` : ""}, {queue.flagged} flagged. Flagged results come first: they exceed a physical bound. Approved results
        feed the leaderboards at once.
      </p>
      <nav aria-label="Filter" className="flex gap-3 text-sm">
        <Link href="/review" aria-current={!status ? "page" : undefined}>
          All waiting
        </Link>
        <Link href="/review?status=flagged" aria-current={status === "flagged" ? "page" : undefined}>
          Flagged
        </Link>
        <Link href="/review?status=pending" aria-current={status === "pending" ? "page" : undefined}>
          Pending
        </Link>
      </nav>
      {queue.items.length === 0 ? <p data-testid="review-empty">Nothing to review.</p> : null}
      <ol className="space-y-4">
        {queue.items.map((s) => (
          <li
            key={s.id}
            className="group/item rounded border border-slate-200 p-4 dark:border-slate-700"
            data-testid="review-item"
            data-id={s.id}
            data-status={s.status}
          >
            <div className="grid gap-4 lg:grid-cols-3">
              <div className="space-y-1 text-sm lg:col-span-2">
                <h2 className="text-lg">
                  <Link href={`/submissions/${s.id}`}>
                    {s.modelName} on {s.acceleratorCount} × {s.acceleratorName}
                  </Link>{" "}
                  {/* The decision is made in the client form below; once it is, this server-rendered badge is stale. */}
                  <span className="group-has-[[data-decided]]/item:hidden" data-testid="review-item-status">
                    <StatusBadge status={s.status} />
                  </span>
                </h2>
                <p>
                  {s.precision}, {s.engine}
                  {s.engineVersion ? ` ${s.engineVersion}` : ""}
                  {s.scenario ? `, ${s.scenario}` : ""} ·{" "}
                  {[
                    metric(s.outputTokensPerSecond, "output tok/s"),
                    metric(s.interactivityTokensPerSecondPerUser, "tok/s per user"),
                    metric(s.ttftMsP50, "ms TTFT p50"),
                    metric(s.tpotMsP50, "ms TPOT p50"),
                    metric(s.concurrency, "concurrent", 0),
                    metric(s.averagePowerWatts, "W", 0),
                  ]
                    .filter(Boolean)
                    .join(" · ")}
                </p>
                <p className="text-xs text-slate-600 dark:text-slate-400" data-testid="review-provenance">
                  Submitted {formatDay(s.submittedAt)} by <span data-testid="review-submitter">{s.submittedBy ?? "a deleted account"}</span> ·{" "}
                  {s.provenance.importer ? `imported (${s.provenance.importer})` : "form or API"}
                  {s.provenance.sourceFileHash ? ` · file SHA-256 ${s.provenance.sourceFileHash.slice(0, 12)}…` : ""}
                  {s.provenance.externalId ? ` · ${s.provenance.externalId}` : ""} · source <SourceLink href={s.sourceUrl} />
                </p>
                <FindingsList findings={s.findings} />
              </div>
              <div className="space-y-3">
                <CostPreviewPanel preview={s.costPreview} compact />
                <ReviewForm id={s.id} action={reviewAction} flagged={s.status === "flagged"} />
              </div>
            </div>
          </li>
        ))}
      </ol>
      {queue.pageCount > 1 ? (
        <nav aria-label="Pages" className="flex gap-3 text-sm">
          {queue.page > 1 ? <Link href={query(queue.page - 1)}>Previous</Link> : null}
          <span>
            Page {queue.page} of {queue.pageCount}
          </span>
          {queue.page < queue.pageCount ? <Link href={query(queue.page + 1)}>Next</Link> : null}
        </nav>
      ) : null}
    </div>
  );
}
