// A cookie the page's scripts can read, saying "this browser holds a session cookie" (that one is
// HttpOnly). The header's user menu asks /api/session/menu only when it is there: most visitors are
// anonymous, and their pages then make no request of their own once loaded; in Lighthouse's simulation
// of a phone that request had been the last link of the largest paint's chain (docs/operations.md).
// It grants nothing: the menu endpoint reads the session itself. proxy.ts keeps it in step with the
// session cookie on every page request; the sign-in and sign-out actions set and drop it at once, since
// the page they lead to is rendered in the same response.
export const SESSION_HINT_COOKIE = "tokencost-signed-in";

const SESSION_HINT_COOKIE_OPTIONS = { path: "/", sameSite: "lax", httpOnly: false } as const;

/** The part of Next's response cookie jars (NextResponse#cookies, cookies() in an action) this writes. */
type CookieWriter = {
  set(name: string, value: string, options: typeof SESSION_HINT_COOKIE_OPTIONS): unknown;
  delete(options: { name: string; path: string }): unknown;
};

/** Sets the hint on a response, or expires it. */
export function writeSessionHint(jar: CookieWriter, signedIn: boolean): void {
  if (signedIn) jar.set(SESSION_HINT_COOKIE, "1", SESSION_HINT_COOKIE_OPTIONS);
  else jar.delete({ name: SESSION_HINT_COOKIE, path: SESSION_HINT_COOKIE_OPTIONS.path });
}

/** Whether a Cookie header (or `document.cookie`) carries the hint. */
export function hasSessionHint(cookieHeader: string): boolean {
  return cookieHeader.split(";").some((part) => part.trim().startsWith(`${SESSION_HINT_COOKIE}=`));
}
