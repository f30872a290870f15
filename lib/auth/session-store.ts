import "server-only";

import { db } from "@/lib/db";
import { normalizeUserAgent } from "@/lib/format/device-label";

import { generateSecret, sha256Hex } from "./secrets";
import type { UserRef } from "./types";

// Sessions are JWTs (Auth.js "jwt" strategy) that also name a server-side Session row. The row makes
// a single session revocable at once (sign-out deletes it); User.sessionVersion, also in the JWT,
// ends all of them at once (sign out everywhere, password change). Both are checked on every request.
export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

/** A session unused this long ends, whatever its absolute lifetime (SESSION_IDLE_TIMEOUT_DAYS, default 7). */
export function sessionIdleTimeoutMs(env: NodeJS.ProcessEnv = process.env): number {
  const days = Number(env.SESSION_IDLE_TIMEOUT_DAYS);
  return (Number.isFinite(days) && days > 0 ? Math.min(days, 30) : 7) * 86_400_000;
}

// lastSeenAt is written at most this often: a write per request would cost more than it tells.
const LAST_SEEN_RESOLUTION_MS = 5 * 60 * 1000;

export interface SessionClaims {
  /** User id. */
  sub?: unknown;
  /** Session id: the raw value; the Session row stores its SHA-256. */
  sid?: unknown;
  /** User.sessionVersion when the session was opened. */
  sv?: unknown;
}

/** What a session or an API token resolves to: the identity, nothing more (display data is read separately). */
export const userRefSelect = { id: true, role: true } as const;

export async function loadUserRefById(userId: string): Promise<UserRef | null> {
  if (typeof userId !== "string" || userId.length === 0) return null;
  return db.user.findUnique({ where: { id: userId }, select: userRefSelect });
}

/**
 * Opens a Session row. `userAgent` is the signing-in browser's header, kept (cut to 512 characters) only
 * so its owner can tell their sessions apart; the client chooses it, so nothing checks it.
 */
export async function openSessionRecord(
  userId: string,
  { userAgent }: { userAgent?: string | null } = {},
): Promise<{ sid: string; sessionVersion: number; expires: Date }> {
  if (typeof userId !== "string" || userId.length === 0) throw new Error("openSessionRecord: missing user id");
  const now = new Date();
  const expires = new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000);
  const sid = generateSecret("");
  const user = await db.user.update({
    where: { id: userId },
    select: { sessionVersion: true },
    data: {
      sessions: { create: { sessionToken: sha256Hex(sid), expires, userAgent: normalizeUserAgent(userAgent) }, deleteMany: { expires: { lt: now } } },
    },
  });
  return { sid, sessionVersion: user.sessionVersion, expires };
}

/** The user behind valid claims, or null when the session was revoked, expired or never existed. */
export async function resolveSessionClaims(claims: SessionClaims | null | undefined): Promise<UserRef | null> {
  if (!claims) return null;
  const { sub, sid, sv } = claims;
  if (typeof sub !== "string" || sub.length === 0 || typeof sid !== "string" || sid.length === 0 || typeof sv !== "number") {
    return null;
  }
  const now = Date.now();
  const row = await db.user.findUnique({
    where: { id: sub },
    select: {
      ...userRefSelect,
      sessionVersion: true,
      sessions: {
        where: { sessionToken: sha256Hex(sid), expires: { gt: new Date(now) }, lastSeenAt: { gt: new Date(now - sessionIdleTimeoutMs()) } },
        select: { id: true, lastSeenAt: true },
        take: 1,
      },
    },
  });
  if (!row || row.sessionVersion !== sv || row.sessions.length === 0) return null;
  const [session] = row.sessions;
  if (now - session.lastSeenAt.getTime() > LAST_SEEN_RESOLUTION_MS) {
    await db.session.updateMany({ where: { id: session.id }, data: { lastSeenAt: new Date(now) } });
  }
  return { id: row.id, role: row.role };
}

export async function closeSessionRecord(sid: unknown): Promise<void> {
  if (typeof sid !== "string" || sid.length === 0) return;
  await db.session.deleteMany({ where: { sessionToken: sha256Hex(sid) } });
}
