// Auth.js's cookie names; the __Secure- one is used on https deployments. The cookie name is also
// the salt of the JWT encryption key. Free of server-only imports: next.config.ts reads it too.
export const SESSION_COOKIE_NAMES = ["__Secure-authjs.session-token", "authjs.session-token"] as const;

/** A session cookie or one of its chunks (Auth.js splits a large cookie into name.0, name.1...). */
export function isSessionCookieName(cookieName: string): boolean {
  return SESSION_COOKIE_NAMES.some((name) => cookieName === name || cookieName.startsWith(`${name}.`));
}
