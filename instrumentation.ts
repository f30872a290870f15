// Next calls onRequestError for errors thrown while rendering pages and running handlers. A failed
// query there means PostgreSQL is gone: record it so the proxy answers the next pages with a 503.
export async function onRequestError(error: unknown): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { isDatabaseUnavailable, markDatabaseUnavailable } = await import("./lib/db/availability");
  if (isDatabaseUnavailable(error) || isDatabaseUnavailable((error as { cause?: unknown })?.cause)) markDatabaseUnavailable();
}
