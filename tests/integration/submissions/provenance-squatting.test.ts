// Issue 12, vulnerability 6: external ids come from the uploaded file. A crafted copy of an official
// MLPerf file (edited numbers, official ids) must not block the genuine rows, before or after it is
// rejected, and nobody learns anything about another user's upload. Through POST /api/v1/imports.
import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";

import { POST as postImport } from "@/app/api/v1/imports/route";
import { POST as postReview } from "@/app/api/v1/submissions/[id]/review/route";
import { db } from "@/lib/db";
import { callRoute } from "@/tests/support/call-route";
import { createIdentities, type Identities, type IdentityKey } from "@/tests/support/identities";

import { jsonPost, MLPERF_SUMMARY_PATH, multipartPost, readFixture } from "./submission-fixtures";

let ids: Identities;
let genuine: string;
let crafted: string;
let externalId: string;

beforeAll(async () => {
  ids = await createIdentities(db);
  // One official entry under an id the seed has not loaded (the seed approved the real ones).
  const entries = JSON.parse(readFixture(MLPERF_SUMMARY_PATH)) as Record<string, unknown>[];
  const entry = entries.find((e) => e.Scenario === "Offline" && e.Model === "llama2-70b-99")!;
  const id = `9.9-${randomBytes(3).toString("hex")}`;
  genuine = JSON.stringify([{ ...entry, ID: id }], null, 2);
  crafted = JSON.stringify([{ ...entry, ID: id, Performance_Result: Number(entry.Performance_Result) * 3 }], null, 2);
  externalId = `mlperf-v5.1:${id}:${entry.Model}:Offline`;
});

function upload(who: IdentityKey, text: string, fileName: string, dryRun: boolean) {
  return callRoute(
    postImport,
    "/api/v1/imports",
    multipartPost({ format: "mlperf", dryRun: String(dryRun) }, { bytes: text, name: fileName }, ids.authHeaders(who)),
  );
}

describe("provenance squatting through the imports API", () => {
  it("a crafted pending upload neither blocks nor is revealed to the genuine uploader; after rejection the genuine rows import", async () => {
    const squat = await upload("teamBMember", crafted, "squatter-secret-name.json", false);
    expect(squat.status, squat.text.slice(0, 300)).toBe(201);
    const [squatId] = squat.body.ids as string[];

    const preview = await upload("user", genuine, "summary_results.json", true);
    expect(preview.status).toBe(200);
    expect(preview.body.rows.map((r: { status: string }) => r.status)).toEqual(["ready"]);
    expect(preview.text).not.toContain(squatId);
    expect(preview.text).not.toContain("squatter-secret-name");

    // The squatter sees their own pending row as already there.
    const again = await upload("teamBMember", genuine, "other-name.json", true);
    expect(again.body.rows.map((r: { status: string }) => r.status)).toEqual(["already-imported"]);

    const rejected = await callRoute(postReview, `/api/v1/submissions/${squatId}/review`, {
      ...jsonPost({ decision: "reject", note: "edited numbers" }, ids.authHeaders("moderator")),
      params: { id: squatId },
    });
    expect(rejected.status).toBe(200);

    const imported = await upload("user", genuine, "summary_results.json", false);
    expect(imported.status, imported.text.slice(0, 300)).toBe(201);
    const [genuineId] = imported.body.ids as string[];
    expect(await db.benchmarkSubmission.count({ where: { externalId } })).toBe(2);

    const approved = await callRoute(postReview, `/api/v1/submissions/${genuineId}/review`, {
      ...jsonPost({ decision: "approve" }, ids.authHeaders("moderator")),
      params: { id: genuineId },
    });
    expect(approved.status).toBe(200);
    // Once approved, the id is taken for everyone.
    const late = await upload("teamAOwner", crafted, "late.json", true);
    expect(late.body.rows.map((r: { status: string }) => r.status)).toEqual(["already-imported"]);
    expect(late.text).toContain(genuineId);
  });

  it("a second approved result for the same external id is refused at review", async () => {
    const twin = `"ID": "9.8-${randomBytes(3).toString("hex")}"`;
    const first = await upload("teamAMember", genuine.replace(/"ID": "9\.9-[0-9a-f]+"/, twin), "a.json", false);
    const second = await upload("teamAAdmin", crafted.replace(/"ID": "9\.9-[0-9a-f]+"/, twin), "b.json", false);
    expect([first.status, second.status]).toEqual([201, 201]);
    const review = (id: string) =>
      callRoute(postReview, `/api/v1/submissions/${id}/review`, { ...jsonPost({ decision: "approve" }, ids.authHeaders("moderator")), params: { id } });
    expect((await review(first.body.ids[0])).status).toBe(200);
    const refused = await review(second.body.ids[0]);
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toContain(first.body.ids[0]);
  });
});
