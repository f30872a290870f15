import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { GET as getLeaderboard } from "@/app/api/v1/leaderboard/route";
import { POST as postReview } from "@/app/api/v1/submissions/[id]/review/route";
import { GET as getSubmissionRoute } from "@/app/api/v1/submissions/[id]/route";
import { POST as postSubmissions } from "@/app/api/v1/submissions/route";
import { createPrismaClient, type PrismaClient } from "@/lib/db/client";
import { callRoute } from "@/tests/support/call-route";
import { createIdentities, type Identities } from "@/tests/support/identities";

import { jsonPost, plausibleSubmission } from "./submission-fixtures";

let prisma: PrismaClient;
let ids: Identities;

beforeAll(async () => {
  prisma = createPrismaClient();
  ids = await createIdentities(prisma);
});
afterAll(async () => {
  await prisma.$disconnect();
});

const countSubmissions = () => prisma.benchmarkSubmission.count();

async function submit(body: unknown, who: Parameters<Identities["authHeaders"]>[0] = "user") {
  return callRoute(postSubmissions, "/api/v1/submissions", jsonPost(body, ids.authHeaders(who)));
}

describe("POST /api/v1/submissions", () => {
  it("creates one plausible submission as pending with no findings (201)", async () => {
    const res = await submit(plausibleSubmission());
    expect(res.status).toBe(201);
    expect(res.body.status).toBe("pending");
    expect(res.body.findings).toEqual([]);
    expect(res.body.ids).toEqual([res.body.id]);
    const row = await prisma.benchmarkSubmission.findUniqueOrThrow({ where: { id: res.body.id }, include: { model: true, accelerator: true } });
    expect(row.status).toBe("pending");
    expect(row.submitterId).toBe(ids.identities.user.userId);
    expect(row.model.slug).toBe("llama-3.1-8b");
    expect(row.accelerator.slug).toBe("h100-sxm");
    expect(row.outputTokensPerSecond).toBe(1763.6);
    expect(row.tpotMsP50).toBe(8.9);
    expect(row.precision).toBe("FP8");
    expect(row.speculativeDecoding).toBeNull();
    expect(row.reviewedAt).toBeNull();
  });

  it("refuses callers without a valid token (401) or without the scope (403), writing nothing", async () => {
    const before = await countSubmissions();
    const anonymous = await submit(plausibleSubmission(), "anonymous");
    expect(anonymous.status).toBe(401);
    const revoked = await submit(plausibleSubmission(), "revokedToken");
    expect(revoked.status).toBe(401);
    const garbage = await callRoute(postSubmissions, "/api/v1/submissions", jsonPost(plausibleSubmission(), { Authorization: "Bearer tc_not-a-real-token" }));
    expect(garbage.status).toBe(401);
    const noScope = await submit(plausibleSubmission(), "tokenWithoutScope");
    expect(noScope.status).toBe(403);
    expect(noScope.body.error.message).toContain("submissions:write");
    expect(await countSubmissions()).toBe(before);
  });

  it("answers 422 with field paths for bad values and unknown keys", async () => {
    const before = await countSubmissions();
    const res = await submit(plausibleSubmission({ outputTokensPerSecond: -5, precision: "FP3", colour: "blue", acceleratorCount: 1.5 }));
    expect(res.status).toBe(422);
    const paths = res.body.errors.map((e: { path: string }) => e.path).sort();
    expect(paths).toEqual(["acceleratorCount", "colour", "outputTokensPerSecond", "precision"]);
    const tps = res.body.errors.find((e: { path: string }) => e.path === "outputTokensPerSecond");
    expect(tps.message).toBe("Output tokens per second must be greater than 0 tok/s");
    expect(await countSubmissions()).toBe(before);
  });

  it("answers 400 for a body that is not JSON and 415 for a non-JSON content type", async () => {
    const notJson = await callRoute(postSubmissions, "/api/v1/submissions", {
      method: "POST",
      headers: { "content-type": "application/json", ...ids.authHeaders("user") },
      body: "{model:",
    });
    expect(notJson.status).toBe(400);
    expect(notJson.body.errors[0].message).toBe("Body must be valid JSON");
    const form = await callRoute(postSubmissions, "/api/v1/submissions", {
      method: "POST",
      headers: { "content-type": "text/plain", ...ids.authHeaders("user") },
      body: "hello",
    });
    expect(form.status).toBe(415);
  });

  it("treats unknown model and accelerator slugs as 422 field errors", async () => {
    const res = await submit(plausibleSubmission({ model: "no-such-model", accelerator: "no-such-chip" }));
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([
      { path: "model", message: 'Unknown model "no-such-model": use a slug from /api/v1/models' },
      { path: "accelerator", message: 'Unknown accelerator "no-such-chip": use a slug from /api/v1/accelerators' },
    ]);
  });

  it("writes a batch all or nothing: one bad item rejects all, with its index in the path", async () => {
    const before = await countSubmissions();
    const items = Array.from({ length: 6 }, (_, i) => plausibleSubmission({ concurrency: 16 + i }));
    items[3] = plausibleSubmission({ outputTokensPerSecond: "fast" });
    const bad = await submit({ submissions: items });
    expect(bad.status).toBe(422);
    expect(bad.body.errors).toEqual([
      { path: "submissions.3.outputTokensPerSecond", message: 'Output tokens per second must be a number, not the text "fast"' },
    ]);
    items[3] = plausibleSubmission({ model: "unknown-model-x" });
    const unknown = await submit({ submissions: items });
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors.map((e: { path: string }) => e.path)).toEqual(["submissions.3.model"]);
    expect(await countSubmissions()).toBe(before);

    items[3] = plausibleSubmission({ concurrency: 19 });
    const good = await submit({ submissions: items });
    expect(good.status).toBe(201);
    expect(good.body.ids).toHaveLength(6);
    expect(good.body.status).toBe("pending");
    expect(good.body.statuses).toEqual(Array(6).fill("pending"));
    expect(await countSubmissions()).toBe(before + 6);
    // ids line up with the items they were created from
    const rows = await prisma.benchmarkSubmission.findMany({ where: { id: { in: good.body.ids } }, select: { id: true, concurrency: true } });
    const concurrencyById = new Map(rows.map((r) => [r.id, r.concurrency]));
    expect(good.body.ids.map((id: string) => concurrencyById.get(id))).toEqual([16, 17, 18, 19, 20, 21]);
  });

  it("accepts 1,000 submissions in one request and refuses 1,001", async () => {
    const before = await countSubmissions();
    const thousand = Array.from({ length: 1000 }, (_, i) => plausibleSubmission({ concurrency: 1 + (i % 64), notes: `batch row ${i}` }));
    const ok = await submit({ submissions: thousand });
    expect(ok.status).toBe(201);
    expect(ok.body.ids).toHaveLength(1000);
    expect(new Set(ok.body.ids).size).toBe(1000);
    expect(await countSubmissions()).toBe(before + 1000);
    const tooMany = await submit({ submissions: [...thousand, plausibleSubmission()] });
    expect(tooMany.status).toBe(422);
    expect(tooMany.body.errors).toEqual([{ path: "submissions", message: "submissions may hold at most 1000 submissions per request" }]);
    expect(await countSubmissions()).toBe(before + 1000);
  });
});

describe("GET /api/v1/submissions/{id}: pending ones only to the submitter and moderators", () => {
  it("shows a pending submission to its submitter and moderators, 404 to others", async () => {
    const created = await submit(plausibleSubmission({ notes: "visibility test" }), "teamAMember");
    const id = created.body.id as string;
    const as = (who: Parameters<Identities["authHeaders"]>[0]) =>
      callRoute(getSubmissionRoute, `/api/v1/submissions/${id}`, { headers: ids.authHeaders(who), params: { id } });

    const own = await as("teamAMember");
    expect(own.status).toBe(200);
    expect(own.body.submission).toMatchObject({
      id,
      status: "pending",
      model: "llama-3.1-8b",
      accelerator: "h100-sxm",
      reviewNote: null,
      findings: [],
      notes: "visibility test",
    });
    expect(own.body.submission.provenance.submitter).toContain("teamAMember");
    expect(JSON.stringify(own.body)).not.toContain("@identities.test");
    expect((await as("moderator")).status).toBe(200);
    expect((await as("admin")).status).toBe(200);
    expect((await as("user")).status).toBe(404);
    expect((await as("teamAOwner")).status).toBe(404);
    expect((await as("anonymous")).status).toBe(404);
    // A token without submission scopes reads only public results.
    expect((await as("tokenWithoutScope")).status).toBe(404);
    const missing = await callRoute(getSubmissionRoute, "/api/v1/submissions/nope", { params: { id: "nope" } });
    expect(missing.status).toBe(404);
  });
});

describe("POST /api/v1/submissions/{id}/review", () => {
  async function pendingId(who: Parameters<Identities["authHeaders"]>[0] = "user", overrides: Record<string, unknown> = {}) {
    const res = await submit(plausibleSubmission(overrides), who);
    expect(res.status).toBe(201);
    return res.body.id as string;
  }
  const review = (id: string, body: unknown, who: Parameters<Identities["authHeaders"]>[0] = "moderator") =>
    callRoute(postReview, `/api/v1/submissions/${id}/review`, { ...jsonPost(body, ids.authHeaders(who)), params: { id } });

  it("needs the submissions:review scope (403 for users) and a valid body (422)", async () => {
    const id = await pendingId();
    expect((await review(id, { decision: "approve" }, "user")).status).toBe(403);
    expect((await review(id, { decision: "approve" }, "anonymous")).status).toBe(401);
    const bad = await review(id, { decision: "maybe" });
    expect(bad.status).toBe(422);
    expect(bad.body.errors[0].path).toBe("decision");
    const rejectWithoutNote = await review(id, { decision: "reject" });
    expect(rejectWithoutNote.status).toBe(422);
    expect(rejectWithoutNote.body.errors).toEqual([{ path: "note", message: "A note is required when rejecting: tell the submitter why" }]);
    expect((await review("does-not-exist", { decision: "approve" })).status).toBe(404);
    const row = await prisma.benchmarkSubmission.findUniqueOrThrow({ where: { id } });
    expect(row.status).toBe("pending");
  });

  it("refuses a moderator reviewing their own submission", async () => {
    const id = await pendingId("moderator");
    const res = await review(id, { decision: "approve" });
    expect(res.status).toBe(403);
  });

  it("rejects with a note the submitter then sees, and refuses a second decision (409)", async () => {
    const id = await pendingId("teamBMember");
    const res = await review(id, { decision: "reject", note: "Source link does not show this run" });
    expect(res.status).toBe(200);
    expect(res.body.submission).toMatchObject({ id, status: "rejected", reviewNote: "Source link does not show this run" });
    const again = await review(id, { decision: "approve" }, "admin");
    expect(again.status).toBe(409);
    expect(again.body.error.message).toContain("already rejected");
    const seen = await callRoute(getSubmissionRoute, `/api/v1/submissions/${id}`, { headers: ids.authHeaders("teamBMember"), params: { id } });
    expect(seen.body.submission.status).toBe("rejected");
    expect(seen.body.submission.reviewNote).toBe("Source link does not show this run");
    // Rejected results stay private.
    expect((await callRoute(getSubmissionRoute, `/api/v1/submissions/${id}`, { params: { id } })).status).toBe(404);
  });

  it("decides exactly once under 20 concurrent reviewers, with one audit row", async () => {
    const id = await pendingId();
    const moderators = await Promise.all(Array.from({ length: 4 }, () => createIdentities(prisma)));
    const callers = Array.from({ length: 20 }, (_, i) => {
      const set = moderators[i % 4];
      return i % 2 === 0 ? set.authHeaders("moderator") : set.authHeaders("admin");
    });
    const results = await Promise.all(
      callers.map((headers, i) =>
        callRoute(postReview, `/api/v1/submissions/${id}/review`, {
          ...jsonPost({ decision: i % 3 === 0 ? "reject" : "approve", note: `reviewer ${i}` }, headers),
          params: { id },
        }),
      ),
    );
    const statuses = results.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(19);
    const winner = results.find((r) => r.status === 200)!;
    const row = await prisma.benchmarkSubmission.findUniqueOrThrow({ where: { id } });
    expect(row.status).toBe(winner.body.submission.status);
    expect(row.reviewNote).toBe(winner.body.submission.reviewNote);
    const audits = await prisma.auditLog.findMany({ where: { targetId: id, action: { in: ["submission.approve", "submission.reject"] } } });
    expect(audits).toHaveLength(1);
    expect(audits[0].actorId).toBe(row.reviewedById);
  });

  it("an approved result becomes public and ranks on the leaderboard", async () => {
    // Qwen3 32B has seeded results only on TPU7x and Trainium2, so its H100 rows come from this submission alone.
    const id = await pendingId("user", {
      model: "qwen3-32b",
      outputTokensPerSecond: 2400,
      inputTokensPerSecond: 2400,
      interactivityTokensPerSecondPerUser: 40,
      tpotMsP50: 25,
      tpotMsP99: 30,
      concurrency: 64,
    });
    const before = await callRoute(getLeaderboard, "/api/v1/leaderboard?model=qwen3-32b");
    expect(before.body.rows.some((r: { submissionIds: string[] }) => r.submissionIds.includes(id))).toBe(false);
    const approved = await review(id, { decision: "approve", note: "Matches the linked run" });
    expect(approved.status).toBe(200);
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { targetId: id, action: "submission.approve" } });
    expect(audit.actorId).toBe(ids.identities.moderator.userId);
    const publicView = await callRoute(getSubmissionRoute, `/api/v1/submissions/${id}`, { params: { id } });
    expect(publicView.status).toBe(200);
    expect(publicView.body.submission.status).toBe("approved");
    // The leaderboard re-reads its data version at most once a second; the approval shows on the next read.
    const rowsWithIt = async () =>
      (await callRoute(getLeaderboard, "/api/v1/leaderboard?model=qwen3-32b")).body.rows.filter((r: { submissionIds: string[] }) =>
        r.submissionIds.includes(id),
      );
    await expect.poll(async () => (await rowsWithIt()).length, { timeout: 10_000, interval: 300 }).toBeGreaterThan(0);
    const rows = await rowsWithIt();
    // 2,400 output tok/s on one accelerator, as submitted.
    expect(rows[0].tokensPerSecondPerAccelerator).toBeCloseTo(2400, 6);
    expect(rows.every((r: { accelerator: { slug: string } }) => r.accelerator.slug === "h100-sxm")).toBe(true);
  });
});
