// Next's page cache (ISR) for this app, configured as `cacheHandler` in next.config.ts.
// A cached page is valid only for the data version it was rendered under (lib/cache/data-version.mjs):
// every read compares the entry's stamp with the current stamp from PostgreSQL (re-read at most once
// a second, at once after this instance changed data), so a change made through any instance, or
// straight in the database, retires the cached pages of every instance within a second, with no
// shared memory between instances. Entries live in this process only, bounded by count and by size
// (a hardware page is ~0.5 MB of HTML and RSC payload), least recently used dropped first.
import pg from "pg";

import { currentDataVersion, DATA_VERSION_SQL, invalidateDataVersion } from "./data-version.mjs";

const MAX_ENTRIES = Number(process.env.VIEW_CACHE_MAX_ENTRIES ?? 500);
const MAX_BYTES = Number(process.env.VIEW_CACHE_MAX_MB ?? 64) * 1024 * 1024;

/**
 * Rough size of a cached value: its HTML, RSC payload and per-segment payloads (what Next's own
 * memory cache counts).
 * @param {any} value
 */
export function cachedValueBytes(value) {
  if (!value || typeof value !== "object") return 64;
  let bytes = 64;
  if (value.html?.length) bytes += value.html.length;
  if (value.rscData?.length) bytes += value.rscData.length;
  if (typeof value.postponed === "string") bytes += value.postponed.length;
  if (value.body?.length) bytes += value.body.length;
  if (value.segmentData instanceof Map) for (const [path, data] of value.segmentData) bytes += path.length + (data?.length ?? 0);
  return bytes;
}

/**
 * A page's HTML kept as UTF-8 bytes rather than a string: Next sends a string page with `res.end(html)`,
 * which encodes the whole page again on every request (a JavaScript string with any non-Latin-1
 * character, "≥" or "—", is stored as UTF-16). Bytes are streamed as they are: on one core the busiest
 * hardware page went from 236 to 394 req/s and /leaderboard from 305 to 502 (npm run bench:pages).
 * @param {any} value
 */
function asBytes(value) {
  return value?.kind === "APP_PAGE" && typeof value.html === "string" ? { ...value, html: Buffer.from(value.html) } : value;
}

/**
 * Whether a rendered page carries a per-request CSP nonce (proxy.ts). Such a page must never be stored:
 * the next visitor gets a fresh nonce in the header, and the browser would refuse every script in the
 * stored copy. Next stores its static routes through this handler when it renders them on demand (a
 * fresh process has none in memory), so a static route the proxy gives a nonce, such as the 404 page,
 * is rendered per request instead.
 * @param {any} value
 */
export function carriesNonce(value) {
  return value?.kind === "APP_PAGE" && typeof value.html === "string" && value.html.includes(' nonce="');
}

const g = /** @type {Record<symbol, any>} */ (globalThis);
const KEY = Symbol.for("tokencost.viewCache");
g[KEY] ??= { entries: new Map(), bytes: 0, pendingVersion: new Map(), pool: undefined };
/** @type {{ entries: Map<string, { value: unknown; lastModified: number; version: string; bytes: number }>; bytes: number; pendingVersion: Map<string, string>; pool: pg.Pool | undefined }} */
const cache = g[KEY];

async function readVersion() {
  // Same source as the ranking snapshot: the read replica when configured, else the primary.
  const connectionString = process.env.DATABASE_READ_URL?.trim() || process.env.DATABASE_URL;
  if (!connectionString) throw new Error("DATABASE_URL is not set");
  cache.pool ??= new pg.Pool({ connectionString, max: 2, connectionTimeoutMillis: 5000 });
  const result = await cache.pool.query(DATA_VERSION_SQL);
  return String(result.rows[0]?.version ?? "");
}

/** @param {string | undefined} key */
function forget(key) {
  const entry = key === undefined ? undefined : cache.entries.get(key);
  if (!entry || key === undefined) return;
  cache.entries.delete(key);
  cache.bytes -= entry.bytes;
}

export default class ViewCacheHandler {
  /** @param {string} key */
  async get(key) {
    let version;
    try {
      version = await currentDataVersion(readVersion);
    } catch {
      // No database (e.g. during the build): nothing is served from or stored in the cache.
      cache.pendingVersion.delete(key);
      return null;
    }
    const entry = cache.entries.get(key);
    if (entry && entry.version === version) {
      // Least recently used last.
      cache.entries.delete(key);
      cache.entries.set(key, entry);
      return { value: entry.value, lastModified: entry.lastModified };
    }
    if (entry) forget(key);
    // The render that follows this miss reads data at least this new: the entry it stores gets this stamp.
    // (A render that fails never stores: the oldest such stamps are dropped.)
    cache.pendingVersion.delete(key);
    cache.pendingVersion.set(key, version);
    if (cache.pendingVersion.size > MAX_ENTRIES) cache.pendingVersion.delete(cache.pendingVersion.keys().next().value);
    return null;
  }

  /**
   * @param {string} key
   * @param {unknown} value
   */
  async set(key, value) {
    const version = cache.pendingVersion.get(key);
    cache.pendingVersion.delete(key);
    forget(key);
    if (value === null || value === undefined || version === undefined || carriesNonce(value)) return;
    value = asBytes(value);
    const bytes = key.length + cachedValueBytes(value);
    if (bytes > MAX_BYTES) return;
    cache.entries.set(key, { value, lastModified: Date.now(), version, bytes });
    cache.bytes += bytes;
    while (cache.entries.size > MAX_ENTRIES || cache.bytes > MAX_BYTES) forget(cache.entries.keys().next().value);
  }

  // revalidatePath/revalidateTag from this instance: re-read the version now. Pages are keyed by data,
  // not by tag; per-user state (teams, scenarios) is never in a cached page.
  async revalidateTag() {
    invalidateDataVersion();
  }

  resetRequestCache() {}
}
