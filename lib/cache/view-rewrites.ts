import type { NextConfig } from "next";

import { SESSION_COOKIE_NAMES } from "../auth/session-cookie-names";

type Rewrite = { source: string; destination: string; missing?: { type: "query" | "cookie"; key: string }[] };

// Which requests get a cached anonymous view (app/static-views): the default view of a page, i.e.
// none of its filters in the query string, and for the leaderboard no session cookie (a signed-in
// visitor may have a default scenario). Everything else renders dynamically as before.
const noQuery = (keys: string[]) => keys.map((key) => ({ type: "query" as const, key }));
// Auth.js splits a large cookie into name.0, name.1...
const noSession = SESSION_COOKIE_NAMES.flatMap((name) => [name, `${name}.0`]).map((key) => ({ type: "cookie" as const, key }));
// The query keys of leaderboardQuerySchema and acceleratorListQuerySchema, spelled out because
// next.config.ts cannot load the app's modules (path aliases); tests/unit/view-rewrites.test.ts keeps
// them in step with the schemas.
export const LEADERBOARD_QUERY_KEYS = [
  "model",
  "modelType",
  "precision",
  "deployment",
  "pricingBasis",
  "vendor",
  "interactivity",
  "ttftMs",
  "tokenBasis",
  "utilization",
  "electricityUsdPerKwh",
  "pue",
  "amortizationYears",
  "annualOpexRate",
  "cloudDiscount",
  "allowSpeculativeDecoding",
  "allowDisaggregated",
  "allowKvCacheOffload",
  "inputTokens",
  "outputTokens",
  "evidence",
  "workload",
  "servingRegime",
  "asOf",
  "scenario",
  "revision",
  "format",
  "limit",
];
export const HARDWARE_LIST_QUERY_KEYS = ["vendor", "family"];
export const HARDWARE_PAGE_QUERY_KEYS = ["page", "model"];

// Pages Next prerenders as they are (no session, no query, no data version): served from the page cache
// at their own path. A static page left out of this list gets a nonce from proxy.ts and is rendered on
// every request (lib/cache/view-cache-handler.mjs never stores a page with a nonce).
export const STATIC_PAGES = ["/glossary", "/api-docs"];

export function cachedViewRewrites(): Awaited<ReturnType<NonNullable<NextConfig["rewrites"]>>> {
  const beforeFiles: Rewrite[] = [
    { source: "/", destination: "/static-views/home" },
    { source: "/hardware", destination: "/static-views/hardware", missing: noQuery(HARDWARE_LIST_QUERY_KEYS) },
    { source: "/hardware/:slug", destination: "/static-views/hardware/:slug", missing: noQuery(HARDWARE_PAGE_QUERY_KEYS) },
    { source: "/leaderboard", destination: "/static-views/leaderboard", missing: [...noQuery(LEADERBOARD_QUERY_KEYS), ...noSession] },
    { source: "/leaderboard/:type", destination: "/static-views/leaderboard/:type", missing: [...noQuery(LEADERBOARD_QUERY_KEYS), ...noSession] },
  ];
  return { beforeFiles, afterFiles: [], fallback: [] };
}

/**
 * The page cache lives in the app, keyed by data version; Next would mark cached pages
 * `s-maxage=31536000`, letting a CDN or shared proxy serve a ranking long after it changed.
 * Browsers and proxies revalidate every time instead, as for the dynamic pages.
 */
export function cachedViewHeaders(): { source: string; headers: { key: string; value: string }[] }[] {
  const sources = [...STATIC_PAGES, ...(cachedViewRewrites() as { beforeFiles: Rewrite[] }).beforeFiles.map((r) => r.source)];
  return sources.map((source) => ({ source, headers: [{ key: "Cache-Control", value: "private, no-cache, no-store, max-age=0, must-revalidate" }] }));
}

function matchesSource(source: string, pathname: string): boolean {
  const want = source.split("/");
  const got = pathname.split("/");
  return want.length === got.length && want.every((part, i) => (part.startsWith(":") ? got[i] !== "" : part === got[i]));
}

/**
 * Whether a request is answered from the page cache (the same rules as the rewrites above), for
 * code that must treat those responses differently, e.g. a per-request CSP nonce cannot be used
 * in a cached page. The STATIC_PAGES are cached too, but need no rewrite.
 */
export function servesCachedView(request: { pathname: string; queryKeys: Iterable<string>; cookieNames: Iterable<string> }): boolean {
  if (STATIC_PAGES.includes(request.pathname)) return true;
  const query = new Set(request.queryKeys);
  const cookies = new Set(request.cookieNames);
  const { beforeFiles } = cachedViewRewrites() as { beforeFiles: Rewrite[] };
  return beforeFiles.some(
    (rule) => matchesSource(rule.source, request.pathname) && (rule.missing ?? []).every((m) => !(m.type === "query" ? query.has(m.key) : cookies.has(m.key))),
  );
}
