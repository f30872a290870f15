// Issue 12, request bodies: every JSON body has a size limit, and each user has an hourly quota of
// result rows (API, imports) answered with 429 + Retry-After. Through the route handlers.
import { beforeAll, describe, expect, it } from "vitest";

import { POST as postImport } from "@/app/api/v1/imports/route";
import { POST as postScenario } from "@/app/api/v1/scenarios/route";
import { POST as postSubmissions } from "@/app/api/v1/submissions/route";
import { db } from "@/lib/db";
import { jsonPost, multipartPost, plausibleSubmission } from "@/tests/integration/submissions/submission-fixtures";
import { callRoute } from "@/tests/support/call-route";
import { createIdentities, type Identities } from "@/tests/support/identities";

// Read once, on the quota's first use in this file's module graph.
process.env.SUBMISSION_ROWS_PER_HOUR = "5";

let ids: Identities;

beforeAll(async () => {
  ids = await createIdentities(db);
});

const batch = (n: number, tag: string) => ({
  submissions: Array.from({ length: n }, (_, i) => plausibleSubmission({ notes: `${tag}-${i}`, concurrency: 8 + i })),
});

describe("request limits", () => {
  it("refuses an oversized JSON body with 413 and writes nothing", async () => {
    const before = await db.scenario.count();
    const res = await callRoute(
      postScenario,
      "/api/v1/scenarios",
      jsonPost({ name: "big", visibility: "private", params: {}, padding: "x".repeat(300 * 1024) }, ids.authHeaders("user")),
    );
    expect(res.status).toBe(413);
    expect(res.body.errors[0].path).toBe("(body)");
    expect(await db.scenario.count()).toBe(before);
  });

  it("answers 429 with Retry-After once a user used up the hourly rows, counting imports too; others are unaffected", async () => {
    const headers = ids.authHeaders("teamAMember");
    expect((await callRoute(postSubmissions, "/api/v1/submissions", jsonPost(batch(3, "first"), headers))).status).toBe(201);
    const over = await callRoute(postSubmissions, "/api/v1/submissions", jsonPost(batch(3, "second"), headers));
    expect(over.status).toBe(429);
    expect(Number(over.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await db.benchmarkSubmission.count({ where: { submitterId: ids.identities.teamAMember.userId!, notes: { startsWith: "second" } } })).toBe(0);
    // A refused batch does not use up what is left.
    expect((await callRoute(postSubmissions, "/api/v1/submissions", jsonPost(batch(2, "third"), headers))).status).toBe(201);
    const csv = "model,accelerator,acceleratorCount,precision,engine,outputTokensPerSecond,notes\nllama-3.1-8b,h100-sxm,1,FP8,vLLM,1763.6,quota-import\n";
    const imported = await callRoute(postImport, "/api/v1/imports", multipartPost({ dryRun: "false" }, { bytes: csv, name: "quota.csv" }, headers));
    expect(imported.status).toBe(429);
    expect(imported.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(await db.importedFile.count({ where: { importedById: ids.identities.teamAMember.userId! } })).toBe(0);
    expect((await callRoute(postSubmissions, "/api/v1/submissions", jsonPost(batch(1, "other"), ids.authHeaders("teamBMember")))).status).toBe(201);
  });
});
