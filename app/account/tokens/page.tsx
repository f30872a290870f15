import type { Metadata } from "next";

import { CreateTokenForm } from "@/components/auth/create-token-form";
import { DateTime } from "@/components/auth/date-time";
import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton } from "@/components/ui/submit-button";
import { TableWrap } from "@/components/ui/table-wrap";
import { requirePageUser } from "@/lib/auth/page-guards";
import { scopesAllowedForRole } from "@/lib/auth/roles";
import { apiTokenStatus } from "@/lib/data/tokens/api-token-summary";
import { listApiTokens } from "@/lib/data/tokens/list-api-tokens";
import { API_SCOPE_DESCRIPTIONS } from "@/lib/validation/token";

import { createTokenAction, revokeTokenAction } from "../actions";

export const metadata: Metadata = { title: "API tokens" };

export default async function TokensPage() {
  const user = await requirePageUser("/account/tokens");
  const tokens = await listApiTokens({ user });
  const scopes = scopesAllowedForRole(user.role).map((scope) => ({ scope, description: API_SCOPE_DESCRIPTIONS[scope] }));
  return (
    <>
      <h1>API tokens</h1>
      <p className="max-w-prose text-sm text-slate-600 dark:text-slate-400">
        Programs use a token to call <code>/api/v1</code> as you, limited to the scopes you pick. A token is shown once when created and stored only as a hash;
        revoking it takes effect immediately.
      </p>
      <CreateTokenForm action={createTokenAction} scopes={scopes} />
      <section className="space-y-2">
        <h2>Your tokens</h2>
        {tokens.length === 0 ? (
          <p className="text-sm" data-testid="no-tokens">
            No tokens yet.
          </p>
        ) : (
          <TableWrap label="API tokens">
            <table data-testid="tokens-table">
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Token</th>
                  <th scope="col">Scopes</th>
                  <th scope="col">Created</th>
                  <th scope="col">Last used</th>
                  <th scope="col">Expires</th>
                  <th scope="col">Status</th>
                  <th scope="col">
                    <span className="sr-only">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {tokens.map((token) => {
                  const status = apiTokenStatus(token);
                  return (
                    <tr key={token.id} data-testid="token-row" data-token-name={token.name} data-status={status}>
                      <td>{token.name}</td>
                      <td>
                        <code>{token.prefix}…</code>
                      </td>
                      <td>{token.scopes.join(", ") || "none"}</td>
                      <td>
                        <DateTime value={token.createdAt} />
                      </td>
                      <td>
                        <DateTime value={token.lastUsedAt} empty="never" />
                      </td>
                      <td>
                        <DateTime value={token.expiresAt} empty="never" />
                      </td>
                      <td data-testid="token-status">{status}</td>
                      <td>
                        {status === "active" ? (
                          <ActionForm action={revokeTokenAction}>
                            <input type="hidden" name="tokenId" value={token.id} />
                            <SubmitButton variant="danger" testId="revoke-token">
                              Revoke
                            </SubmitButton>
                          </ActionForm>
                        ) : null}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableWrap>
        )}
      </section>
    </>
  );
}
