import { isDatabaseUnavailable } from "@/lib/db/availability";

/**
 * How long after its version was last confirmed a snapshot may still be served when PostgreSQL stops
 * answering: about the version-check interval, so no reader sees data older than it would anyway, and
 * then the outage shows (503). Like HTTP's stale-if-error, bounded.
 */
export const SNAPSHOT_STALE_IF_ERROR_MS = 5_000;

/** Whether a failed read may be answered from the snapshot in memory instead of failing the request. */
export function servesSnapshotThroughOutage({ error, confirmedAtMs, nowMs }: { error: unknown; confirmedAtMs: number; nowMs: number }): boolean {
  return isDatabaseUnavailable(error) && nowMs - confirmedAtMs <= SNAPSHOT_STALE_IF_ERROR_MS;
}
