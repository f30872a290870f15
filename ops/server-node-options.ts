// The Node options of the production server (npm start, and the bench, fault and Lighthouse servers that
// stand in for it). V8 lets the heap grow far past the live data before a full collection; a bound on
// the old generation keeps resident memory predictable. The live set at 100,000 results is ~100 MB
// (ranking snapshot, page cache up to VIEW_CACHE_MAX_MB), so the default leaves ample room.
export const DEFAULT_SERVER_HEAP_MB = 320;

export function serverHeapMb(env: Record<string, string | undefined> = process.env): number {
  const raw = env.SERVER_HEAP_MB?.trim();
  if (!raw) return DEFAULT_SERVER_HEAP_MB;
  const mb = Number(raw);
  if (!Number.isInteger(mb) || mb < 128) throw new Error(`SERVER_HEAP_MB must be a whole number of megabytes, at least 128; got "${raw}".`);
  return mb;
}

/** NODE_OPTIONS for the server process: the caller's own options plus the heap bound. */
export function serverNodeOptions(env: Record<string, string | undefined> = process.env): string {
  return [env.NODE_OPTIONS?.trim(), `--max-old-space-size=${serverHeapMb(env)}`].filter(Boolean).join(" ");
}
