import { describe, expect, it } from "vitest";

import { clientIpFromHeaders, proxyTrustFromEnv } from "@/lib/auth/client-ip";
import { assertSameOrigin, expectedOrigins, isSameOriginRequest } from "@/lib/auth/same-origin";

const URL_ = "http://127.0.0.1:3210/api/v1/scenarios";

function req(method: string, headers: Record<string, string>): Request {
  return new Request(URL_, { method, headers: { host: "127.0.0.1:3210", ...headers } });
}

describe("assertSameOrigin", () => {
  it("lets safe methods through whatever their origin", () => {
    expect(isSameOriginRequest(req("GET", { origin: "https://evil.example", "sec-fetch-site": "cross-site" }))).toBe(true);
    expect(isSameOriginRequest(req("HEAD", {}))).toBe(true);
  });

  it("accepts our own origin", () => {
    expect(isSameOriginRequest(req("POST", { origin: "http://127.0.0.1:3210" }))).toBe(true);
    expect(isSameOriginRequest(req("PATCH", { origin: "http://127.0.0.1:3210", "sec-fetch-site": "same-origin" }))).toBe(true);
    expect(isSameOriginRequest(req("DELETE", { "sec-fetch-site": "same-origin" }))).toBe(true);
  });

  it.each([
    [{ origin: "https://evil.example" }],
    [{ origin: "http://127.0.0.1:3211" }],
    [{ origin: "null" }],
    [{ "sec-fetch-site": "cross-site" }],
    [{ "sec-fetch-site": "same-site" }],
    [{ origin: "http://127.0.0.1:3210", "sec-fetch-site": "cross-site" }],
    [{}],
    [{ "sec-fetch-site": "none" }],
  ])("refuses a POST with %j", (headers) => {
    expect(() => assertSameOrigin(req("POST", headers))).toThrow(expect.objectContaining({ status: 403 }));
  });

  it("with allowMissingOrigin (Auth.js endpoints with their own CSRF token) accepts header-less clients only", () => {
    expect(isSameOriginRequest(req("POST", {}), { allowMissingOrigin: true })).toBe(true);
    expect(isSameOriginRequest(req("POST", { origin: "https://evil.example" }), { allowMissingOrigin: true })).toBe(false);
    expect(isSameOriginRequest(req("POST", { "sec-fetch-site": "cross-site" }), { allowMissingOrigin: true })).toBe(false);
  });
});

describe("expectedOrigins", () => {
  const env = (vars: Record<string, string>) => ({ NODE_ENV: "production", ...vars }) as NodeJS.ProcessEnv;
  const forwarded = req("POST", { "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" });

  it("ignores X-Forwarded-Host and -Proto without a trusted proxy: any client can send them", () => {
    expect([...expectedOrigins(forwarded, env({}))]).toEqual(["http://127.0.0.1:3210"]);
  });

  it("takes the proxy's host and scheme when TRUSTED_PROXIES says a proxy sets them", () => {
    const proxied = req("POST", { "x-forwarded-host": "tokencost.example, 10.0.0.2", "x-forwarded-proto": "https,http" });
    expect(expectedOrigins(proxied, env({ TRUSTED_PROXIES: "1" })).has("https://tokencost.example")).toBe(true);
  });

  it("always accepts the configured public URL, and ignores a malformed one", () => {
    expect(expectedOrigins(forwarded, env({ PUBLIC_URL: "https://tokencost.example/path" })).has("https://tokencost.example")).toBe(true);
    expect([...expectedOrigins(forwarded, env({ AUTH_URL: "not a url" }))]).toEqual(["http://127.0.0.1:3210"]);
  });
});

describe("clientIpFromHeaders", () => {
  // Issue 12, vulnerability 2: without a configured proxy, X-Forwarded-For is the client's own claim.
  it("ignores X-Forwarded-For and X-Real-IP unless TRUSTED_PROXIES says a proxy sets them", () => {
    const none = proxyTrustFromEnv(undefined);
    expect(clientIpFromHeaders(new Headers({ "x-forwarded-for": "198.51.100.7" }), none)).toBe("unknown");
    expect(clientIpFromHeaders(new Headers({ "x-forwarded-for": "198.51.100.7, 10.0.0.2" }), none)).toBe("unknown");
    expect(clientIpFromHeaders(new Headers({ "x-real-ip": "203.0.113.9" }), none)).toBe("unknown");
    expect(clientIpFromHeaders(new Headers(), none)).toBe("unknown");
  });

  it("with a hop count, takes the entry the outermost trusted proxy appended", () => {
    const one = proxyTrustFromEnv("1");
    expect(clientIpFromHeaders(new Headers({ "x-forwarded-for": "198.51.100.7, 10.0.0.2" }), one)).toBe("10.0.0.2");
    expect(clientIpFromHeaders(new Headers({ "x-forwarded-for": "::ffff:127.0.0.1" }), one)).toBe("127.0.0.1");
    expect(clientIpFromHeaders(new Headers({ "x-forwarded-for": "<script>" }), one)).toBe("unknown");
    const two = proxyTrustFromEnv("2");
    expect(clientIpFromHeaders(new Headers({ "x-forwarded-for": "1.2.3.4, 198.51.100.7, 10.0.0.2" }), two)).toBe("198.51.100.7");
    expect(clientIpFromHeaders(new Headers({ "x-forwarded-for": "10.0.0.2" }), two)).toBe("unknown");
  });

  it("with a list of proxy addresses, skips them from the right", () => {
    const list = proxyTrustFromEnv("10.0.0.2, 10.0.0.3");
    expect(list.kind).toBe("list");
    expect(clientIpFromHeaders(new Headers({ "x-forwarded-for": "6.6.6.6, 198.51.100.7, 10.0.0.3, 10.0.0.2" }), list)).toBe("198.51.100.7");
    expect(proxyTrustFromEnv("0")).toEqual({ kind: "none" });
    expect(proxyTrustFromEnv("not an address")).toEqual({ kind: "none" });
  });
});
