import "server-only";

import { decode, encode } from "next-auth/jwt";

import { resolveAuthSecret } from "./secret";
import { SESSION_COOKIE_NAMES } from "./session-cookie-names";
import { openSessionRecord, resolveSessionClaims, SESSION_MAX_AGE_SECONDS, type SessionClaims } from "./session-store";
import type { UserRef } from "./types";

export { SESSION_COOKIE_NAMES };
export type SessionCookieName = (typeof SESSION_COOKIE_NAMES)[number];

export function parseCookieHeader(header: string | null | undefined): Map<string, string> {
  const cookies = new Map<string, string>();
  if (!header) return cookies;
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq <= 0) continue;
    const name = part.slice(0, eq).trim();
    const raw = part.slice(eq + 1).trim();
    if (!cookies.has(name)) {
      try {
        cookies.set(name, decodeURIComponent(raw));
      } catch {
        cookies.set(name, raw);
      }
    }
  }
  return cookies;
}

/** The session JWT from a Cookie header, joining Auth.js's chunked cookies (name.0, name.1, ...). */
export function readSessionCookie(header: string | null | undefined): { name: SessionCookieName; value: string } | null {
  const cookies = parseCookieHeader(header);
  for (const name of SESSION_COOKIE_NAMES) {
    const whole = cookies.get(name);
    if (whole) return { name, value: whole };
    const chunks: string[] = [];
    for (let i = 0; cookies.has(`${name}.${i}`); i++) chunks.push(cookies.get(`${name}.${i}`)!);
    if (chunks.length > 0) return { name, value: chunks.join("") };
  }
  return null;
}

export async function decodeSessionCookie(header: string | null | undefined): Promise<SessionClaims | null> {
  const cookie = readSessionCookie(header);
  if (!cookie) return null;
  try {
    return (await decode({ token: cookie.value, secret: resolveAuthSecret(), salt: cookie.name })) as SessionClaims | null;
  } catch {
    // Tampered, expired, or encrypted with a rotated-out secret.
    return null;
  }
}

/** The signed-in user for a Cookie header: the one code path shared by pages, actions and the API. */
export async function resolveSessionCookie(header: string | null | undefined): Promise<UserRef | null> {
  return resolveSessionClaims(await decodeSessionCookie(header));
}

/**
 * Opens a session for a user without a password round-trip and returns the cookie Auth.js would
 * set. For tests and fixtures that need a signed-in browser or request; the app signs people in
 * through Auth.js.
 */
export async function issueSessionCookie(
  userId: string,
  name: SessionCookieName = "authjs.session-token",
  { userAgent }: { userAgent?: string | null } = {},
): Promise<{ name: SessionCookieName; value: string; expires: Date }> {
  const { sid, sessionVersion, expires } = await openSessionRecord(userId, { userAgent });
  const value = await encode({
    token: { sub: userId, sid, sv: sessionVersion },
    secret: resolveAuthSecret(),
    salt: name,
    maxAge: SESSION_MAX_AGE_SECONDS,
  });
  return { name, value, expires };
}
