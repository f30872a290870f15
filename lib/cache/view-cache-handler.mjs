// Next's page cache (ISR) for this app, configured as `cacheHandler` in next.config.ts.
// A cached page is valid only for the data version it was rendered under (lib/cache/data-version.mjs):
// every read compares the entry's stamp with the current stamp from PostgreSQL (re-read at most once
// a second, at once after this instance changed data), so a change made through any instance, or
// straight in the database, retires the cached pages of every instance within a second, with no
// shared memory between instances. Entries live in this process only (a few hundred small pages).
import pg from "pg";
import { currentDataVersion, DATA_VERSION_SQL, invalidateDataVersion } from "./data-version.mjs";

const MAX_ENTRIES = Number(process.env.VIEW_CACHE_MAX_ENTRIES ?? 500);

const g = /** @type {Record<symbol, any>} */ (globalThis);
const KEY = Symbol.for("tokencost.viewCache");
g[KEY] ??= { entries: new Map(), pendingVersion: new Map(), pool: undefined };
/** @type {{ entries: Map<string, { value: unknown; lastModified: number; version: string }>; pendingVersion: Map<string, string>; pool: pg.Pool | undefined }} */
const cache = g[KEY];

async function readVersion() {
  // Same source as the ranking snapshot: the read replica when configured, else the primary.
  const connectionString = process.env.DATABASE_READ_URL?.trim() || process.env.DATABASE_URL;
  if (!connectionString) throw new Error("DATABASE_URL is not set");
  cache.pool ??= new pg.Pool({ connectionString, max: 2, connectionTimeoutMillis: 5000 });
  const result = await cache.pool.query(DATA_VERSION_SQL);
  return String(result.rows[0]?.version ?? "");
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
    // The render that follows this miss reads data at least this new: the entry it stores gets this stamp.
    cache.pendingVersion.set(key, version);
    return null;
  }

  /**
   * @param {string} key
   * @param {unknown} value
   */
  async set(key, value) {
    const version = cache.pendingVersion.get(key);
    cache.pendingVersion.delete(key);
    cache.entries.delete(key);
    if (value === null || value === undefined || version === undefined) return;
    cache.entries.set(key, { value, lastModified: Date.now(), version });
    while (cache.entries.size > MAX_ENTRIES) cache.entries.delete(cache.entries.keys().next().value);
  }

  // revalidatePath/revalidateTag from this instance: re-read the version now. Pages are keyed by data,
  // not by tag; per-user state (teams, scenarios) is never in a cached page.
  async revalidateTag() {
    invalidateDataVersion();
  }

  resetRequestCache() {}
}
