import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { getLeaderboard } from "@/lib/data/leaderboard/get-leaderboard";
import { compareScenarios } from "@/lib/data/scenarios/compare-scenarios";
import { getScenarioSensitivity } from "@/lib/data/scenarios/get-scenario-sensitivity";
import { db } from "@/lib/db";
import { scenarioParamsSchema } from "@/lib/validation/scenario-params";

import { createScenarioWorld, type ScenarioWorld } from "./scenario-fixtures";

let w: ScenarioWorld;
// A model the seeded catalog has cloud and on-prem results for.
const MODEL = "llama-2-70b";

beforeAll(async () => {
  w = await createScenarioWorld();
});

afterAll(async () => {
  await db.$disconnect();
});

// Models with on-prem offerings, tried in order: the first whose cheap-power leader loses to another
// offering as electricity rises is the one checked (which model that is depends on the seeded data).
const BREAK_EVEN_CANDIDATES = ["llama-2-70b", "llama-3.1-405b", "deepseek-r1", "gpt-oss-120b", "llama-3.1-8b", "mixtral-8x7b", "llama-2-7b", "llama-3-8b"];

const topKeyAt = async (params: Record<string, unknown>, model = MODEL) => {
  const board = await getLeaderboard({ params: scenarioParamsSchema.parse({ ...params, models: [model] }) });
  return `${board.rows[0].offeringSlug}|${board.rows[0].modelSlug}`;
};

describe("sensitivity on the seeded catalog", () => {
  it("the solved break-even electricity price is where the real ranking changes its leader", async () => {
    const id = await w.newPrivate("user", { electricityUsdPerKwh: 0.03 });
    let model = "";
    let s: Awaited<ReturnType<typeof getScenarioSensitivity>> | undefined;
    for (const candidate of BREAK_EVEN_CANDIDATES) {
      s = await getScenarioSensitivity({ id, user: w.caller("user"), model: candidate });
      model = candidate;
      if (s.electricity?.lossAbove) break;
    }
    expect(s!.offerings.length).toBeGreaterThan(2);
    const loss = s!.electricity!.lossAbove;
    expect(loss, "some seeded model's leader changes as electricity rises").not.toBeNull();
    expect(loss!.value).toBeGreaterThan(0.03);
    // Just below the solved value the leader holds; just above it the named challenger leads.
    expect(await topKeyAt({ electricityUsdPerKwh: loss!.value - 1e-4 }, model)).toBe(s!.electricity!.topKey);
    expect(await topKeyAt({ electricityUsdPerKwh: loss!.value + 1e-4 }, model)).toBe(loss!.challengerKey);
    // Utilization as the cost model applies it never reorders; the chart covers the break-even.
    expect(s!.utilization!.lossAbove).toBeNull();
    expect(s!.utilization!.lossBelow).toBeNull();
    expect(s!.curves.electricity!.to).toBeGreaterThan(loss!.value);
    expect(s!.curves.electricity!.points).toHaveLength(25);
    expect(s!.chartKeys).toContain(loss!.challengerKey);
  });
});

describe("compareScenarios on the seeded catalog", () => {
  it("ranks the same leaderboard under both scenarios with rank and cost changes", async () => {
    const a = await w.newPrivate("user", { electricityUsdPerKwh: 0.03 });
    const b = await w.newTeam("teamAAdmin", { electricityUsdPerKwh: 0.5 });
    // Both sides must be readable: another user's private scenario is refused like a missing one.
    await expect(compareScenarios({ user: w.caller("teamAAdmin"), a: { id: a }, b: { id: b }, model: MODEL })).rejects.toThrow(/No scenario/);
    const a2 = await w.newPrivate("teamAAdmin", { electricityUsdPerKwh: 0.03 });
    const result = await compareScenarios({ user: w.caller("teamAAdmin"), a: { id: a2 }, b: { id: b }, model: MODEL });
    expect(result.sameTokenBasis).toBe(true);
    expect(result.rows.length).toBe(result.a.totalRows);
    for (const row of result.rows) {
      expect(row.rankA).not.toBeNull();
      expect(row.rankB).not.toBeNull();
      expect(row.usdPerMillionTokensChange).toBeCloseTo(row.usdPerMillionTokensB! - row.usdPerMillionTokensA!, 12);
      // Dearer electricity: cloud rows keep their cost, on-prem rows get dearer.
      expect(row.usdPerMillionTokensChange!).toBeGreaterThanOrEqual(0);
    }
    expect(result.rows.some((r) => r.usdPerMillionTokensChange! > 0)).toBe(true);
    expect(result.rows.some((r) => r.rankChange !== 0)).toBe(true);
    // Ranks are permutations of each other.
    expect(result.rows.map((r) => r.rankA).sort((x, y) => x! - y!)).toEqual(result.rows.map((r) => r.rankB).sort((x, y) => x! - y!));
  });

  it("never subtracts costs on different token bases", async () => {
    const a = await w.newPrivate("user", { tokenBasis: "output" });
    const b = await w.newPrivate("user", { tokenBasis: "total" });
    const result = await compareScenarios({ user: w.caller("user"), a: { id: a }, b: { id: b }, model: MODEL });
    expect(result.sameTokenBasis).toBe(false);
    expect(result.rows.every((r) => r.usdPerMillionTokensChange === null)).toBe(true);
  });
});
