// A cookie the page's scripts can read, saying "this browser holds a session cookie" (that one is
// HttpOnly). The header's user menu asks /api/session/menu only when it is there: most visitors are
// anonymous, and their pages then make no request of their own once loaded; in Lighthouse's simulation
// of a phone that request had been the last link of the largest paint's chain (docs/operations.md).
// It grants nothing: the menu endpoint reads the session itself. proxy.ts keeps it in step with the
// session cookie on every page request; the sign-in and sign-out actions set and drop it at once, since
// the page they lead to is rendered in the same response.
export const SESSION_HINT_COOKIE = "tokencost-signed-in";

export const SESSION_HINT_COOKIE_OPTIONS = { path: "/", sameSite: "lax", httpOnly: false } as const;

/** Whether a Cookie header (or `document.cookie`) carries the hint. */
export function hasSessionHint(cookieHeader: string): boolean {
  return cookieHeader.split(";").some((part) => part.trim().startsWith(`${SESSION_HINT_COOKIE}=`));
}
