import "server-only";

import { assertUser, hasSiteRole } from "@/lib/auth/roles";
import type { UserRef } from "@/lib/auth/types";
import { recordAudit } from "@/lib/data/audit/record-audit";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { idSchema } from "@/lib/validation/team";

import { apiTokenSelect, type ApiTokenSummary } from "./api-token-summary";

/** Revokes one of the caller's tokens (site admins: anyone's). Effective immediately; idempotent. */
export async function revokeApiToken({ user, tokenId, ip }: { user: UserRef; tokenId: string; ip?: string | null }): Promise<ApiTokenSummary> {
  assertUser(user);
  const id = idSchema.safeParse(tokenId);
  if (!id.success) throw new NotFoundError("No such token");
  return db.$transaction(async (tx) => {
    const token = await tx.apiToken.findUnique({ where: { id: id.data }, select: { ...apiTokenSelect, userId: true } });
    // Someone else's token looks exactly like a missing one.
    if (!token || (token.userId !== user.id && !hasSiteRole(user, "admin"))) throw new NotFoundError("No such token");
    const { userId, ...summary } = token;
    if (summary.revokedAt) return summary;
    const revoked = await tx.apiToken.update({ where: { id: token.id }, data: { revokedAt: new Date() }, select: apiTokenSelect });
    await recordAudit(
      { actorId: user.id, action: "token.revoke", targetType: "api_token", targetId: token.id, ip, metadata: { name: token.name, ownerId: userId } },
      tx,
    );
    return revoked;
  });
}
