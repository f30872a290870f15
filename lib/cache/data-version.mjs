// The data version: one stamp that changes whenever anything a public view shows changes (approved
// results, offerings and their prices, models, accelerators, vendors), read from PostgreSQL so every
// app instance sees the same value. Plain ESM because the page cache handler (lib/cache/view-cache-handler.mjs)
// is loaded by the Next server outside the app bundle; the ranking snapshot uses the same stamp.
// Counts catch deletions, max(updatedAt) catches edits.

export const DATA_VERSION_SQL = `SELECT concat_ws('|',
  (SELECT count(*) FROM "BenchmarkSubmission" WHERE status = 'approved'),
  (SELECT max("updatedAt") FROM "BenchmarkSubmission" WHERE status = 'approved'),
  (SELECT count(*) FROM "Offering"),
  (SELECT max("updatedAt") FROM "Offering"),
  (SELECT count(*) FROM "OfferingPrice"),
  (SELECT max("createdAt") FROM "OfferingPrice"),
  (SELECT count(*) FROM "Model"),
  (SELECT max("updatedAt") FROM "Model"),
  (SELECT count(*) FROM "Accelerator"),
  (SELECT max("updatedAt") FROM "Accelerator"),
  (SELECT count(*) FROM "Vendor"),
  (SELECT max("updatedAt") FROM "Vendor")
) AS version`;

// One memo per process, shared through globalThis by the cache handler and the app bundle (they are
// separate module instances): a cached page is stamped with the version read before it renders, and
// the data it renders from is at least that new, so a page can be stamped too old but never too new.
const KEY = Symbol.for("tokencost.dataVersion");

function state() {
  const g = /** @type {Record<symbol, any>} */ (globalThis);
  g[KEY] ??= { version: undefined, checkedAt: undefined, checking: undefined, generation: 0 };
  return g[KEY];
}

/** Re-read at most once per interval (LEADERBOARD_VERSION_TTL_MS, default 1 s): a burst of requests costs one small query. */
export function dataVersionTtlMs() {
  return Number(process.env.LEADERBOARD_VERSION_TTL_MS ?? 1000);
}

/**
 * How long past the interval a known stamp still answers at once while the re-read runs
 * (LEADERBOARD_VERSION_STALE_MS, default 2 s). Without it every request in flight at each interval's end
 * waited for the query (~40 ms at 100,000 results before its index, more under load). A change shows
 * everywhere within interval + window (3 s); after a change made through this instance, or once the window
 * has passed (e.g. PostgreSQL is down), requests wait again.
 */
export function dataVersionStaleMs() {
  return Number(process.env.LEADERBOARD_VERSION_STALE_MS ?? 2000);
}

/**
 * @param {ReturnType<typeof state>} s
 * @param {() => Promise<string>} read
 * @param {number} startedAt
 * @returns {Promise<string>}
 */
function reread(s, read, startedAt) {
  // A read that began before an invalidation must not mark its (older) answer as fresh.
  const generation = s.generation;
  s.checking = read().then(
    (version) => {
      if (generation === s.generation) {
        s.version = version;
        s.checkedAt = startedAt;
        s.checking = undefined;
      }
      return version;
    },
    (error) => {
      if (generation === s.generation) s.checking = undefined;
      throw error;
    },
  );
  return s.checking;
}

/**
 * @param {() => Promise<string>} read
 * @returns {Promise<string>}
 */
export async function currentDataVersion(read) {
  const s = state();
  const now = Date.now();
  const ageMs = s.version !== undefined && s.checkedAt !== undefined ? now - s.checkedAt : Infinity;
  if (ageMs < dataVersionTtlMs()) return s.version;
  const checking = s.checking ?? reread(s, read, now);
  if (ageMs < dataVersionTtlMs() + dataVersionStaleMs()) {
    // Answered from the known stamp; a failed re-read surfaces once the window has passed.
    checking.catch(() => {});
    return s.version;
  }
  return checking;
}

/** After this instance changed data: the next read re-reads the stamp at once. */
export function invalidateDataVersion() {
  const s = state();
  s.checkedAt = undefined;
  s.checking = undefined;
  s.generation += 1;
}
