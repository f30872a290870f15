import { beforeAll, describe, expect, it } from "vitest";

import { GET as getPlan } from "@/app/api/v1/plan/route";
import { getLeaderboard } from "@/lib/data/leaderboard/get-leaderboard";
import { getPlanForQuery, type CapacityPlan } from "@/lib/data/plans/get-plan-for-query";
import { createScenario } from "@/lib/data/scenarios/create-scenario";
import { db } from "@/lib/db";
import { planQuerySchema } from "@/lib/validation/plan";
import { DEFAULT_SCENARIO_PARAMS } from "@/lib/validation/scenario-params";
import { createUser } from "@/prisma/seed/factories";
import { callRoute } from "@/tests/support/call-route";

// The defect a user reported: llama-3.1-8b at 1M requests/day of 1000 in / 500 out planned nothing,
// while the same demand as 500M output tokens/day listed dozens of offerings, because the average
// lengths were also used to filter benchmark results by their lengths.
const MODEL = "llama-3.1-8b";

function planFor(query: Record<string, string>): Promise<CapacityPlan> {
  return getPlanForQuery({ query: planQuerySchema.parse({ model: MODEL, mode: "demand", ...query }), user: null });
}

const fleet = (p: CapacityPlan) => p.plans.map((r) => [r.key, r.rank, r.acceleratorsNeeded, r.monthlyCostUsd, r.megawatts]);

let byTokens: CapacityPlan;

beforeAll(async () => {
  byTokens = await planFor({ outputTokensPerDay: "500000000" });
});

describe("the average lengths turn requests into tokens and filter nothing", () => {
  it("1M requests/day of 1000/500 tokens plans exactly the offerings of 500M output tokens/day", async () => {
    expect(byTokens.plans.length).toBeGreaterThan(1);
    const byRequests = await planFor({ requestsPerDay: "1000000", inputTokens: "1000", outputTokens: "500" });
    expect(byRequests.tokensPerDay).toBe(500_000_000);
    expect(byRequests.peakTokensPerSecond).toBe(byTokens.peakTokensPerSecond);
    expect(fleet(byRequests)).toEqual(fleet(byTokens));
    // The lengths are the plan's inputs (a saved plan keeps them there), not assumptions that a scenario
    // would carry to every leaderboard it is applied to.
    expect(byRequests.inputs).toMatchObject({ inputTokens: 1000, outputTokens: 500 });
    expect(byRequests.params.inputTokens).toBeUndefined();
    expect(byRequests.params.outputTokens).toBeUndefined();
    // Used as a leaderboard filter, these lengths keep fewer offerings: that is what emptied the plan.
    const filtered = await getLeaderboard({ params: { ...DEFAULT_SCENARIO_PARAMS, models: [MODEL], inputTokens: 1000, outputTokens: 500 } });
    expect(new Set(filtered.rows.map((r) => r.offeringSlug)).size).toBeLessThan(byTokens.plans.length);
  });

  it.each([
    ["1024", "512"],
    ["1024", "1024"],
    ["8000", "200"],
  ])("%s in / %s out ranks the same offerings as the tokens-per-day demand", async (input, output) => {
    const requests = 500_000_000 / Number(output);
    const byRequests = await planFor({ requestsPerDay: String(requests), inputTokens: input, outputTokens: output });
    expect(byRequests.tokensPerDay).toBeCloseTo(500_000_000, 3);
    expect(byRequests.plans.map((r) => r.key)).toEqual(byTokens.plans.map((r) => r.key));
  });

  it("lengths given with a tokens-per-day demand change nothing either", async () => {
    const withLengths = await planFor({ outputTokensPerDay: "500000000", inputTokens: "1000", outputTokens: "500" });
    expect(fleet(withLengths)).toEqual(fleet(byTokens));
  });

  it("on the total basis a request counts its input too, over the leaderboard's unfiltered offerings", async () => {
    const total = await planFor({ requestsPerDay: "1000000", inputTokens: "1000", outputTokens: "500", tokenBasis: "total" });
    expect(total.tokensPerDay).toBe(1_500_000_000);
    const board = await getLeaderboard({ params: { ...DEFAULT_SCENARIO_PARAMS, models: [MODEL], tokenBasis: "total" } });
    expect(new Set(total.plans.map((r) => r.row.offeringSlug))).toEqual(new Set(board.rows.map((r) => r.offeringSlug)));
  });

  it("GET /api/v1/plan agrees with the page's data function", async () => {
    const res = await callRoute(getPlan, `/api/v1/plan?model=${MODEL}&mode=demand&requestsPerDay=1000000&inputTokens=1000&outputTokens=500`);
    expect(res.status, res.text.slice(0, 300)).toBe(200);
    const body = res.body as { inputs: { tokensPerDay: number }; plans: { offering: { slug: string }; acceleratorsNeeded: number }[] };
    expect(body.inputs.tokensPerDay).toBe(500_000_000);
    expect(body.plans.map((p) => [p.offering.slug, p.acceleratorsNeeded])).toEqual(byTokens.plans.map((r) => [r.row.offeringSlug, r.acceleratorsNeeded]));
  });
});

describe("planner errors name the field and say what is wrong in words", () => {
  async function errors(query: string) {
    const res = await callRoute(getPlan, `/api/v1/plan?${query}`);
    expect(res.status, res.text.slice(0, 300)).toBe(400);
    return (res.body as { errors: { path: string; message: string }[] }).errors;
  }

  it.each([
    [
      "an interactivity target above the limit",
      `model=${MODEL}&outputTokensPerDay=1000&minTokensPerSecondPerUser=100000`,
      "minTokensPerSecondPerUser",
      "Must be at most 10,000 tokens/s per user",
    ],
    ["a TTFT limit above the limit", `model=${MODEL}&outputTokensPerDay=1000&ttftMsLimit=1e9`, "ttftMsLimit", "Must be at most 600,000 ms"],
    ["a demand too large", `model=${MODEL}&outputTokensPerDay=1e30`, "outputTokensPerDay", "Must be at most 1,000,000,000,000,000,000 tokens per day"],
    ["requests too many", `model=${MODEL}&requestsPerDay=1e20&outputTokens=100`, "requestsPerDay", "Must be at most 1,000,000,000,000,000 requests per day"],
    ["a power cap too large", `model=${MODEL}&outputTokensPerDay=1000&powerCapMw=1e9`, "powerCapMw", "Must be at most 100,000 MW"],
    ["a fractional length", `model=${MODEL}&requestsPerDay=10&outputTokens=10.5`, "outputTokens", "The average output length must be a whole number of tokens"],
    ["an empty model", "model=&mode=demand&outputTokensPerDay=1000000000", "model", "Choose a model to plan for"],
    [
      "requests without an output length",
      `model=${MODEL}&requestsPerDay=10&inputTokens=100`,
      "outputTokens",
      "Requests per day need the average output tokens of a request",
    ],
  ])("%s", async (_name, query, path, message) => {
    expect(await errors(query)).toContainEqual({ path, message });
  });

  it("a missing model and a missing demand are reported together", async () => {
    const found = await errors("mode=demand");
    expect(found.map((e) => e.path).sort()).toEqual(["model", "outputTokensPerDay"]);
  });
});

describe("a plan saved as a scenario keeps its lengths in the plan, not in the scenario's assumptions", () => {
  it("saved from the page's payload, the scenario's parameters carry no lengths and its plan converts requests", async () => {
    const owner = await createUser(db);
    const user = { id: owner.id, role: "user" as const };
    const shown = await planFor({ requestsPerDay: "1000000", inputTokens: "1000", outputTokens: "500" });
    // What the save form posts (app/plan/page.tsx): the plan's assumptions and its inputs.
    const { params, plan } = JSON.parse(JSON.stringify({ params: shown.params, plan: shown.inputs })) as { params: unknown; plan: unknown };
    const saved = await createScenario({ user, input: { name: "fleet by requests", visibility: "private", params, plan } });
    expect(saved.params.inputTokens).toBeUndefined();
    expect(saved.params.outputTokens).toBeUndefined();
    expect(saved.plan).toMatchObject({ requestsPerDay: 1_000_000, inputTokens: 1000, outputTokens: 500 });

    const reopened = await getPlanForQuery({ query: planQuerySchema.parse({ scenario: saved.id }), user });
    expect(reopened.tokensPerDay).toBe(500_000_000);
    expect(fleet(reopened)).toEqual(fleet(byTokens));
  });

  it("a plan saved with the lengths among the scenario's parameters (before they were the plan's) still converts requests, unfiltered", async () => {
    const owner = await createUser(db);
    const user = { id: owner.id, role: "user" as const };
    const older = await createScenario({
      user,
      input: {
        name: "older fleet",
        visibility: "private",
        params: { models: [MODEL], inputTokens: 1000, outputTokens: 500 },
        plan: { mode: "demand", requestsPerDay: 1_000_000 },
      },
    });
    const reopened = await getPlanForQuery({ query: planQuerySchema.parse({ scenario: older.id }), user });
    expect(reopened.inputs).toMatchObject({ inputTokens: 1000, outputTokens: 500 });
    expect(reopened.tokensPerDay).toBe(500_000_000);
    expect(fleet(reopened)).toEqual(fleet(byTokens));
    // A length in the query overrides the saved one, as every plan input does.
    const longer = await getPlanForQuery({ query: planQuerySchema.parse({ scenario: older.id, outputTokens: "1000" }), user });
    expect(longer.tokensPerDay).toBe(1_000_000_000);
  });
});
