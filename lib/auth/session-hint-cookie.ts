import "server-only";

import { cookies } from "next/headers";

import { SESSION_HINT_COOKIE, SESSION_HINT_COOKIE_OPTIONS } from "./session-hint";

/** After a sign-in in a server action: the page it redirects to comes back in the same response. */
export async function setSessionHint(): Promise<void> {
  (await cookies()).set(SESSION_HINT_COOKIE, "1", SESSION_HINT_COOKIE_OPTIONS);
}

/** After a sign-out, with the session cookie. */
export async function dropSessionHint(): Promise<void> {
  (await cookies()).delete({ name: SESSION_HINT_COOKIE, path: SESSION_HINT_COOKIE_OPTIONS.path });
}
