import type { Metadata } from "next";

import { DateTime } from "@/components/auth/date-time";
import { ActionForm } from "@/components/ui/action-form";
import { inputClass } from "@/components/ui/input";
import { Link } from "@/components/ui/link";
import { QueryErrors } from "@/components/ui/query-errors";
import { SubmitButton } from "@/components/ui/submit-button";
import { TableWrap } from "@/components/ui/table-wrap";
import { requirePageRole } from "@/lib/auth/page-guards";
import { listUsers, userListQuerySchema } from "@/lib/data/users/list-users";
import { parseSearchParams } from "@/lib/http/page-helpers";
import { SITE_ROLES } from "@/lib/validation/auth";

import { setUserRoleAction } from "../actions";

export const metadata: Metadata = { title: "Users" };

export default async function AdminUsersPage({ searchParams }: PageProps<"/admin/users">) {
  const user = await requirePageRole("admin", "/admin/users");
  const { data, errors } = parseSearchParams(userListQuerySchema, await searchParams);
  const { users, total, page, pageSize } = await listUsers({ user, query: data });
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const pageHref = (p: number) =>
    `/admin/users?${new URLSearchParams({ ...(data.q ? { q: data.q } : {}), ...(data.role ? { role: data.role } : {}), page: String(p) })}`;
  return (
    <div className="space-y-4">
      <h1>Users</h1>
      <QueryErrors errors={errors} />
      <form className="flex flex-wrap items-end gap-3" role="search">
        <div className="flex flex-col gap-1 text-sm">
          <label htmlFor="users-q" className="font-medium">
            Email or name
          </label>
          <input id="users-q" name="q" defaultValue={data.q ?? ""} className={inputClass} />
        </div>
        <div className="flex flex-col gap-1 text-sm">
          <label htmlFor="users-role" className="font-medium">
            Role
          </label>
          <select id="users-role" name="role" defaultValue={data.role ?? ""} className={inputClass}>
            <option value="">any</option>
            {SITE_ROLES.map((role) => (
              <option key={role} value={role}>
                {role}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded border border-slate-300 px-3 py-1.5 text-sm dark:border-slate-600">
          Filter
        </button>
      </form>
      <p className="text-sm">
        {total} user{total === 1 ? "" : "s"}
      </p>
      <TableWrap label="Users">
        <table data-testid="users-table">
          <thead>
            <tr>
              <th scope="col">Email</th>
              <th scope="col">Name</th>
              <th scope="col">Joined</th>
              <th scope="col">Teams</th>
              <th scope="col">Active tokens</th>
              <th scope="col">Site role</th>
            </tr>
          </thead>
          <tbody>
            {users.map((row) => (
              <tr key={row.id} data-testid="user-row" data-email={row.email}>
                <td>{row.email}</td>
                <td>{row.name ?? "—"}</td>
                <td>
                  <DateTime value={row.createdAt} />
                </td>
                <td>{row.teamCount}</td>
                <td>{row.activeTokenCount}</td>
                <td>
                  <ActionForm action={setUserRoleAction} className="flex items-center gap-1" testId="user-role-form">
                    <input type="hidden" name="userId" value={row.id} />
                    <label htmlFor={`site-role-${row.id}`} className="sr-only">
                      Site role of {row.email}
                    </label>
                    <select id={`site-role-${row.id}`} name="role" defaultValue={row.role} className={`${inputClass} w-auto`} data-testid="user-role-select">
                      {SITE_ROLES.map((role) => (
                        <option key={role} value={role}>
                          {role}
                        </option>
                      ))}
                    </select>
                    <SubmitButton variant="secondary" testId="user-role-submit">
                      Save
                    </SubmitButton>
                  </ActionForm>
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
