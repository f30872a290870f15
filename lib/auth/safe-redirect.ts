// Where we send people after sign-in or any action that takes a "return to" value: only paths of
// this site. Anything that a browser could read as another origin is refused: "//evil.example",
// "/\evil.example" (browsers treat "\" as "/"), "https://evil.example", "javascript:...".
// The value we hand out is checked too, after URL normalisation: dot segments collapse, so
// "/.//evil.example" or "/%2e//evil.example" would otherwise come back as "//evil.example".
const PLACEHOLDER_ORIGIN = "http://safe-redirect.invalid";

export function isSafeRedirectPath(value: unknown): value is string {
  if (typeof value !== "string" || value.length === 0 || value.length > 2048) return false;
  if (!value.startsWith("/")) return false;
  if (value.startsWith("//") || value.includes("\\")) return false;
  // Control characters and whitespace can be dropped by URL parsers and turn "/\t/evil" into "//evil".
  if (/[\u0000-\u0020\u007f]/.test(value)) return false;
  try {
    const url = new URL(value, PLACEHOLDER_ORIGIN);
    return url.origin === PLACEHOLDER_ORIGIN;
  } catch {
    return false;
  }
}

/** The value when it is a same-site path, otherwise the fallback. */
export function safeRedirectPath(value: unknown, fallback = "/"): string {
  if (!isSafeRedirectPath(value)) return fallback;
  const url = new URL(value, PLACEHOLDER_ORIGIN);
  const normalised = `${url.pathname}${url.search}${url.hash}`;
  return isSafeRedirectPath(normalised) && new URL(normalised, PLACEHOLDER_ORIGIN).origin === PLACEHOLDER_ORIGIN ? normalised : fallback;
}

/**
 * For Auth.js's redirect callback, which hands over absolute URLs: a URL on our own origin is reduced
 * to its path, a bare path is checked, anything else falls back to the home page.
 */
export function safeRedirectUrl(url: string, baseUrl: string, fallbackPath = "/"): string {
  const base = new URL(baseUrl);
  let path: unknown = url;
  if (!url.startsWith("/")) {
    try {
      const parsed = new URL(url);
      path = parsed.origin === base.origin ? `${parsed.pathname}${parsed.search}${parsed.hash}` : undefined;
    } catch {
      path = undefined;
    }
  }
  return new URL(safeRedirectPath(path, fallbackPath), base.origin).toString();
}
