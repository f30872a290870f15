// Issue 10 acceptance 4: the throughput-vs-interactivity chart is drawn from the same filtered
// frontiers as the ranking, so its point at an interactivity target is the ranked row's tok/s per
// accelerator under the same filters. Also the evidence, workload and regime filters of the ranking.
import { describe, expect, it } from "vitest";

import { GET as getLeaderboardRoute } from "@/app/api/v1/leaderboard/route";
import { throughputAtInteractivity } from "@/lib/cost/pareto";
import { getLeaderboard } from "@/lib/data/leaderboard/get-leaderboard";
import { getParetoSeries, type ParetoSeries } from "@/lib/data/leaderboard/get-pareto-series";
import { db } from "@/lib/db";
import { DEFAULT_SCENARIO_PARAMS, type ScenarioParams } from "@/lib/validation/scenario-params";
import { callRoute } from "@/tests/support/call-route";

// A model and a configuration whose frontier has at least two measured points, found in the seeded data.
async function findFrontier(params: ScenarioParams): Promise<{ model: string; series: ParetoSeries }> {
  const models = await db.model.findMany({
    where: { submissions: { some: { status: "approved", interactivityTokensPerSecondPerUser: { gt: 0 } } } },
    select: { slug: true },
  });
  for (const { slug } of models) {
    const series = (await getParetoSeries({ modelSlug: slug, params })).find((s) => s.points.length >= 2);
    if (series) return { model: slug, series };
  }
  throw new Error("The seeded catalog has no configuration with two frontier points");
}

describe("throughput-vs-interactivity chart (issue 10, acceptance 4)", () => {
  it("at the interactivity target, each series' point equals the ranked row's tok/s per accelerator", async () => {
    const { model, series } = await findFrontier({ ...DEFAULT_SCENARIO_PARAMS });
    // Between the two slowest frontier points: an interpolated read, the hardest case to agree on.
    const target = (series.points[0].interactivity + series.points[1].interactivity) / 2;
    const params: ScenarioParams = { ...DEFAULT_SCENARIO_PARAMS, models: [model], interactivityTarget: target };

    const board = await getLeaderboard({ params });
    const chart = await getParetoSeries({ modelSlug: model, params });
    expect(board.rows.length).toBeGreaterThan(0);
    let compared = 0;
    for (const row of board.rows) {
      const drawn = chart.find((s) => s.key === row.meta!.configurationKey);
      if (!drawn) continue; // the chart shows the 12 fastest configurations
      const read = throughputAtInteractivity(drawn.points, target);
      expect(read, drawn.label).not.toBeNull();
      expect(read!.throughputPerAccelerator).toBeCloseTo(row.tokensPerSecondPerAccelerator, 9);
      expect(drawn.atTarget!.throughputPerAccelerator).toBeCloseTo(row.tokensPerSecondPerAccelerator, 9);
      expect(read!.interpolated).toBe(row.interpolated);
      compared++;
    }
    expect(compared).toBeGreaterThan(0);
    // The cheapest row's configuration is always drawn.
    expect(chart.some((s) => s.key === board.rows[0].meta!.configurationKey)).toBe(true);

    // The public API ranks the same figure under the same query.
    const res = await callRoute(getLeaderboardRoute, `/api/v1/leaderboard?limit=1000&model=${model}&interactivity=${target}`);
    expect(res.status).toBe(200);
    expect(res.body.rows[0].tokensPerSecondPerAccelerator).toBeCloseTo(board.rows[0].tokensPerSecondPerAccelerator, 9);
  });

  it("drops from the chart exactly the results the TTFT, feature and evidence filters drop from the ranking", async () => {
    const { model } = await findFrontier({ ...DEFAULT_SCENARIO_PARAMS });
    const open = await getParetoSeries({ modelSlug: model, params: { ...DEFAULT_SCENARIO_PARAMS } });
    const ids = open.flatMap((s) => s.points.map((p) => p.id));
    const results = await db.benchmarkSubmission.findMany({
      where: { id: { in: ids } },
      select: { id: true, ttftMsP99: true, ttftLimitMsP99: true, evidence: true },
    });
    const bounds = results
      .map((r) => r.ttftMsP99 ?? r.ttftLimitMsP99)
      .filter((b): b is number => b != null)
      .sort((a, b) => a - b);
    if (bounds.length) {
      const limit = bounds[Math.floor(bounds.length / 2)];
      const limited = await getParetoSeries({ modelSlug: model, params: { ...DEFAULT_SCENARIO_PARAMS, ttftMsLimit: limit } });
      const byId = new Map(results.map((r) => [r.id, r]));
      for (const id of limited.flatMap((s) => s.points.map((p) => p.id))) {
        const r =
          byId.get(id) ??
          (await db.benchmarkSubmission.findUniqueOrThrow({ where: { id }, select: { id: true, ttftMsP99: true, ttftLimitMsP99: true, evidence: true } }));
        expect(r.ttftMsP99 ?? r.ttftLimitMsP99).toBeLessThanOrEqual(limit);
      }
    }
    const evidence = results[0].evidence;
    const other = (["audited", "vendor", "academic", "community"] as const).filter((e) => e !== evidence);
    const without = await getParetoSeries({ modelSlug: model, params: { ...DEFAULT_SCENARIO_PARAMS, evidence: other } });
    expect(without.flatMap((s) => s.points.map((p) => p.id))).not.toContain(results[0].id);
    // One engine per series: the label names it, and no series mixes configurations.
    expect(new Set(open.map((s) => s.key)).size).toBe(open.length);
  });
});

describe("evidence, workload and serving-regime filters", () => {
  type Row = {
    evidence: string;
    source: string | null;
    workload: { class: string | null; servingRegime: string | null; batchSize: number | null; concurrency: number | null };
  };
  async function rows(query: string): Promise<Row[]> {
    const res = await callRoute(getLeaderboardRoute, `/api/v1/leaderboard?limit=1000&${query}`);
    expect(res.status, res.text.slice(0, 300)).toBe(200);
    return res.body.rows;
  }

  it("rows carry evidence, source and workload, and each filter keeps only matching rows", async () => {
    const all = await rows("");
    expect(all.length).toBeGreaterThan(0);
    for (const r of all) {
      expect(["audited", "vendor", "academic", "community"]).toContain(r.evidence);
      expect(r).toHaveProperty("workload.class");
      expect(r).toHaveProperty("workload.servingRegime");
    }
    const audited = await rows("evidence=audited");
    expect(audited.length).toBeGreaterThan(0);
    expect(audited.every((r) => r.evidence === "audited" && r.source?.startsWith("MLPerf"))).toBe(true);
    const mlperf = await rows("workload=mlperf");
    expect(mlperf.length).toBeGreaterThan(0);
    expect(mlperf.every((r) => r.workload.class === "mlperf")).toBe(true);
    for (const regime of ["saturated", "latency-bound"]) {
      const filtered = await rows(`servingRegime=${regime}`);
      expect(filtered.every((r) => r.workload.servingRegime === regime)).toBe(true);
    }
    const community = await rows("evidence=community,vendor");
    expect(community.every((r) => r.evidence === "community" || r.evidence === "vendor")).toBe(true);
  });

  it("rejects unknown evidence, workload and regime values with 400 and field errors", async () => {
    const res = await callRoute(getLeaderboardRoute, "/api/v1/leaderboard?evidence=rumour&workload=huge&servingRegime=idle");
    expect(res.status).toBe(400);
    const paths = res.body.errors.map((e: { path: string }) => e.path.split(".")[0]);
    expect(paths).toEqual(expect.arrayContaining(["evidence", "workload", "servingRegime"]));
  });
});
