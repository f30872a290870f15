import { describe, expect, it } from "vitest";

import { cachedViewRewrites, HARDWARE_LIST_QUERY_KEYS, HARDWARE_PAGE_QUERY_KEYS, LEADERBOARD_QUERY_KEYS, servesCachedView } from "@/lib/cache/view-rewrites";
import { acceleratorListQuerySchema } from "@/lib/validation/catalog";
import { hardwareQuerySchema } from "@/lib/validation/hardware-query";
import { leaderboardQuerySchema } from "@/lib/validation/leaderboard-query";

describe("cached view rewrites", () => {
  it("know every filter of the pages they cache, so a filtered view is never served the default", () => {
    expect([...LEADERBOARD_QUERY_KEYS].sort()).toEqual(Object.keys(leaderboardQuerySchema.shape).sort());
    expect([...HARDWARE_LIST_QUERY_KEYS].sort()).toEqual(Object.keys(acceleratorListQuerySchema.shape).sort());
    expect([...HARDWARE_PAGE_QUERY_KEYS].sort()).toEqual(Object.keys(hardwareQuerySchema.shape).sort());
  });

  it("never serve the cached leaderboard to a request carrying a session cookie", () => {
    const { beforeFiles } = cachedViewRewrites() as { beforeFiles: { source: string; missing?: { type: string; key: string }[] }[] };
    for (const rule of beforeFiles.filter((r) => r.source.startsWith("/leaderboard"))) {
      const cookies = (rule.missing ?? []).filter((m) => m.type === "cookie").map((m) => m.key);
      expect(cookies).toEqual(expect.arrayContaining(["authjs.session-token", "__Secure-authjs.session-token"]));
    }
  });
});

describe("servesCachedView", () => {
  const req = (pathname: string, queryKeys: string[] = [], cookieNames: string[] = []) => ({ pathname, queryKeys, cookieNames });
  it("is true for the anonymous default views only", () => {
    expect(servesCachedView(req("/"))).toBe(true);
    expect(servesCachedView(req("/glossary"))).toBe(true);
    expect(servesCachedView(req("/leaderboard"))).toBe(true);
    expect(servesCachedView(req("/leaderboard/dense-70b", ["utm_source"]))).toBe(true);
    expect(servesCachedView(req("/hardware/h100-sxm", [], ["authjs.session-token"]))).toBe(true);
    expect(servesCachedView(req("/leaderboard", ["deployment"]))).toBe(false);
    expect(servesCachedView(req("/leaderboard", [], ["authjs.session-token"]))).toBe(false);
    expect(servesCachedView(req("/hardware", ["family"]))).toBe(false);
    expect(servesCachedView(req("/hardware/h100-sxm", ["page"]))).toBe(false);
    expect(servesCachedView(req("/leaderboard/dense-70b/extra"))).toBe(false);
    expect(servesCachedView(req("/account"))).toBe(false);
  });
});
