import { describe, expect, it } from "vitest";
import { clientIpFromHeaders } from "@/lib/auth/client-ip";
import { assertSameOrigin, isSameOriginRequest } from "@/lib/auth/same-origin";

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

describe("clientIpFromHeaders", () => {
  it("takes the address the nearest proxy appended", () => {
    expect(clientIpFromHeaders(new Headers({ "x-forwarded-for": "198.51.100.7, 10.0.0.2" }))).toBe("10.0.0.2");
    expect(clientIpFromHeaders(new Headers({ "x-forwarded-for": "::ffff:127.0.0.1" }))).toBe("127.0.0.1");
    expect(clientIpFromHeaders(new Headers({ "x-real-ip": "203.0.113.9" }))).toBe("203.0.113.9");
    expect(clientIpFromHeaders(new Headers({ "x-forwarded-for": "<script>" }))).toBe("unknown");
    expect(clientIpFromHeaders(new Headers())).toBe("unknown");
  });
});
