import { describe, expect, it } from "vitest";

import { assertAuthSecretStrength, configuredPublicOrigin, linkOrigin, resolveTrustHost } from "@/lib/auth/host-trust";

const env = (vars: Record<string, string>) => vars as unknown as NodeJS.ProcessEnv;

describe("host trust", () => {
  it("trusts the Host header in production only when told to or when a public URL is configured", () => {
    expect(resolveTrustHost(env({ NODE_ENV: "production" }))).toBe(false);
    expect(resolveTrustHost(env({ NODE_ENV: "production", AUTH_URL: "https://tokencost.example" }))).toBe(true);
    expect(resolveTrustHost(env({ NODE_ENV: "production", PUBLIC_URL: "https://tokencost.example" }))).toBe(true);
    expect(resolveTrustHost(env({ NODE_ENV: "production", AUTH_TRUST_HOST: "true" }))).toBe(true);
    expect(resolveTrustHost(env({ NODE_ENV: "production", AUTH_URL: "https://x.example", AUTH_TRUST_HOST: "false" }))).toBe(false);
    expect(resolveTrustHost(env({ NODE_ENV: "development" }))).toBe(true);
  });

  it("builds invitation links from the configured URL, else the Host header, never X-Forwarded-Host", () => {
    const forged = new Headers({ host: "127.0.0.1:3000", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" });
    expect(linkOrigin(forged, env({}))).toBe("http://127.0.0.1:3000");
    expect(linkOrigin(forged, env({ PUBLIC_URL: "https://tokencost.example/some/path" }))).toBe("https://tokencost.example");
    expect(linkOrigin(new Headers({ host: "bad host/../" }), env({}))).toBe("http://localhost");
    expect(configuredPublicOrigin(env({ AUTH_URL: "not a url", PUBLIC_URL: "https://b.example" }))).toBe("https://b.example");
  });

  it("refuses an AUTH_SECRET shorter than 32 bytes", () => {
    expect(() => assertAuthSecretStrength("short-secret")).toThrow(/at least 32/);
    expect(() => assertAuthSecretStrength("x".repeat(31))).toThrow(/31 bytes/);
    expect(() => assertAuthSecretStrength("x".repeat(32))).not.toThrow();
  });
});
