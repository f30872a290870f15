import { afterEach, describe, expect, it } from "vitest";
import nextConfig from "@/next.config";
import { securityHeaders } from "@/lib/http/security-headers";

const saved = { AUTH_URL: process.env.AUTH_URL, PUBLIC_URL: process.env.PUBLIC_URL };

afterEach(() => {
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
});

function asMap(headers: { key: string; value: string }[]): Map<string, string> {
  return new Map(headers.map((h) => [h.key.toLowerCase(), h.value]));
}

describe("security baseline in next.config", () => {
  it("drops X-Powered-By and applies the security headers to every path", async () => {
    expect(nextConfig.poweredByHeader).toBe(false);
    const rules = await nextConfig.headers!();
    expect(rules[0]).toEqual({ source: "/:path*", headers: securityHeaders() });
    // The only other rules keep cached public pages out of shared caches (lib/cache/view-rewrites.ts).
    for (const rule of rules.slice(1)) expect(rule.headers).toEqual([{ key: "Cache-Control", value: "private, no-cache, no-store, max-age=0, must-revalidate" }]);
  });

  it("sends CSP with frame-ancestors 'none', nosniff, a referrer policy and frame denial", () => {
    delete process.env.AUTH_URL;
    delete process.env.PUBLIC_URL;
    const headers = asMap(securityHeaders());
    const csp = headers.get("content-security-policy")!;
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("form-action 'self'");
    expect(headers.get("x-content-type-options")).toBe("nosniff");
    expect(headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(headers.get("x-frame-options")).toBe("DENY");
    // HSTS only on https deployments (it would pin plain-http local installs otherwise).
    expect(headers.has("strict-transport-security")).toBe(false);
  });

  it("adds HSTS when the public URL is https", () => {
    process.env.AUTH_URL = "https://tokencost.example.com";
    expect(asMap(securityHeaders()).get("strict-transport-security")).toMatch(/^max-age=\d{8,}; includeSubDomains$/);
  });
});
