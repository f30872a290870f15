import { z } from "zod";

import { leaderboardQuerySchema, type LeaderboardQuery } from "./leaderboard-query";
import { SCENARIO_LIMITS } from "./scenario-params";

export const PLAN_MODES = ["demand", "power"] as const;
export type PlanMode = (typeof PLAN_MODES)[number];

// Upper bounds, named once: the schemas' limits and their messages. (zod 4 gives a check without its
// own message the type's message, so every check below carries one: 1e30 is not "not a number".)
export const PLAN_LIMITS = {
  outputTokensPerDay: 1e18,
  requestsPerDay: 1e15,
  powerCapMw: 100_000,
  budgetUsdPerMonth: 1e13,
  // The targets and lengths a plan shares with its scenario: the scenario's bounds.
  tokensPerSecondPerUser: SCENARIO_LIMITS.interactivityTarget,
  ttftMs: SCENARIO_LIMITS.ttftMsLimit,
  sequenceTokens: SCENARIO_LIMITS.sequenceTokens,
} as const;

const count = (n: number) => n.toLocaleString("en-US");

// The inputs a saved plan keeps next to its scenario's assumptions (ScenarioRevision.plan). Model,
// interactivity target, TTFT limit and deployment are scenario parameters already. The average lengths
// of a request are the plan's, not the scenario's: as scenario parameters they would filter every
// leaderboard the scenario is applied to, while in a plan they only turn requests into tokens.
export const planInputsSchema = z.strictObject({
  mode: z.enum(PLAN_MODES, "Mode must be demand or power").default("demand"),
  outputTokensPerDay: z
    .number("Must be a number")
    .positive("Demand must be more than 0 tokens per day")
    .max(PLAN_LIMITS.outputTokensPerDay, `Must be at most ${count(PLAN_LIMITS.outputTokensPerDay)} tokens per day`)
    .optional(),
  requestsPerDay: z
    .number("Must be a number")
    .positive("Demand must be more than 0 requests per day")
    .max(PLAN_LIMITS.requestsPerDay, `Must be at most ${count(PLAN_LIMITS.requestsPerDay)} requests per day`)
    .optional(),
  peakToAverage: z.number("Must be a number").min(1, "Peak-to-average is at least 1").max(100, "Peak-to-average is at most 100").default(1),
  powerCapMw: z
    .number("Must be a number")
    .positive("The power cap must be more than 0 MW")
    .max(PLAN_LIMITS.powerCapMw, `Must be at most ${count(PLAN_LIMITS.powerCapMw)} MW`)
    .optional(),
  budgetUsdPerMonth: z
    .number("Must be a number")
    .positive("The budget must be more than $0")
    .max(PLAN_LIMITS.budgetUsdPerMonth, `Must be at most $${count(PLAN_LIMITS.budgetUsdPerMonth)} per month`)
    .optional(),
  inputTokens: sequenceLength("input").optional(),
  outputTokens: sequenceLength("output").optional(),
});

export type PlanInputs = z.output<typeof planInputsSchema>;

function sequenceLength(kind: "input" | "output") {
  return z
    .number()
    .int(`The average ${kind} length must be a whole number of tokens`)
    .positive(`The average ${kind} length must be more than 0 tokens`)
    .max(PLAN_LIMITS.sequenceTokens, `The average ${kind} length must be at most ${count(PLAN_LIMITS.sequenceTokens)} tokens`);
}

function num(message = "Must be a number") {
  return z
    .string()
    .trim()
    .regex(/^-?\d+(\.\d+)?([eE][-+]?\d+)?$/, message)
    .transform(Number);
}

// A query-string number checked against the same bounds the planner applies, so a value out of range
// is reported at its own field, in words, before anything is planned.
const boundedNum = (check: z.ZodNumber) => num().pipe(check);

// GET /api/v1/plan and the /plan page: the leaderboard's assumption parameters, with the interactivity
// target and TTFT limit under the planner's names, plus the workload. Values override a scenario's.
export const planQuerySchema = leaderboardQuerySchema.omit({ interactivity: true, ttftMs: true, limit: true }).extend({
  // An empty model (the form's "Choose a model") is no model: the planner then asks for one.
  model: z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), leaderboardQuerySchema.shape.model),
  mode: z.enum(PLAN_MODES, "Mode must be demand or power").optional(),
  outputTokensPerDay: num().optional(),
  requestsPerDay: num().optional(),
  peakToAverage: num().optional(),
  minTokensPerSecondPerUser: boundedNum(
    z
      .number()
      .positive("Must be more than 0 tokens/s per user")
      .max(PLAN_LIMITS.tokensPerSecondPerUser, `Must be at most ${count(PLAN_LIMITS.tokensPerSecondPerUser)} tokens/s per user`),
  ).optional(),
  ttftMsLimit: boundedNum(
    z
      .number()
      .positive("Must be more than 0 ms")
      .max(PLAN_LIMITS.ttftMs, `Must be at most ${count(PLAN_LIMITS.ttftMs)} ms`),
  ).optional(),
  inputTokens: boundedNum(sequenceLength("input"))
    .describe(
      "Average input length of a request, in tokens: with outputTokens, turns requestsPerDay into tokens per day (input + output on the total " +
        "basis). Unlike on the leaderboard it does not filter results by benchmark lengths (workload= does).",
    )
    .optional(),
  outputTokens: boundedNum(sequenceLength("output"))
    .describe(
      "Average output length of a request, in tokens: turns requestsPerDay into output tokens per day. Unlike on the leaderboard it does not " +
        "filter results by benchmark lengths (workload= does).",
    )
    .optional(),
  powerCapMw: num().optional(),
  budgetUsdPerMonth: num().optional(),
});

export type PlanQuery = z.output<typeof planQuerySchema>;

const PLAN_KEYS = ["mode", "outputTokensPerDay", "requestsPerDay", "peakToAverage", "powerCapMw", "budgetUsdPerMonth", "inputTokens", "outputTokens"] as const;

/** The leaderboard query the plan is ranked under (same names, same overrides). */
export function planQueryToLeaderboardQuery(query: PlanQuery): LeaderboardQuery {
  const { minTokensPerSecondPerUser, ttftMsLimit, ...rest } = query;
  const leaderboard: Record<string, unknown> = { ...rest, interactivity: minTokensPerSecondPerUser, ttftMs: ttftMsLimit };
  for (const key of PLAN_KEYS) delete leaderboard[key];
  return leaderboard as LeaderboardQuery;
}

/** Plan inputs the query sets explicitly, to lay over a saved plan's. */
export function planQueryOverrides(query: PlanQuery): Partial<Record<(typeof PLAN_KEYS)[number], unknown>> {
  const overrides: Partial<Record<(typeof PLAN_KEYS)[number], unknown>> = {};
  for (const key of PLAN_KEYS) if (query[key] !== undefined) overrides[key] = query[key];
  // One demand replaces the other: a query giving requests per day drops a saved tokens-per-day figure.
  if (query.requestsPerDay !== undefined && query.outputTokensPerDay === undefined) overrides.outputTokensPerDay = undefined;
  if (query.outputTokensPerDay !== undefined && query.requestsPerDay === undefined) overrides.requestsPerDay = undefined;
  return overrides;
}

/** Saved plan (if any) + query overrides → validated inputs, or field errors under the query names. */
export function resolvePlanInputs(
  saved: unknown,
  overrides: Record<string, unknown>,
): { success: true; inputs: PlanInputs } | { success: false; errors: { path: string; message: string }[] } {
  const base = saved && typeof saved === "object" ? (saved as Record<string, unknown>) : {};
  const merged = Object.fromEntries(Object.entries({ ...base, ...overrides }).filter(([, v]) => v !== undefined));
  const parsed = planInputsSchema.safeParse(merged);
  if (!parsed.success) return { success: false, errors: parsed.error.issues.map((i) => ({ path: String(i.path[0] ?? "(root)"), message: i.message })) };
  return { success: true, inputs: parsed.data };
}
