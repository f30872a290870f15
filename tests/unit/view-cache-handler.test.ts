import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

// The page cache is bounded by size as well as by count: hardware pages are ~0.5 MB each.
// The data version is primed on globalThis (as the app does after reading it), so no database is needed.
const VERSION_KEY = Symbol.for("tokencost.dataVersion");
const CACHE_KEY = Symbol.for("tokencost.viewCache");
const g = globalThis as unknown as Record<symbol, unknown>;

function page(kb: number) {
  return { kind: "APP_PAGE", html: "x".repeat(kb * 1024), rscData: Buffer.alloc(0), headers: {}, status: 200 };
}

async function handler() {
  vi.resetModules();
  const { default: ViewCacheHandler } = await import("@/lib/cache/view-cache-handler.mjs");
  return new ViewCacheHandler();
}

function setVersion(version: string) {
  g[VERSION_KEY] = { version, checkedAt: Date.now(), checking: undefined, generation: 0 };
}

describe("view cache handler", () => {
  beforeEach(() => {
    vi.stubEnv("VIEW_CACHE_MAX_MB", "1");
    delete g[CACHE_KEY];
    setVersion("v1");
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    delete g[CACHE_KEY];
    delete g[VERSION_KEY];
  });

  it("drops the least recently used pages once the size budget is exceeded", async () => {
    const cache = await handler();
    for (const key of ["a", "b", "c"]) {
      expect(await cache.get(key)).toBeNull();
      await cache.set(key, page(300));
    }
    // a is read again, so b is now the least recently used.
    expect(await cache.get("a")).not.toBeNull();
    expect(await cache.get("d")).toBeNull();
    await cache.set("d", page(300));
    expect(await cache.get("b")).toBeNull();
    for (const key of ["a", "c", "d"]) expect(await cache.get(key), key).not.toBeNull();
  });

  it("never stores a page larger than the whole budget, and serves no page of an older data version", async () => {
    const cache = await handler();
    expect(await cache.get("huge")).toBeNull();
    await cache.set("huge", page(1100));
    expect(await cache.get("huge")).toBeNull();

    expect(await cache.get("p")).toBeNull();
    await cache.set("p", page(10));
    expect(await cache.get("p")).not.toBeNull();
    setVersion("v2");
    expect(await cache.get("p")).toBeNull();
  });

  it("keeps a page's HTML as UTF-8 bytes, so a hit is not encoded again on every request", async () => {
    const cache = await handler();
    const html = "<p>≥ 60% — $/M</p>";
    expect(await cache.get("bytes")).toBeNull();
    await cache.set("bytes", { ...page(0), html });
    const hit = (await cache.get("bytes")) as { value: { kind: string; html: Buffer; status: number } };
    expect(Buffer.isBuffer(hit.value.html)).toBe(true);
    expect(hit.value.html.toString("utf8")).toBe(html);
    expect(hit.value).toMatchObject({ kind: "APP_PAGE", status: 200 });
  });

  it("never stores a page rendered with a per-request CSP nonce, so no visitor gets another one's nonce", async () => {
    const cache = await handler();
    const withNonce = { ...page(1), html: '<html><body><script src="/_next/static/chunks/a.js" nonce="abc123==" async=""></script></body></html>' };
    expect(await cache.get("/_not-found")).toBeNull();
    await cache.set("/_not-found", withNonce);
    expect(await cache.get("/_not-found")).toBeNull();
    // The same page without a nonce (a cached view, served under the nonce-free policy) is stored.
    expect(await cache.get("/glossary")).toBeNull();
    await cache.set("/glossary", { ...withNonce, html: withNonce.html.replace(' nonce="abc123=="', "") });
    expect(await cache.get("/glossary")).not.toBeNull();
  });
});
