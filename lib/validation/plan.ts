import { z } from "zod";

import { leaderboardQuerySchema, type LeaderboardQuery } from "./leaderboard-query";

export const PLAN_MODES = ["demand", "power"] as const;
export type PlanMode = (typeof PLAN_MODES)[number];

// The inputs a saved plan keeps next to its scenario's assumptions (ScenarioRevision.plan). Model,
// interactivity target, TTFT limit, deployment and sequence lengths are scenario parameters already.
export const planInputsSchema = z.strictObject({
  mode: z.enum(PLAN_MODES, "Mode must be demand or power").default("demand"),
  outputTokensPerDay: z.number("Must be a number").positive("Demand must be more than 0 tokens per day").max(1e18).optional(),
  requestsPerDay: z.number("Must be a number").positive("Demand must be more than 0 requests per day").max(1e15).optional(),
  peakToAverage: z.number("Must be a number").min(1, "Peak-to-average is at least 1").max(100, "Peak-to-average is at most 100").default(1),
  powerCapMw: z.number("Must be a number").positive("The power cap must be more than 0 MW").max(100_000, "At most 100,000 MW").optional(),
  budgetUsdPerMonth: z.number("Must be a number").positive("The budget must be more than $0").max(1e13).optional(),
});

export type PlanInputs = z.output<typeof planInputsSchema>;

function num(message = "Must be a number") {
  return z
    .string()
    .trim()
    .regex(/^-?\d+(\.\d+)?([eE][-+]?\d+)?$/, message)
    .transform(Number);
}

// GET /api/v1/plan and the /plan page: the leaderboard's assumption parameters, with the interactivity
// target and TTFT limit under the planner's names, plus the workload. Values override a scenario's.
export const planQuerySchema = leaderboardQuerySchema.omit({ interactivity: true, ttftMs: true, limit: true }).extend({
  mode: z.enum(PLAN_MODES, "Mode must be demand or power").optional(),
  outputTokensPerDay: num().optional(),
  requestsPerDay: num().optional(),
  peakToAverage: num().optional(),
  minTokensPerSecondPerUser: num().optional(),
  ttftMsLimit: num().optional(),
  powerCapMw: num().optional(),
  budgetUsdPerMonth: num().optional(),
});

export type PlanQuery = z.output<typeof planQuerySchema>;

const PLAN_KEYS = ["mode", "outputTokensPerDay", "requestsPerDay", "peakToAverage", "powerCapMw", "budgetUsdPerMonth"] as const;

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
