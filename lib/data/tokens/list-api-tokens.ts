import "server-only";

import { assertUser } from "@/lib/auth/roles";
import type { UserRef } from "@/lib/auth/types";
import { db } from "@/lib/db";

import { apiTokenSelect, type ApiTokenSummary } from "./api-token-summary";

/** The caller's own tokens, newest first (revoked ones included, so the history stays visible). */
export async function listApiTokens({ user }: { user: UserRef }): Promise<ApiTokenSummary[]> {
  assertUser(user);
  return db.apiToken.findMany({ where: { userId: user.id }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: apiTokenSelect, take: 200 });
}
