// GET /api/v1/results: the machine-readable twin of the result tables.
import Papa from "papaparse";
import { describe, expect, it } from "vitest";

import { GET } from "@/app/api/v1/results/route";
import { db } from "@/lib/db";
import { RESULT_CSV_COLUMNS } from "@/lib/serializers/results";
import { callRoute } from "@/tests/support/call-route";

const REQUIRED = [
  "id",
  "accelerator",
  "model",
  "acceleratorCount",
  "precision",
  "engine",
  "inputTokens",
  "outputTokens",
  "concurrency",
  "batchSize",
  "outputTokensPerSecond",
  "outputTokensPerSecondPerAccelerator",
  "ttftMsP50",
  "tpotMsP50",
  "evidence",
  "source",
  "sourceUrl",
];

describe("GET /api/v1/results", () => {
  it("lists approved results only, paginated, with every contract field", async () => {
    const approved = await db.benchmarkSubmission.count({ where: { status: "approved" } });
    expect(approved).toBeGreaterThan(10);
    const first = await callRoute(GET, "/api/v1/results?pageSize=7");
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ total: approved, page: 1, pageSize: 7, pageCount: Math.ceil(approved / 7) });
    expect(first.body.results).toHaveLength(7);
    for (const r of first.body.results) for (const field of REQUIRED) expect(r, field).toHaveProperty(field);
    const r = first.body.results[0];
    const stored = await db.benchmarkSubmission.findUniqueOrThrow({ where: { id: r.id }, include: { accelerator: true, model: true } });
    expect(stored.status).toBe("approved");
    expect(r.accelerator).toBe(stored.accelerator.slug);
    expect(r.model).toBe(stored.model.slug);
    expect(r.outputTokensPerSecond).toBe(stored.outputTokensPerSecond);
    const paid =
      stored.prefillAcceleratorCount && stored.decodeAcceleratorCount
        ? stored.prefillAcceleratorCount + stored.decodeAcceleratorCount
        : stored.acceleratorCount;
    expect(r.outputTokensPerSecondPerAccelerator).toBeCloseTo(stored.outputTokensPerSecond / paid, 9);

    // Pages do not overlap and together list every approved result once.
    const seen = new Set<string>();
    for (let page = 1; ; page++) {
      const res = await callRoute(GET, `/api/v1/results?pageSize=500&page=${page}`);
      expect(res.status).toBe(200);
      for (const x of res.body.results) {
        expect(seen.has(x.id)).toBe(false);
        seen.add(x.id);
      }
      if (page >= res.body.pageCount) break;
    }
    expect(seen.size).toBe(approved);
  });

  it("answers a page past the last with the last page", async () => {
    const first = await callRoute(GET, "/api/v1/results?pageSize=50");
    const past = await callRoute(GET, `/api/v1/results?pageSize=50&page=${first.body.pageCount + 10}`);
    const last = await callRoute(GET, `/api/v1/results?pageSize=50&page=${first.body.pageCount}`);
    expect(past.status).toBe(200);
    expect(past.body.page).toBe(first.body.pageCount);
    expect(past.body.results.length).toBeGreaterThan(0);
    expect(past.body.results).toEqual(last.body.results);
  });

  it("never lists pending, flagged or rejected submissions", async () => {
    const hidden = await db.benchmarkSubmission.findMany({ where: { status: { not: "approved" } }, select: { id: true } });
    const res = await callRoute(GET, "/api/v1/results?pageSize=500");
    const ids = new Set(res.body.results.map((x: { id: string }) => x.id));
    for (const h of hidden) expect(ids.has(h.id)).toBe(false);
  });

  it("filters by accelerator, model, evidence and source", async () => {
    const sample = await db.benchmarkSubmission.findFirstOrThrow({
      where: { status: "approved", source: { not: null } },
      select: { accelerator: { select: { slug: true } }, model: { select: { slug: true } }, evidence: true, source: true },
    });
    const query = `accelerator=${sample.accelerator.slug}&model=${sample.model.slug}&evidence=${sample.evidence}&source=${encodeURIComponent(sample.source!)}`;
    const res = await callRoute(GET, `/api/v1/results?pageSize=500&${query}`);
    expect(res.status).toBe(200);
    const expected = await db.benchmarkSubmission.count({
      where: {
        status: "approved",
        accelerator: { slug: sample.accelerator.slug },
        model: { slug: sample.model.slug },
        evidence: sample.evidence,
        source: sample.source,
      },
    });
    expect(res.body.total).toBe(expected);
    expect(res.body.results.length).toBe(Math.min(expected, 500));
    for (const r of res.body.results) {
      expect(r).toMatchObject({ accelerator: sample.accelerator.slug, model: sample.model.slug, evidence: sample.evidence, source: sample.source });
    }
    const none = await callRoute(GET, "/api/v1/results?accelerator=no-such-chip");
    expect(none.status).toBe(200);
    expect(none.body).toMatchObject({ total: 0, results: [] });
  });

  it("returns the same rows as CSV with formulas escaped", async () => {
    const json = await callRoute(GET, "/api/v1/results?pageSize=20&evidence=audited");
    const csv = await callRoute(GET, "/api/v1/results?pageSize=20&evidence=audited&format=csv");
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toMatch(/text\/csv/);
    const parsed = Papa.parse<Record<string, string>>(csv.text.trim(), { header: true });
    expect(parsed.meta.fields).toEqual([...RESULT_CSV_COLUMNS]);
    expect(parsed.data.map((r) => r.id)).toEqual(json.body.results.map((r: { id: string }) => r.id));
    expect(Number(parsed.data[0].outputTokensPerSecond)).toBe(json.body.results[0].outputTokensPerSecond);
  });

  it("rejects bad query input with 400 and field errors, writing nothing", async () => {
    for (const [query, field] of [
      ["page=0", "page"],
      ["page=abc", "page"],
      ["pageSize=501", "pageSize"],
      ["evidence=rumour", "evidence"],
      ["accelerator=Not%20A%20Slug", "accelerator"],
      ["format=xml", "format"],
      ["colour=red", "colour"],
    ] as const) {
      const res = await callRoute(GET, `/api/v1/results?${query}`);
      expect(res.status, query).toBe(400);
      expect(res.body.errors.length, query).toBeGreaterThan(0);
      const paths = res.body.errors.map((e: { path: string }) => e.path);
      expect(
        paths.some((p: string) => p === field || p.startsWith(`${field}.`)),
        `${query}: ${JSON.stringify(res.body.errors)}`,
      ).toBe(true);
    }
  });
});
