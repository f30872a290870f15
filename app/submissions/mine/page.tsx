import type { Metadata } from "next";

import { StatusBadge } from "@/components/submissions/status-badge";
import { Link } from "@/components/ui/link";
import { TableWrap } from "@/components/ui/table-wrap";
import { requirePageUser } from "@/lib/auth/page-guards";
import { listMySubmissions } from "@/lib/data/submissions/list-my-submissions";
import { formatDay } from "@/lib/format/dates";
import { formatNumber } from "@/lib/format/numbers";

export const metadata: Metadata = { title: "Your submissions" };

function pageOf(value: string | string[] | undefined): number {
  const n = Number(Array.isArray(value) ? value[0] : value);
  return Number.isInteger(n) && n > 0 ? n : 1;
}

export default async function MySubmissionsPage({ searchParams }: PageProps<"/submissions/mine">) {
  const user = await requirePageUser("/submissions/mine");
  const mine = await listMySubmissions({ user, page: pageOf((await searchParams).page) });
  return (
    <div className="space-y-4">
      <h1>Your submissions</h1>
      <p className="text-sm text-slate-700 dark:text-slate-300" data-testid="my-counts">
        {mine.total} in total: {mine.countsByStatus.pending} pending, {mine.countsByStatus.flagged} flagged, {mine.countsByStatus.approved} approved,{" "}
        {mine.countsByStatus.rejected} rejected. <Link href="/submit">Submit another</Link> or <Link href="/submit/import">import a file</Link>.
      </p>
      {mine.items.length === 0 ? (
        <p>You have not submitted any result yet.</p>
      ) : (
        <TableWrap label="Your submissions">
          <table data-testid="my-submissions">
            <thead>
              <tr>
                <th scope="col">Submitted</th>
                <th scope="col">Result</th>
                <th scope="col">Output tok/s (system)</th>
                <th scope="col">Status</th>
                <th scope="col">Findings</th>
                <th scope="col">Moderator&apos;s note</th>
              </tr>
            </thead>
            <tbody>
              {mine.items.map((s) => (
                <tr key={s.id} data-testid="my-submission" data-id={s.id} data-status={s.status}>
                  <td className="whitespace-nowrap">{formatDay(s.submittedAt)}</td>
                  <td>
                    <Link href={`/submissions/${s.id}`}>
                      {s.modelName} on {s.acceleratorCount} × {s.acceleratorName}
                    </Link>
                    <span className="block text-xs text-slate-500">
                      {s.precision}, {s.engine}
                      {s.provenance.importer ? `, imported (${s.provenance.importer})` : ""}
                    </span>
                  </td>
                  <td>{formatNumber(s.outputTokensPerSecond, 1)}</td>
                  <td>
                    <StatusBadge status={s.status} />
                  </td>
                  <td className="text-xs">
                    {s.findings.length === 0
                      ? "none"
                      : s.findings.map((f) => (
                          <span key={f.code} className="block" title={f.message}>
                            {f.severity}: {f.code}
                          </span>
                        ))}
                  </td>
                  <td className="text-sm" data-testid="review-note">
                    {s.reviewNote ?? "—"}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      {mine.pageCount > 1 ? (
        <nav aria-label="Pages" className="flex gap-3 text-sm">
          {mine.page > 1 ? <Link href={`/submissions/mine?page=${mine.page - 1}`}>Previous</Link> : null}
          <span>
            Page {mine.page} of {mine.pageCount}
          </span>
          {mine.page < mine.pageCount ? <Link href={`/submissions/mine?page=${mine.page + 1}`}>Next</Link> : null}
        </nav>
      ) : null}
    </div>
  );
}
