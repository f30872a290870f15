import "server-only";

import { cookies } from "next/headers";

import { writeSessionHint } from "./session-hint";

/** After a sign-in in a server action: the page it redirects to comes back in the same response. */
export async function setSessionHint(): Promise<void> {
  writeSessionHint(await cookies(), true);
}

/** After a sign-out, with the session cookie. */
export async function dropSessionHint(): Promise<void> {
  writeSessionHint(await cookies(), false);
}
