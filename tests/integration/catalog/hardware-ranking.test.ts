// The hardware page's data: the buyer's summary agrees with the leaderboard, and an accelerator with
// results but no sourced price shows them and says why it is not ranked.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { getAccelerator } from "@/lib/data/catalog/get-accelerator";
import { getLeaderboard } from "@/lib/data/leaderboard/get-leaderboard";
import { RESULTS_SECTION_PAGE_SIZE } from "@/lib/data/results/list-results";
import { db } from "@/lib/db";
import { DEFAULT_SCENARIO_PARAMS } from "@/lib/validation/scenario-params";
import { createAccelerator, createSubmission } from "@/prisma/seed/factories";

const SLUG = "test-unpriced-npu";

describe("hardware page data", () => {
  beforeAll(async () => {
    const vendor = await db.vendor.findFirstOrThrow({ where: { kind: "chip" } });
    const model = await db.model.findFirstOrThrow();
    // Only what a datasheet would say of a new NPU: no compute, power or scale-up figures.
    const accelerator = await createAccelerator(db, {
      slug: SLUG,
      name: "Test unpriced NPU",
      vendorId: vendor.id,
      family: "NPU",
      memoryGb: 64,
      memoryBandwidthTbPerS: 1.6,
      denseBf16Tflops: null,
      denseFp8Tflops: null,
      tdpWatts: null,
      allInKwPerAccelerator: null,
      scaleUpDomainSize: null,
      releaseYear: null,
      sourceUrl: "https://example.com/npu",
      sourceDate: new Date("2025-01-01"),
    });
    await createSubmission(db, {
      modelId: model.id,
      acceleratorId: accelerator.id,
      acceleratorCount: 4,
      precision: "BF16",
      engine: "vLLM",
      engineVersion: null,
      scenario: null,
      outputTokensPerSecond: 1200,
      inputTokens: 1024,
      outputTokens: 1024,
      concurrency: 4,
      evidence: "vendor",
      source: "Test vendor page",
      sourceUrl: "https://example.com/npu/perf",
      status: "approved",
    });
  });

  afterAll(async () => {
    await db.benchmarkSubmission.deleteMany({ where: { accelerator: { slug: SLUG } } });
    await db.accelerator.deleteMany({ where: { slug: SLUG } });
  });

  it("an accelerator with results but no offering shows its results and says why it is not ranked", async () => {
    const { results, ranking } = await getAccelerator({ slug: SLUG });
    expect(results.total).toBe(1);
    expect(results.results[0]).toMatchObject({ evidence: "vendor", source: "Test vendor page" });
    expect(ranking.notRankedReason).toMatch(/no offering/i);
    expect(ranking.models).toHaveLength(1);
    expect(ranking.models[0].notRankedReason).toMatch(/no sourced price/i);
    expect(ranking.models[0].cheapest).toEqual({ cloud: null, onprem: null, estimate: null });
  });

  it("the buyer's summary is the leaderboard's cheapest row of each kind; results are paginated", async () => {
    // A busy, ranked accelerator with an interactivity frontier (MLPerf Server/Interactive results), so
    // the summary, the pagination and the chart all have something to show; other tests add rows
    // elsewhere, so "the busiest" is not stable across a full run.
    const busiest = await db.accelerator.findMany({
      where: { slug: "b200-sxm" },
      select: { slug: true, _count: { select: { submissions: { where: { status: "approved" } } } } },
    });
    const slug = busiest[0].slug;
    const total = busiest[0]._count.submissions;
    const { results, ranking } = await getAccelerator({ slug });
    expect(results.total).toBe(total);
    expect(results.results.length).toBe(Math.min(total, RESULTS_SECTION_PAGE_SIZE));
    if (total > RESULTS_SECTION_PAGE_SIZE) {
      const second = await getAccelerator({ slug, page: 2 });
      expect(second.results.results[0].id).not.toBe(results.results[0].id);
    }
    const board = await getLeaderboard({ params: DEFAULT_SCENARIO_PARAMS, asOf: ranking.asOf });
    const ranked = ranking.models.filter((m) => !m.notRankedReason);
    expect(ranked.length).toBeGreaterThan(0);
    for (const m of ranked) {
      for (const kind of ["cloud", "onprem", "estimate"] as const) {
        const expected = board.rows.find((r) => r.acceleratorSlug === slug && r.modelSlug === m.model.slug && r.offeringKind === kind) ?? null;
        expect(m.cheapest[kind]?.offeringSlug ?? null, `${m.model.slug} ${kind}`).toBe(expected?.offeringSlug ?? null);
        if (expected) expect(m.cheapest[kind]!.usdPerMillionTokens).toBe(expected.usdPerMillionTokens);
      }
    }
    expect(ranking.chart?.series.length).toBeGreaterThan(0);
    expect(ranking.chart!.series.every((s) => s.acceleratorSlug === slug)).toBe(true);
  });
});
