import { afterEach, describe, expect, it } from "vitest";

import { buildContentSecurityPolicy, createNonce, NON_PAGE_CSP, STATIC_CSP_ROUTES, usesStaticCsp } from "@/lib/http/csp";
import { nonPageSecurityHeaders, securityHeaders, shouldSendHsts } from "@/lib/http/security-headers";
import nextConfig from "@/next.config";

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

function directives(csp: string): Map<string, string> {
  return new Map(
    csp
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...values]) => [name, values.join(" ")]),
  );
}

describe("security baseline in next.config", () => {
  it("drops X-Powered-By and applies the static security headers to every path, a no-script policy to the API", async () => {
    expect(nextConfig.poweredByHeader).toBe(false);
    const rules = await nextConfig.headers!();
    expect(rules[0]).toEqual({ source: "/:path*", headers: securityHeaders() });
    expect(rules[1]).toEqual({ source: "/api/:path*", headers: nonPageSecurityHeaders() });
    // The only other rules keep cached public pages out of shared caches (lib/cache/view-rewrites.ts).
    for (const rule of rules.slice(2))
      expect(rule.headers).toEqual([{ key: "Cache-Control", value: "private, no-cache, no-store, max-age=0, must-revalidate" }]);
    const headers = asMap(securityHeaders());
    expect(headers.get("x-content-type-options")).toBe("nosniff");
    expect(headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(headers.get("x-frame-options")).toBe("DENY");
    // CSP (nonce) and HSTS are per request, in proxy.ts: nothing decided at build time.
    expect(headers.has("content-security-policy")).toBe(false);
    expect(headers.has("strict-transport-security")).toBe(false);
    expect(directives(NON_PAGE_CSP).get("default-src")).toBe("'none'");
  });
});

describe("page Content-Security-Policy", () => {
  it("gives scripts a nonce and 'strict-dynamic', never 'unsafe-inline', and keeps the framing and form rules", () => {
    const nonce = createNonce();
    const csp = directives(buildContentSecurityPolicy({ mode: { kind: "nonce", nonce } }));
    expect(csp.get("script-src")).toBe(`'self' 'nonce-${nonce}' 'strict-dynamic'`);
    expect(csp.get("frame-ancestors")).toBe("'none'");
    expect(csp.get("default-src")).toBe("'self'");
    expect(csp.get("object-src")).toBe("'none'");
    expect(csp.get("form-action")).toBe("'self'");
    expect(createNonce()).not.toBe(nonce);
    expect(() => buildContentSecurityPolicy({ mode: { kind: "nonce", nonce: "x' 'unsafe-inline" } })).toThrow();
  });

  it("cached anonymous views (stored HTML, no nonce possible) allow same-origin and inline scripts, nothing else", () => {
    const csp = directives(buildContentSecurityPolicy({ mode: { kind: "cached-view" } }));
    expect(csp.get("script-src")).toBe("'self' 'unsafe-inline'");
    expect(csp.get("frame-ancestors")).toBe("'none'");
    expect(csp.get("object-src")).toBe("'none'");
  });

  it("the static-compatible policy allows only listed hashes, still no 'unsafe-inline'; the route list opts in", () => {
    const hash = `sha256-${"A".repeat(43)}=`;
    const csp = directives(buildContentSecurityPolicy({ mode: { kind: "static", scriptHashes: [hash, "unsafe-inline"] } }));
    expect(csp.get("script-src")).toBe(`'self' '${hash}'`);
    expect(usesStaticCsp("/glossary", ["/glossary", "/hardware/*"])).toBe(true);
    expect(usesStaticCsp("/hardware/h100-sxm", ["/glossary", "/hardware/*"])).toBe(true);
    expect(usesStaticCsp("/hardwarex", ["/hardware/*"])).toBe(false);
    expect(STATIC_CSP_ROUTES).toEqual([]);
  });

  it("adds 'unsafe-eval' for next dev only", () => {
    expect(buildContentSecurityPolicy({ mode: { kind: "nonce", nonce: createNonce() }, dev: true })).toContain("'unsafe-eval'");
    expect(buildContentSecurityPolicy({ mode: { kind: "nonce", nonce: createNonce() } })).not.toContain("unsafe-eval");
  });
});

describe("HSTS, decided per request", () => {
  it("on https requests or an https public URL, read at run time", () => {
    delete process.env.AUTH_URL;
    delete process.env.PUBLIC_URL;
    expect(shouldSendHsts("http://127.0.0.1:3000/")).toBe(false);
    expect(shouldSendHsts("https://tokencost.example/")).toBe(true);
    process.env.PUBLIC_URL = "https://tokencost.example";
    expect(shouldSendHsts("http://10.0.0.5:3000/")).toBe(true);
  });
});
