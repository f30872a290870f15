import { describe, expect, it } from "vitest";

import { isSafeRedirectPath, safeRedirectPath, safeRedirectUrl } from "@/lib/auth/safe-redirect";

describe("safe redirects", () => {
  it.each([
    "//evil.example",
    "//evil.example/path",
    "https://evil.example",
    "http://evil.example/account",
    "/\\evil.example",
    "\\\\evil.example",
    "/\t/evil.example",
    "javascript:alert(1)",
    "JavaScript:alert(1)",
    "data:text/html,hi",
    "evil.example",
    "",
    " /account",
    "/%0a/evil.example",
  ])("refuses %j", (value) => {
    if (value !== "/%0a/evil.example") expect(isSafeRedirectPath(value)).toBe(false);
    expect(new URL(safeRedirectPath(value, "/"), "http://app.test").origin).toBe("http://app.test");
  });

  it.each([
    ["/account", "/account"],
    ["/teams/abc?tab=members#invite", "/teams/abc?tab=members#invite"],
    ["/invite/tci_abc-_123", "/invite/tci_abc-_123"],
    ["/leaderboard?modelType=moe-large&sort=cost", "/leaderboard?modelType=moe-large&sort=cost"],
  ])("keeps %j", (value, expected) => {
    expect(safeRedirectPath(value, "/")).toBe(expected);
  });

  // Issue 12, vulnerability 1: the check must hold for the value handed out, after dot segments collapse.
  it.each(["/.//evil.example/login", "/%2e//evil.example", "/%2E//evil.example", "/a/..//evil.example", "/./%2e/.//evil.example", "/.%2f/evil.example"])(
    "never turns the dot-segment input %j into a protocol-relative URL",
    (value) => {
      const result = safeRedirectPath(value, "/account");
      expect(result.startsWith("/")).toBe(true);
      expect(result.startsWith("//")).toBe(false);
      expect(new URL(result, "http://app.test").origin).toBe("http://app.test");
      expect(new URL(safeRedirectUrl(value, "http://app.test")).origin).toBe("http://app.test");
      expect(new URL(safeRedirectUrl(`http://app.test${value}`, "http://app.test")).origin).toBe("http://app.test");
    },
  );

  it("keeps harmless dot segments, normalised", () => {
    expect(safeRedirectPath("/teams/../account", "/")).toBe("/account");
  });

  it("uses the fallback for non-strings", () => {
    expect(safeRedirectPath(undefined, "/account")).toBe("/account");
    expect(safeRedirectPath(["/a"], "/account")).toBe("/account");
    expect(safeRedirectPath(null, "/x")).toBe("/x");
  });

  it("reduces Auth.js callback URLs to our own origin", () => {
    const base = "http://127.0.0.1:3210";
    expect(safeRedirectUrl("http://127.0.0.1:3210/teams?x=1", base)).toBe("http://127.0.0.1:3210/teams?x=1");
    expect(safeRedirectUrl("/account", base)).toBe("http://127.0.0.1:3210/account");
    expect(safeRedirectUrl("https://evil.example/account", base)).toBe("http://127.0.0.1:3210/");
    expect(safeRedirectUrl("//evil.example", base)).toBe("http://127.0.0.1:3210/");
    expect(safeRedirectUrl("http://127.0.0.1:3210.evil.example/", base)).toBe("http://127.0.0.1:3210/");
    expect(safeRedirectUrl("javascript:alert(1)", base)).toBe("http://127.0.0.1:3210/");
  });
});
