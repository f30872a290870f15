import type { Metadata } from "next";

import { DateTime } from "@/components/auth/date-time";
import { inputClass } from "@/components/ui/input";
import { Link } from "@/components/ui/link";
import { QueryErrors } from "@/components/ui/query-errors";
import { TableWrap } from "@/components/ui/table-wrap";
import { requirePageRole } from "@/lib/auth/page-guards";
import { auditLogQuerySchema, listAuditLog } from "@/lib/data/audit/list-audit-log";
import { AUDIT_ACTIONS } from "@/lib/data/audit/record-audit";
import { parseSearchParams } from "@/lib/http/page-helpers";

export const metadata: Metadata = { title: "Audit log" };

export default async function AuditLogPage({ searchParams }: PageProps<"/admin/audit">) {
  const user = await requirePageRole("admin", "/admin/audit");
  const { data, errors } = parseSearchParams(auditLogQuerySchema, await searchParams);
  const { entries, total, page, pageSize } = await listAuditLog({ user, query: data });
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const pageHref = (p: number) => `/admin/audit?${new URLSearchParams({ ...(data.action ? { action: data.action } : {}), page: String(p) })}`;
  return (
    <div className="space-y-4">
      <h1>Audit log</h1>
      <p className="max-w-prose text-sm text-slate-600 dark:text-slate-400">
        Sign-ins (successful and failed), role and membership changes, token creation and revocation, newest first.
      </p>
      <QueryErrors errors={errors} />
      <form className="flex items-end gap-3" role="search">
        <div className="flex flex-col gap-1 text-sm">
          <label htmlFor="audit-action" className="font-medium">
            Action
          </label>
          <select id="audit-action" name="action" defaultValue={data.action ?? ""} className={inputClass}>
            <option value="">all</option>
            {AUDIT_ACTIONS.map((action) => (
              <option key={action} value={action}>
                {action}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded border border-slate-300 px-3 py-1.5 text-sm dark:border-slate-600">
          Filter
        </button>
      </form>
      <TableWrap label="Audit log">
        <table data-testid="audit-table">
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Action</th>
              <th scope="col">Actor</th>
              <th scope="col">Target</th>
              <th scope="col">IP</th>
              <th scope="col">Details</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.id} data-testid="audit-row" data-action={entry.action}>
                <td>
                  <DateTime value={entry.createdAt} />
                </td>
                <td>
                  <code>{entry.action}</code>
                </td>
                <td>{entry.actorEmail ?? (entry.actorId ? entry.actorId : "—")}</td>
                <td>{entry.targetType ? `${entry.targetType} ${entry.targetId ?? ""}` : "—"}</td>
                <td>{entry.ip ?? "—"}</td>
                <td>
                  <code className="text-xs break-all">{JSON.stringify(entry.metadata)}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      {pages > 1 ? (
        <nav aria-label="Pages" className="flex gap-3 text-sm">
          {page > 1 ? <Link href={pageHref(page - 1)}>Previous</Link> : null}
          <span>
            Page {page} of {pages}
          </span>
          {page < pages ? <Link href={pageHref(page + 1)}>Next</Link> : null}
        </nav>
      ) : null}
    </div>
  );
}
