// Property-based fuzzing of the write endpoints, in-process against the real database: thousands of
// malformed payloads (wrong types, missing fields, huge and negative numbers, unknown keys, broken
// JSON/CSV/multipart, oversize files). Every one must get a 4xx — never a 5xx — and write nothing.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { POST as postImport } from "@/app/api/v1/imports/route";
import { POST as postReview } from "@/app/api/v1/submissions/[id]/review/route";
import { POST as postSubmissions } from "@/app/api/v1/submissions/route";
import { createPrismaClient, type PrismaClient } from "@/lib/db/client";
import { callRoute } from "@/tests/support/call-route";
import { createIdentities, type Identities } from "@/tests/support/identities";

import { importUpload, multipart, reviewBody, submissionPayload } from "./fuzz-payloads";
import { plausibleSubmission } from "./submission-fixtures";

let prisma: PrismaClient;
let ids: Identities;
let auth: Record<string, string>;
let pendingId: string;

const SUBMISSION_RUNS = 3000;
const IMPORT_RUNS = 1800;
const REVIEW_RUNS = 400;
const OVERSIZE_RUNS = 4;

beforeAll(async () => {
  prisma = createPrismaClient();
  ids = await createIdentities(prisma);
  auth = ids.authHeaders("moderator");
  const created = await callRoute(postSubmissions, "/api/v1/submissions", {
    method: "POST",
    headers: { "content-type": "application/json", ...ids.authHeaders("user") },
    body: JSON.stringify(plausibleSubmission({ notes: "fuzz review target" })),
  });
  pendingId = created.body.id;
});
afterAll(async () => {
  await prisma.$disconnect();
});

async function rowCounts() {
  const [submissions, files, reviewed, audits] = await Promise.all([
    prisma.benchmarkSubmission.count(),
    prisma.importedFile.count(),
    prisma.benchmarkSubmission.count({ where: { reviewedAt: { not: null } } }),
    prisma.auditLog.count({ where: { action: { startsWith: "submission." } } }),
  ]);
  return { submissions, files, reviewed, audits };
}

describe("fuzzing the submission and import endpoints", () => {
  it(`answers ${SUBMISSION_RUNS} malformed submission payloads with 4xx and writes nothing`, async () => {
    const before = await rowCounts();
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(submissionPayload, async ({ body, contentType }) => {
        const res = await callRoute(postSubmissions, "/api/v1/submissions", { method: "POST", headers: { "content-type": contentType, ...auth }, body });
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        expect(res.status, `${res.status} for ${body.slice(0, 300)}`).toBeGreaterThanOrEqual(400);
        expect(res.status).toBeLessThan(500);
        if (res.status === 422) expect(res.body.errors.length).toBeGreaterThan(0);
      }),
      { numRuns: SUBMISSION_RUNS, seed: 20261127 },
    );
    console.log(`[fuzz] submissions: ${JSON.stringify(Object.fromEntries(statuses))}`);
    expect(await rowCounts()).toEqual(before);
  }, 600_000);

  it(`answers ${IMPORT_RUNS} malformed import uploads with 4xx and writes nothing`, async () => {
    const before = await rowCounts();
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(importUpload, async (upload) => {
        const res = await callRoute(postImport, "/api/v1/imports", multipart(upload, auth));
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        expect(res.status, `${res.status} ${res.text.slice(0, 300)} for ${JSON.stringify(upload).slice(0, 300)}`).toBeGreaterThanOrEqual(400);
        expect(res.status).toBeLessThan(500);
        expect(Array.isArray(res.body?.errors) || typeof res.body?.error?.message === "string").toBe(true);
      }),
      { numRuns: IMPORT_RUNS, seed: 20261128 },
    );
    console.log(`[fuzz] imports: ${JSON.stringify(Object.fromEntries(statuses))}`);
    expect(await rowCounts()).toEqual(before);
  }, 600_000);

  it(`answers ${REVIEW_RUNS} malformed review bodies with 4xx and leaves the submission undecided`, async () => {
    const before = await rowCounts();
    await fc.assert(
      fc.asyncProperty(reviewBody, async (body) => {
        const res = await callRoute(postReview, `/api/v1/submissions/${pendingId}/review`, {
          method: "POST",
          headers: { "content-type": "application/json", ...auth },
          body,
          params: { id: pendingId },
        });
        expect(res.status, `${res.status} for ${body.slice(0, 200)}`).toBeGreaterThanOrEqual(400);
        expect(res.status).toBeLessThan(500);
      }),
      { numRuns: REVIEW_RUNS, seed: 20261129 },
    );
    expect(await rowCounts()).toEqual(before);
    expect((await prisma.benchmarkSubmission.findUniqueOrThrow({ where: { id: pendingId } })).status).toBe("pending");
  }, 600_000);

  it("refuses oversize files and bodies with 413 (with and without Content-Length)", async () => {
    const before = await rowCounts();
    for (let i = 0; i < OVERSIZE_RUNS; i++) {
      const size = 10 * 1024 * 1024 + 1 + i * 1_000_003;
      const file = new Uint8Array(size).fill(0x41 + i);
      const res = await callRoute(
        postImport,
        "/api/v1/imports",
        multipart({ fields: [["dryRun", "false"]], file: { bytes: file, name: `big-${i}.csv` } }, auth),
      );
      expect(res.status).toBe(413);
      expect(res.body.errors[0].message).toMatch(/files may be at most 10\.0 MB/);
    }
    // A streamed (chunked) body without Content-Length is counted as it arrives.
    const chunk = new Uint8Array(1024 * 1024).fill(0x20);
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 12) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const streamed = await callRoute(postImport, "/api/v1/imports", {
      method: "POST",
      headers: { "content-type": "multipart/form-data; boundary=zzz", ...auth },
      body: stream,
      duplex: "half",
    } as RequestInit);
    expect(streamed.status).toBe(413);
    const hugeJson = `{"submissions":[${Array.from({ length: 5000 }, () => JSON.stringify(plausibleSubmission({ notes: "n".repeat(1990) }))).join(",")}]}`;
    const tooBig = await callRoute(postSubmissions, "/api/v1/submissions", {
      method: "POST",
      headers: { "content-type": "application/json", ...auth },
      body: hugeJson,
    });
    expect(tooBig.status).toBe(413);
    expect(await rowCounts()).toEqual(before);
  }, 120_000);

  it("ran at least 5,000 generated payloads", () => {
    expect(SUBMISSION_RUNS + IMPORT_RUNS + REVIEW_RUNS + OVERSIZE_RUNS).toBeGreaterThanOrEqual(5000);
  });
});
