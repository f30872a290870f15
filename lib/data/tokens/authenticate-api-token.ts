import "server-only";

import { scopesAllowedForRole } from "@/lib/auth/roles";
import { API_TOKEN_PATTERN, sha256Hex } from "@/lib/auth/secrets";
import { userRefSelect } from "@/lib/auth/session-store";
import type { ApiScope, UserRef } from "@/lib/auth/types";
import { db } from "@/lib/db";
import { API_SCOPES } from "@/lib/validation/token";

// lastUsedAt is a hint for people cleaning up old tokens; a write per request would be wasteful.
const LAST_USED_RESOLUTION_MS = 60_000;

export interface ApiTokenIdentity {
  tokenId: string;
  user: UserRef;
  /** The token's scopes that the owner's current site role still allows. */
  scopes: ApiScope[];
}

/** The identity behind a raw bearer token, or null when unknown, revoked or expired. */
export async function authenticateApiToken(rawToken: string): Promise<ApiTokenIdentity | null> {
  if (typeof rawToken !== "string" || !API_TOKEN_PATTERN.test(rawToken)) return null;
  const row = await db.apiToken.findUnique({
    where: { tokenHash: sha256Hex(rawToken) },
    select: { id: true, scopes: true, revokedAt: true, expiresAt: true, lastUsedAt: true, user: { select: userRefSelect } },
  });
  const now = new Date();
  if (!row || row.revokedAt || (row.expiresAt && row.expiresAt <= now)) return null;
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: now }, select: { id: true } });
  }
  const { user } = row;
  const allowed = new Set(scopesAllowedForRole(user.role));
  const scopes = API_SCOPES.filter((scope) => row.scopes.includes(scope) && allowed.has(scope));
  return { tokenId: row.id, user, scopes };
}
