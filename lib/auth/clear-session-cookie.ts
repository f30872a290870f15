import "server-only";

import { cookies } from "next/headers";

import { isSessionCookieName } from "./session-cookie-names";
import { dropSessionHint } from "./session-hint-cookie";

/** Drops this browser's session cookie(s) after the server side has already ended the session. */
export async function clearSessionCookie(): Promise<void> {
  const jar = await cookies();
  for (const cookie of jar.getAll()) {
    if (isSessionCookieName(cookie.name)) jar.delete(cookie.name);
  }
  await dropSessionHint();
}
