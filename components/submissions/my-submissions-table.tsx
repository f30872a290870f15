import { StatusBadge } from "@/components/submissions/status-badge";
import { Link } from "@/components/ui/link";
import { TableWrap } from "@/components/ui/table-wrap";
import type { SubmissionView } from "@/lib/data/submissions/submission-view";
import { formatDay } from "@/lib/format/dates";
import { formatNumber } from "@/lib/format/numbers";

// A submitter's own results. On a phone each row is a card (stack-on-phone, app/globals.css): what was
// submitted and its status on the first line, the moderator's note on a line of its own, since the
// status and the note are what a submitter comes back to read.
export function MySubmissionsTable({ items }: { items: SubmissionView[] }) {
  return (
    <TableWrap label="Your submissions">
      <table data-testid="my-submissions" className="stack-on-phone">
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
          {items.map((s) => (
            <tr key={s.id} data-testid="my-submission" data-id={s.id} data-status={s.status}>
              <td className="whitespace-nowrap" data-label="Submitted">
                {formatDay(s.submittedAt)}
              </td>
              <td className="cell-main">
                <Link href={`/submissions/${s.id}`}>
                  {s.modelName} on {s.acceleratorCount} × {s.acceleratorName}
                </Link>
                <span className="block text-xs text-slate-500">
                  {s.precision}, {s.engine}
                  {s.provenance.importer ? `, imported (${s.provenance.importer})` : ""}
                </span>
              </td>
              <td data-label="Output tok/s (system)">{formatNumber(s.outputTokensPerSecond, 1)}</td>
              <td className="cell-key">
                <StatusBadge status={s.status} />
              </td>
              <td className="text-xs" data-label="Findings">
                {s.findings.length === 0
                  ? "none"
                  : s.findings.map((f) => (
                      <span key={f.code} className="inline-block pr-2 sm:block sm:pr-0" title={f.message}>
                        {f.severity}: {f.code}
                      </span>
                    ))}
              </td>
              <td className="cell-wide text-sm" data-testid="review-note" data-label="Moderator's note">
                {s.reviewNote ?? "—"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
