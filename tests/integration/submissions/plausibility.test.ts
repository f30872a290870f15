import { afterAll, beforeAll, describe, expect, it } from "vitest";

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

const submit = (body: unknown) => callRoute(postSubmissions, "/api/v1/submissions", jsonPost(body, ids.authHeaders("user")));

describe("plausibility checks on submitted results (catalog specs from the seed)", () => {
  it("flags a result faster than the memory-bandwidth roofline, with the numbers in the explanation", async () => {
    // Llama 3.1 70B at BF16 = 140 GB of active weights read per token; 8 × H100 SXM = 8 × 3.35 TB/s =
    // 26.8 TB/s, so one user can get at most 26,800 / 140 = 191.4 tok/s. 400 tok/s per user is 2.09×.
    const res = await submit(
      plausibleSubmission({
        model: "llama-3.1-70b",
        acceleratorCount: 8,
        precision: "BF16",
        concurrency: 8,
        outputTokensPerSecond: 3200,
        interactivityTokensPerSecondPerUser: 400,
        tpotMsP50: 2.5,
        tpotMsP99: 3,
      }),
    );
    expect(res.status).toBe(201);
    expect(res.body.status).toBe("flagged");
    const finding = res.body.findings.find((f: { code: string }) => f.code === "interactivity-above-bandwidth-roofline");
    expect(finding.severity).toBe("error");
    expect(finding.values.limitTokensPerSecondPerUser).toBeCloseTo(26_800 / 140, 6);
    expect(finding.values.ratio).toBeCloseTo(400 / (26_800 / 140), 6);
    expect(finding.message).toBe(
      "Reported 400 tok/s per user is 2.09× the memory-bandwidth limit of 191 tok/s per user: each generated token reads 140 GB of active weights " +
        "(70B parameters at BF16, 2 bytes each) and 8 accelerator(s) deliver 26.8 TB/s.",
    );
    const row = await prisma.benchmarkSubmission.findUniqueOrThrow({ where: { id: res.body.id } });
    expect(row.status).toBe("flagged");
    expect(row.findings).toEqual(res.body.findings);
    // The submitter sees the same findings through the API.
    const seen = await callRoute(getSubmissionRoute, `/api/v1/submissions/${row.id}`, { headers: ids.authHeaders("user"), params: { id: row.id } });
    expect(seen.body.submission.findings).toEqual(res.body.findings);
  });

  it("flags power far above the accelerators' TDP and throughput above the compute roofline", async () => {
    // One H100 (700 W TDP) reporting 2,500 W: 3.57× > 3×. Llama 3.1 8B at FP8: 1,979 TFLOPS / 16 GFLOP per token = 123,688 tok/s.
    const res = await submit(
      plausibleSubmission({ averagePowerWatts: 2500, outputTokensPerSecond: 150_000, concurrency: undefined, interactivityTokensPerSecondPerUser: undefined }),
    );
    expect(res.status).toBe(201);
    expect(res.body.status).toBe("flagged");
    const codes = res.body.findings.map((f: { code: string; severity: string }) => `${f.severity}:${f.code}`);
    expect(codes).toContain("error:power-above-expected");
    expect(codes).toContain("error:throughput-above-compute-roofline");
    const compute = res.body.findings.find((f: { code: string }) => f.code === "throughput-above-compute-roofline");
    expect(compute.values.limitTokensPerSecondPerAccelerator).toBeCloseTo(1979e12 / 16e9, 3);
    expect(compute.message).toContain("1,979 dense FP8 TFLOPS");
  });

  it("gives a plausible result no error finding and leaves it pending", async () => {
    const res = await submit(plausibleSubmission());
    expect(res.status).toBe(201);
    expect(res.body.status).toBe("pending");
    expect(res.body.findings.filter((f: { severity: string }) => f.severity === "error")).toEqual([]);
  });

  it("warns (without flagging) when TPOT and the reported interactivity disagree", async () => {
    const res = await submit(plausibleSubmission({ interactivityTokensPerSecondPerUser: 60, concurrency: 29 }));
    expect(res.status).toBe(201);
    expect(res.body.status).toBe("pending");
    const mismatch = res.body.findings.find((f: { code: string }) => f.code === "interactivity-tpot-mismatch");
    expect(mismatch.severity).toBe("warning");
    expect(mismatch.message).toBe(
      "Reported 60 tok/s per user disagrees with the 112 tok/s per user implied by a p50 TPOT of 8.9 ms (1000 / TPOT): off by 0.534×.",
    );
  });
});
