import "server-only";

import { cookies } from "next/headers";

import { SESSION_COOKIE_NAMES } from "./session-cookie";
import { dropSessionHint } from "./session-hint-cookie";

/** Drops this browser's session cookie(s) after the server side has already ended the session. */
export async function clearSessionCookie(): Promise<void> {
  const jar = await cookies();
  for (const cookie of jar.getAll()) {
    if (SESSION_COOKIE_NAMES.some((name) => cookie.name === name || cookie.name.startsWith(`${name}.`))) jar.delete(cookie.name);
  }
  await dropSessionHint();
}
