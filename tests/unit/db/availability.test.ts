// Which database errors mean PostgreSQL is unavailable (503, and the ranking may answer from its snapshot
// for a few seconds) and which are ordinary errors: the messages are the ones Prisma's pg adapter and pg
// gave on this machine during tests/faults/postgres-restart.test.ts.
import { describe, expect, it } from "vitest";

import { servesSnapshotThroughOutage, SNAPSHOT_STALE_IF_ERROR_MS } from "@/lib/data/leaderboard/stale-if-error";
import { isDatabaseUnavailable } from "@/lib/db/availability";

const cutByShutdown = Object.assign(new Error("Raw query failed. Code: `57P01`. Message: `terminating connection due to administrator command`"), {
  code: "P2010",
});
const shuttingDown = new Error("Raw query failed. Code: `57P03`. Message: `the database system is shutting down`");
const closedByServer = new Error("Invalid `prisma.benchmarkSubmission.findMany()` invocation:\n\nServer has closed the connection.");
const terminated = new Error("Connection terminated unexpectedly");
const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
const uniqueViolation = Object.assign(new Error("Unique constraint failed on the fields: (`slug`)"), { code: "P2002" });
const outages = [cutByShutdown, shuttingDown, closedByServer, terminated, refused];

describe("database availability errors", () => {
  it("counts a cut, closed, refused or shutting-down connection as the database being unavailable", () => {
    for (const error of outages) expect(isDatabaseUnavailable(error), error.message).toBe(true);
  });

  it("does not count data errors or non-errors", () => {
    for (const error of [uniqueViolation, new Error("boom"), undefined, null, "text"]) expect(isDatabaseUnavailable(error)).toBe(false);
  });
});

describe("serving the ranking snapshot through the start of an outage", () => {
  const confirmedAtMs = 1_000_000;

  it("serves it for an outage error within the stale-if-error window", () => {
    for (const error of outages) {
      expect(servesSnapshotThroughOutage({ error, confirmedAtMs, nowMs: confirmedAtMs + 10 })).toBe(true);
      expect(servesSnapshotThroughOutage({ error, confirmedAtMs, nowMs: confirmedAtMs + SNAPSHOT_STALE_IF_ERROR_MS })).toBe(true);
    }
  });

  it("lets the outage show once the snapshot was last confirmed longer ago than the window", () => {
    expect(servesSnapshotThroughOutage({ error: refused, confirmedAtMs, nowMs: confirmedAtMs + SNAPSHOT_STALE_IF_ERROR_MS + 1 })).toBe(false);
  });

  it("never hides an ordinary error", () => {
    expect(servesSnapshotThroughOutage({ error: uniqueViolation, confirmedAtMs, nowMs: confirmedAtMs })).toBe(false);
  });
});
