// The Content-Security-Policy of every page, built in one place (proxy.ts sends it per request).
//
// Scripts: by default a fresh nonce per request, `'strict-dynamic'`, and never 'unsafe-inline':
// Next reads the nonce from the request's CSP header and puts it on its own inline and bundle
// scripts, so an injected <script> without it does not run. A nonce only works on a page rendered for
// that request, so it rules out serving a prerendered (cached) page.
//
// Pages served from the page cache get the `cached-view` policy instead; which pages those are is
// decided in one place, lib/cache/view-rewrites.ts (servesCachedView). STATIC_CSP_ROUTES is the switch
// for a prerendered page that can name its inline scripts: a policy without a nonce that allows only
// same-origin script files plus the SHA-256 hashes given to buildContentSecurityPolicy (computed from the
// build output), still no 'unsafe-inline'. No page uses it today. See docs/security.md.

/** Path patterns (exact path, or a prefix ending in "/*") served with the static-compatible policy. */
export const STATIC_CSP_ROUTES: readonly string[] = [];

export type CspMode =
  | { kind: "nonce"; nonce: string }
  | { kind: "static"; scriptHashes: readonly string[] }
  // A page served from the page cache (lib/cache/view-rewrites.ts servesCachedView): its HTML was
  // rendered for an earlier request, so it carries no nonce of this one, and its inline RSC payload
  // scripts change with every data version, so no fixed hash list can name them. See docs/security.md.
  | { kind: "cached-view" };

export interface CspOptions {
  mode: CspMode;
  /** next dev needs eval for React's debugging helpers; production never gets it. */
  dev?: boolean;
}

const SHA256_SOURCE = /^sha256-[A-Za-z0-9+/]{43}=$/;
const NONCE = /^[A-Za-z0-9+/_-]{16,}={0,2}$/;

export function buildContentSecurityPolicy({ mode, dev = false }: CspOptions): string {
  let scripts: string;
  if (mode.kind === "nonce") {
    if (!NONCE.test(mode.nonce)) throw new Error("CSP nonce must be at least 16 base64 characters");
    scripts = `'self' 'nonce-${mode.nonce}' 'strict-dynamic'`;
  } else if (mode.kind === "cached-view") {
    scripts = "'self' 'unsafe-inline'";
  } else {
    const hashes = mode.scriptHashes.filter((h) => SHA256_SOURCE.test(h)).map((h) => `'${h}'`);
    scripts = ["'self'", ...hashes].join(" ");
  }
  if (dev) scripts += " 'unsafe-eval'";
  return [
    "default-src 'self'",
    `script-src ${scripts}`,
    // Style attributes (charts, next/font) need inline styles; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ].join("; ");
}

/** Policy for responses that are not pages (API JSON, files): nothing in them may run or be framed. */
export const NON_PAGE_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

export function usesStaticCsp(pathname: string, routes: readonly string[] = STATIC_CSP_ROUTES): boolean {
  return routes.some((route) => (route.endsWith("/*") ? pathname === route.slice(0, -2) || pathname.startsWith(route.slice(0, -1)) : pathname === route));
}

/** A fresh nonce: 128 random bits, base64. */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
