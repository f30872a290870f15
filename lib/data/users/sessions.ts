import "server-only";

import { assertUser } from "@/lib/auth/roles";
import { sha256Hex } from "@/lib/auth/secrets";
import { SESSION_MAX_AGE_SECONDS } from "@/lib/auth/session-store";
import type { UserRef } from "@/lib/auth/types";
import { recordAudit } from "@/lib/data/audit/record-audit";
import { db, type Prisma } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { deviceLabel } from "@/lib/format/device-label";

export interface SessionSummary {
  id: string;
  /** "Chrome 142 on Linux", from the User-Agent at sign-in; "Unknown browser" when none was kept. */
  device: string;
  signedInAt: Date;
  /** Written at most every few minutes (session-store.ts), so it is "about" then. */
  lastSeenAt: Date;
  expires: Date;
  current: boolean;
}

/** The caller's open sessions; `currentSid` (from the request's own cookie) marks this one. */
export async function listMySessions({ user, currentSid }: { user: UserRef; currentSid?: string | null }): Promise<SessionSummary[]> {
  assertUser(user);
  const currentHash = currentSid ? sha256Hex(currentSid) : null;
  const rows = await db.session.findMany({
    where: { userId: user.id, expires: { gt: new Date() } },
    orderBy: { expires: "desc" },
    // The raw User-Agent stays here: callers get the label only, and only for their own sessions.
    select: { id: true, sessionToken: true, expires: true, lastSeenAt: true, userAgent: true },
    take: 100,
  });
  return rows.map((row) => ({
    id: row.id,
    device: deviceLabel(row.userAgent),
    // Sessions do not slide, so the start is the end minus the lifetime.
    signedInAt: new Date(row.expires.getTime() - SESSION_MAX_AGE_SECONDS * 1000),
    lastSeenAt: row.lastSeenAt,
    expires: row.expires,
    current: row.sessionToken === currentHash,
  }));
}

/** Ends one of the caller's sessions at once. */
export async function revokeSession({ user, sessionId }: { user: UserRef; sessionId: string }): Promise<void> {
  assertUser(user);
  if (typeof sessionId !== "string" || sessionId.length === 0) throw new NotFoundError("No such session");
  const { count } = await db.session.deleteMany({ where: { id: sessionId, userId: user.id } });
  if (count === 0) throw new NotFoundError("No such session");
}

/**
 * Ends every session of the caller, on every device, at once; with revokeTokens, every API token of
 * theirs too (offered because a stolen session may have minted one).
 */
export async function signOutEverywhere({ user, ip, revokeTokens = false }: { user: UserRef; ip?: string | null; revokeTokens?: boolean }): Promise<void> {
  assertUser(user);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } }, select: { id: true } });
    await tx.session.deleteMany({ where: { userId: user.id } });
    const tokensRevoked = revokeTokens ? await revokeAllApiTokens(tx, user.id) : 0;
    await recordAudit({ actorId: user.id, action: "auth.sessions.revoke_all", targetType: "user", targetId: user.id, ip, metadata: { tokensRevoked } }, tx);
  });
}

/** Revokes every live API token of a user; returns how many. */
export async function revokeAllApiTokens(tx: Prisma.TransactionClient, userId: string): Promise<number> {
  const { count } = await tx.apiToken.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date() } });
  return count;
}
