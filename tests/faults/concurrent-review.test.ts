// Fault (c): 20 moderators work through the same review queue at once, over HTTP against the production
// server. Every submission is decided exactly once: one 200 per submission, 409 for everyone else, the
// stored status and reviewer are the winner's, and there is one audit row per decision.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { findFreePort } from "@/ops/embedded-postgres";
import { createSubmission } from "@/prisma/seed/factories";

import { startAppServer, type AppServer } from "./support/app-server";
import { createUserWithToken, startFaultDatabase, type FaultDatabase } from "./support/fault-database";

const REVIEWERS = 20;
const QUEUE = 40;

let database: FaultDatabase;
let app: AppServer;
let queue: string[];
let reviewers: { userId: string; token: string }[];

function shuffled<T>(items: T[], seed: number): T[] {
  const out = [...items];
  let state = seed;
  for (let i = out.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

beforeAll(async () => {
  database = await startFaultDatabase();
  const submitter = await createUserWithToken(database.prisma, "user", "fault-c-submitter");
  reviewers = [];
  for (let i = 0; i < REVIEWERS; i++) reviewers.push(await createUserWithToken(database.prisma, "moderator", `fault-c-moderator-${i}`));
  const [model, accelerator] = await Promise.all([
    database.prisma.model.findUniqueOrThrow({ where: { slug: "llama-3.1-8b" } }),
    database.prisma.accelerator.findUniqueOrThrow({ where: { slug: "h100-sxm" } }),
  ]);
  queue = Array.from({ length: QUEUE }, (_, i) => `fault-c-${String(i).padStart(3, "0")}`);
  for (const [i, id] of queue.entries()) {
    await createSubmission(database.prisma, {
      id,
      modelId: model.id,
      acceleratorId: accelerator.id,
      acceleratorCount: 1,
      precision: "FP8",
      engine: "vLLM",
      engineVersion: null,
      scenario: null,
      concurrency: 16,
      outputTokensPerSecond: 1700 + i,
      sourceUrl: null,
      status: i % 5 === 0 ? "flagged" : "pending",
      submitterId: submitter.userId,
    });
  }
  app = await startAppServer({ databaseUrl: database.server.url, port: await findFreePort(3300, 3399) });
}, 600_000);

afterAll(async () => {
  await app?.stop();
  await database?.close();
});

describe("fault (c): 20 concurrent reviewers on the same queue", () => {
  it("decides every submission exactly once", async () => {
    type Attempt = { id: string; reviewer: number; decision: "approve" | "reject"; status: number };
    const attempts: Attempt[] = [];
    await Promise.all(
      reviewers.map(async ({ token }, reviewer) => {
        for (const id of shuffled(queue, reviewer + 1)) {
          const decision = (reviewer + id.length + Number(id.slice(-3))) % 3 === 0 ? "reject" : "approve";
          const res = await fetch(`${app.baseUrl}/api/v1/submissions/${id}/review`, {
            method: "POST",
            headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
            body: JSON.stringify({ decision, note: `reviewer ${reviewer}` }),
            signal: AbortSignal.timeout(30_000),
          });
          await res.arrayBuffer();
          attempts.push({ id, reviewer, decision, status: res.status });
        }
      }),
    );

    expect(attempts).toHaveLength(REVIEWERS * QUEUE);
    expect(attempts.filter((a) => a.status !== 200 && a.status !== 409).map((a) => `${a.id} ${a.status}`)).toEqual([]);
    const rows = await database.prisma.benchmarkSubmission.findMany({ where: { id: { in: queue } }, orderBy: { id: "asc" } });
    const audits = await database.prisma.auditLog.findMany({ where: { targetId: { in: queue }, action: { in: ["submission.approve", "submission.reject"] } } });
    for (const id of queue) {
      const winners = attempts.filter((a) => a.id === id && a.status === 200);
      expect(winners, `200s for ${id}`).toHaveLength(1);
      const winner = winners[0];
      const row = rows.find((r) => r.id === id)!;
      expect(row.status).toBe(winner.decision === "approve" ? "approved" : "rejected");
      expect(row.reviewedById).toBe(reviewers[winner.reviewer].userId);
      expect(row.reviewNote).toBe(`reviewer ${winner.reviewer}`);
      const audit = audits.filter((a) => a.targetId === id);
      expect(audit, `audit rows for ${id}`).toHaveLength(1);
      expect(audit[0]).toMatchObject({ actorId: reviewers[winner.reviewer].userId, action: `submission.${winner.decision}` });
    }
    expect(app.isAlive()).toBe(true);
  }, 240_000);
});
