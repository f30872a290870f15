import { NextResponse, type NextRequest } from "next/server";

import { isSameOriginRequest } from "@/lib/auth/same-origin";
import { isSessionCookieName } from "@/lib/auth/session-cookie-names";
import { SESSION_HINT_COOKIE, writeSessionHint } from "@/lib/auth/session-hint";
import { servesCachedView } from "@/lib/cache/view-rewrites";
import { isDatabaseAvailable } from "@/lib/db/availability";
import { buildContentSecurityPolicy, createNonce, usesStaticCsp } from "@/lib/http/csp";
import { HSTS_VALUE, shouldSendHsts } from "@/lib/http/security-headers";

// Five jobs; authorization is checked by the pages and lib/data on every request.
// 1. Every page gets its Content-Security-Policy (a fresh script nonce per request, lib/http/csp.ts)
//    and, on https, HSTS, both decided now rather than at build time.
// 2. While PostgreSQL is unreachable, pages answer 503 + Retry-After instead of Next's 500 error page.
// 3. A server action call carrying the session cookie must come from our own origin.
// 4. A visitor without any session cookie who opens a private page goes straight to the sign-in page.
// 5. Page loads keep the scripts' session hint (lib/auth/session-hint.ts) in step with the session cookie.
const PRIVATE_PREFIXES = ["/account", "/teams", "/admin", "/invite"];

function hasSessionCookie(request: NextRequest): boolean {
  return request.cookies.getAll().some(({ name }) => isSessionCookieName(name));
}

function isPrivate(pathname: string): boolean {
  return PRIVATE_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}

const UNAVAILABLE_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>TokenCost is briefly unavailable</title></head><body style="font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem"><h1>TokenCost is briefly unavailable</h1><p>Our database is not answering right now. The page will work again in a few seconds: please reload.</p></body></html>`;

/**
 * The page's policy: the cached-view one for pages answered from the page cache (no nonce can be in
 * stored HTML), the static-compatible one for routes in STATIC_CSP_ROUTES, else a per-request nonce.
 */
function pagePolicy(request: NextRequest, cached: boolean): string {
  const dev = process.env.NODE_ENV === "development";
  if (cached) return buildContentSecurityPolicy({ mode: { kind: "cached-view" }, dev });
  return usesStaticCsp(request.nextUrl.pathname)
    ? buildContentSecurityPolicy({ mode: { kind: "static", scriptHashes: [] }, dev })
    : buildContentSecurityPolicy({ mode: { kind: "nonce", nonce: createNonce() }, dev });
}

/** Next takes the nonce from the request's CSP header and puts it on the scripts it renders. */
function headersWithPolicy(request: NextRequest, csp: string): Headers {
  const headers = new Headers(request.headers);
  headers.set("Content-Security-Policy", csp);
  return headers;
}

function withPageHeaders(response: NextResponse, request: NextRequest, csp: string): NextResponse {
  response.headers.set("Content-Security-Policy", csp);
  if (shouldSendHsts(request.url)) response.headers.set("Strict-Transport-Security", HSTS_VALUE);
  // Page loads only: a server action's own response sets or drops the hint itself.
  if (request.method === "GET" || request.method === "HEAD") {
    const session = hasSessionCookie(request);
    if (session !== request.cookies.has(SESSION_HINT_COOKIE)) writeSessionHint(response.cookies, session);
  }
  return response;
}

export async function proxy(request: NextRequest) {
  const { pathname, search, searchParams } = request.nextUrl;
  const cached = servesCachedView({ pathname, queryKeys: searchParams.keys(), cookieNames: request.cookies.getAll().map((c) => c.name) });
  const csp = pagePolicy(request, cached);
  if (!(await isDatabaseAvailable())) {
    const unavailable = new NextResponse(UNAVAILABLE_HTML, {
      status: 503,
      headers: { "Content-Type": "text/html; charset=utf-8", "Retry-After": "5", "Cache-Control": "no-store" },
    });
    return withPageHeaders(unavailable, request, csp);
  }
  // Server actions run with the session cookie; Next lets a POST without Origin through (with a
  // warning), so a cookie-carrying action call must prove it comes from our own pages.
  if (request.method === "POST" && request.headers.has("next-action") && hasSessionCookie(request) && !isSameOriginRequest(request)) {
    return withPageHeaders(
      new NextResponse("Cross-site request refused", { status: 403, headers: { "Content-Type": "text/plain; charset=utf-8" } }),
      request,
      csp,
    );
  }
  if (isPrivate(pathname) && (request.method === "GET" || request.method === "HEAD") && !hasSessionCookie(request)) {
    const signIn = new URL("/signin", request.url);
    signIn.searchParams.set("callbackUrl", `${pathname}${search}`);
    return withPageHeaders(NextResponse.redirect(signIn), request, csp);
  }
  // The cached views' own routes are reached through the rewrites only. Asked for directly, they would
  // get a nonce policy that their stored, nonce-free HTML cannot meet (and be a second address of a page).
  if (pathname === "/static-views" || pathname.startsWith("/static-views/")) {
    return withPageHeaders(NextResponse.rewrite(new URL("/_not-found", request.url), { request: { headers: headersWithPolicy(request, csp) } }), request, csp);
  }
  // A cached view is stored HTML without a nonce: no nonce to make and no request headers to copy and
  // rewrite, on the requests most visitors make (measured ~10% more req/s on /glossary and /leaderboard,
  // one core).
  if (cached) return withPageHeaders(NextResponse.next(), request, csp);
  return withPageHeaders(NextResponse.next({ request: { headers: headersWithPolicy(request, csp) } }), request, csp);
}

export const config = {
  // Pages only: API routes answer 503 themselves (lib/http/handler.ts); static files need no database.
  matcher: ["/((?!api/|_next/|favicon.ico|.*\\.(?:png|svg|ico|jpg|webp|woff2?|css|js|map|txt)$).*)"],
};
