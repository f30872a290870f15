import { describe, expect, it } from "vitest";

import { resolveRequestId } from "@/lib/http/request-id";
import { formatLogLine, isSecretKey, redact, REDACTED } from "@/lib/log/logger";

describe("logger", () => {
  it("writes one JSON object with level, msg, time and the fields", () => {
    const line = formatLogLine("info", "request", { requestId: "req-12345678", status: 200 }, new Date("2026-01-02T03:04:05.000Z"));
    expect(JSON.parse(line)).toEqual({ level: "info", msg: "request", time: "2026-01-02T03:04:05.000Z", requestId: "req-12345678", status: 200 });
  });

  it("redacts secret-looking keys at any depth but keeps metric names", () => {
    const out = redact({
      password: "hunter2",
      user: { passwordHash: "$2b$10$x", name: "Ada" },
      headers: { Authorization: "Bearer tc_abc", cookie: "authjs.session-token=x", "x-api-key": "k" },
      refresh_token: "r",
      AUTH_SECRET: "s",
      outputTokensPerSecond: 1234,
      tokens: [{ sessionToken: "t" }],
    });
    expect(out).toEqual({
      password: REDACTED,
      user: { passwordHash: REDACTED, name: "Ada" },
      headers: { Authorization: REDACTED, cookie: REDACTED, "x-api-key": REDACTED },
      refresh_token: REDACTED,
      AUTH_SECRET: REDACTED,
      outputTokensPerSecond: 1234,
      tokens: [{ sessionToken: REDACTED }],
    });
    expect(isSecretKey("tokenHash")).toBe(true);
    expect(isSecretKey("sourceFileHash")).toBe(false);
  });

  it("masks credentials inside URLs and bearer tokens in strings and error messages", () => {
    const line = formatLogLine("error", "connect failed", {
      error: new Error("cannot reach postgresql://app:s3cret@db.internal:5432/tokencost with Bearer tc_live_abcdef"),
    });
    expect(line).not.toContain("s3cret");
    expect(line).not.toContain("tc_live_abcdef");
    expect(JSON.parse(line).error.message).toBe(`cannot reach postgresql://app:${REDACTED}@db.internal:5432/tokencost with Bearer ${REDACTED}`);
  });
});

describe("resolveRequestId", () => {
  it("keeps a sane incoming id and replaces anything else", () => {
    expect(resolveRequestId(new Headers({ "x-request-id": "lb-0123456789abcdef" }))).toBe("lb-0123456789abcdef");
    const generated = resolveRequestId(new Headers({ "x-request-id": "bad id <script>" }));
    expect(generated).toMatch(/^[0-9a-f-]{36}$/);
    expect(resolveRequestId(new Headers())).not.toBe(resolveRequestId(new Headers()));
    expect(resolveRequestId(new Headers({ "x-request-id": "x".repeat(200) }))).toHaveLength(36);
  });
});
