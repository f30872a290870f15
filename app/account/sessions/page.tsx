import type { Metadata } from "next";
import { headers } from "next/headers";

import { DateTime } from "@/components/auth/date-time";
import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton } from "@/components/ui/submit-button";
import { TableWrap } from "@/components/ui/table-wrap";
import { requirePageUser } from "@/lib/auth/page-guards";
import { decodeSessionCookie } from "@/lib/auth/session-cookie";
import { listMySessions } from "@/lib/data/users/sessions";

import { revokeSessionAction, signOutEverywhereAction } from "../actions";

export const metadata: Metadata = { title: "Sessions" };

export default async function SessionsPage() {
  const user = await requirePageUser("/account/sessions");
  const claims = await decodeSessionCookie((await headers()).get("cookie"));
  const sessions = await listMySessions({ user, currentSid: typeof claims?.sid === "string" ? claims.sid : null });
  return (
    <>
      <h1>Sessions</h1>
      <p className="max-w-prose text-sm text-slate-600 dark:text-slate-400">
        Each browser you signed in with has a session that lasts 30 days. Signing one out ends it at once on the server, not just in that browser. The browser
        is named as it described itself when signing in; last activity is recorded to within a few minutes.
      </p>
      {/* One card per session on a phone (stack-on-phone, app/globals.css): the device and its Sign out
          button on the first line, the times below, so nothing needs sideways scrolling. */}
      <TableWrap label="Sessions">
        <table data-testid="sessions-table" className="stack-on-phone">
          <thead>
            <tr>
              <th scope="col">Device</th>
              <th scope="col">Last active</th>
              <th scope="col">Signed in</th>
              <th scope="col">Expires</th>
              <th scope="col">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {sessions.map((session) => (
              <tr key={session.id} data-testid="session-row" data-current={session.current ? "true" : undefined}>
                <td className="cell-main">
                  <span data-testid="session-device">{session.device}</span> {session.current ? <strong>(this browser)</strong> : null}
                </td>
                <td className="whitespace-nowrap" data-label="Last active">
                  about <DateTime value={session.lastSeenAt} />
                </td>
                <td className="whitespace-nowrap" data-label="Signed in">
                  <DateTime value={session.signedInAt} />
                </td>
                <td className="whitespace-nowrap" data-label="Expires">
                  <DateTime value={session.expires} />
                </td>
                <td className="cell-key">
                  {session.current ? null : (
                    <ActionForm action={revokeSessionAction}>
                      <input type="hidden" name="sessionId" value={session.id} />
                      <SubmitButton variant="secondary" testId="session-signout">
                        Sign out <span className="sr-only">{session.device}</span>
                      </SubmitButton>
                    </ActionForm>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      <section className="space-y-2">
        <h2>Sign out everywhere</h2>
        <p className="max-w-prose text-sm">
          Ends every session of your account, on every device, including this one. API tokens keep working unless you revoke them too.
        </p>
        <ActionForm action={signOutEverywhereAction} className="space-y-2">
          <label className="flex items-start gap-2 text-sm">
            <input type="checkbox" name="revokeTokens" className="mt-1" data-testid="signout-everywhere-revoke-tokens" />
            <span>Also revoke all my API tokens</span>
          </label>
          <SubmitButton variant="danger" testId="signout-everywhere">
            Sign out everywhere
          </SubmitButton>
        </ActionForm>
      </section>
    </>
  );
}
