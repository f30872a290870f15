import pg from "pg";

// Whether PostgreSQL answers, as known to this process. The proxy asks before rendering a page so an
// outage gives a 503 page with Retry-After instead of Next's 500 error page; request handlers and
// Next's onRequestError mark an outage the moment a query fails, so the proxy needn't wait for its probe.
// State lives on globalThis: the proxy and the app are separate bundles in the same process.
type State = { up: boolean; checkedAt: number; probing?: Promise<boolean>; pool?: pg.Pool };
const KEY = Symbol.for("tokencost.databaseAvailability");
const globals = globalThis as unknown as Record<symbol, State | undefined>;
const state: State = (globals[KEY] ??= { up: true, checkedAt: 0 });

const RECHECK_UP_MS = 2_000;
const RECHECK_DOWN_MS = 500;

export function isDatabaseUnavailable(error: unknown): boolean {
  const details = error as { code?: string; message?: string; meta?: { driverAdapterError?: { cause?: { kind?: string } } } };
  // Through the pg driver adapter, Prisma reports an unreachable server as "Can't reach database server"
  // with code N/A; the adapter's error kind is in meta.driverAdapterError.cause.kind.
  const text = [details?.code, details?.meta?.driverAdapterError?.cause?.kind, details?.message].map((part) => String(part ?? "")).join(" ");
  return /ECONNREFUSED|ECONNRESET|EPIPE|57P01|57P02|57P03|53300|terminating connection|Connection terminated|Server has closed the connection|DatabaseNotReachable|ConnectionClosed|TooManyConnections|Can't reach database server|the database system is (starting up|shutting down|in recovery mode)|P1001|P1002|P1017|P2024|timeout exceeded when trying to connect|Timed out fetching a new connection|Client has encountered a connection error|not queryable/i.test(
    text,
  );
}

export function markDatabaseUnavailable(): void {
  state.up = false;
  state.checkedAt = Date.now();
}

async function probe(): Promise<boolean> {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) return true;
  if (!state.pool) {
    state.pool = new pg.Pool({ connectionString, max: 1, connectionTimeoutMillis: 1_500, query_timeout: 1_500, idleTimeoutMillis: 30_000 });
    // An idle connection dropped by a restarting server must not crash the process.
    state.pool.on("error", () => undefined);
  }
  try {
    await state.pool.query("SELECT 1");
    return true;
  } catch {
    return false;
  }
}

export async function isDatabaseAvailable(): Promise<boolean> {
  const age = Date.now() - state.checkedAt;
  if (age < (state.up ? RECHECK_UP_MS : RECHECK_DOWN_MS)) return state.up;
  state.probing ??= probe()
    .then((up) => {
      state.up = up;
      state.checkedAt = Date.now();
      return up;
    })
    .finally(() => {
      state.probing = undefined;
    });
  // While the database was last seen up, requests don't wait for the re-check.
  return state.up ? true : state.probing;
}
