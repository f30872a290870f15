// Runs once per server process before it handles requests: stamps each request with its socket
// address (lib/http/peer-address.ts), the only client address nobody can forge without a proxy.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { installPeerAddressStamp } = await import("./lib/http/peer-address");
  installPeerAddressStamp();
}

// Next calls onRequestError for errors thrown while rendering pages and running handlers. A failed
// query there means PostgreSQL is gone: record it so the proxy answers the next pages with a 503.
export async function onRequestError(error: unknown): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { isDatabaseUnavailable, markDatabaseUnavailable } = await import("./lib/db/availability");
  if (isDatabaseUnavailable(error) || isDatabaseUnavailable((error as { cause?: unknown })?.cause)) markDatabaseUnavailable();
}
