import "server-only";

import type { UserRef } from "@/lib/auth/types";
import {
  fitsBudget,
  fitsPowerCap,
  peakTokensPerSecond,
  planForDemand,
  planForPowerCap,
  rankPlans,
  type Plan,
  type PlanOffering,
  type RankedPlan,
} from "@/lib/cost/plan";
import { bestPerGroup } from "@/lib/cost/rank";
import { getLeaderboard, type LeaderboardRow } from "@/lib/data/leaderboard/get-leaderboard";
import { resolveLeaderboardParams } from "@/lib/data/leaderboard/resolve-leaderboard-params";
import { ValidationError, type FieldError } from "@/lib/errors";
import type { ScenarioRef } from "@/lib/serializers/leaderboard";
import { planQueryOverrides, planQueryToLeaderboardQuery, resolvePlanInputs, type PlanInputs, type PlanQuery } from "@/lib/validation/plan";
import type { ScenarioParams } from "@/lib/validation/scenario-params";

export type PlanRow = RankedPlan<Plan & { key: string; fitsPowerCap: boolean | null; fitsBudget: boolean; row: LeaderboardRow }>;

export type CapacityPlan = {
  params: ScenarioParams;
  asOf: string;
  scenario: ScenarioRef;
  overrides: string[];
  inputs: PlanInputs;
  /** Demand in tokens per day on the ranking's token basis (demand mode). */
  tokensPerDay: number | null;
  peakTokensPerSecond: number | null;
  plans: PlanRow[];
  /** Offerings the ranking has but a plan cannot be made for (power mode without a power figure). */
  unplannable: { row: LeaderboardRow; reason: string }[];
};

// Demand on the ranking's token basis. The average lengths only convert requests into tokens here.
function demandTokensPerDay(inputs: PlanInputs, tokenBasis: ScenarioParams["tokenBasis"]): { tokensPerDay: number | null; errors: FieldError[] } {
  if (inputs.outputTokensPerDay !== undefined && inputs.requestsPerDay !== undefined) {
    return { tokensPerDay: null, errors: [{ path: "requestsPerDay", message: "Give the demand as output tokens per day or as requests per day, not both" }] };
  }
  if (inputs.requestsPerDay !== undefined) {
    const total = tokenBasis === "total";
    const needed = total ? (["inputTokens", "outputTokens"] as const) : (["outputTokens"] as const);
    const missing = needed.filter((k) => inputs[k] === undefined);
    if (missing.length) {
      const message = total
        ? "Requests per day on the total token basis need the average input and output tokens"
        : "Requests per day need the average output tokens of a request";
      return { tokensPerDay: null, errors: missing.map((path) => ({ path, message })) };
    }
    return { tokensPerDay: inputs.requestsPerDay * (total ? inputs.inputTokens! + inputs.outputTokens! : inputs.outputTokens!), errors: [] };
  }
  if (inputs.outputTokensPerDay !== undefined) {
    if (tokenBasis === "total") {
      return {
        tokensPerDay: null,
        errors: [{ path: "outputTokensPerDay", message: "On the total token basis give requests per day with the average input and output tokens" }],
      };
    }
    return { tokensPerDay: inputs.outputTokensPerDay, errors: [] };
  }
  return {
    tokensPerDay: null,
    errors: [{ path: "outputTokensPerDay", message: "Give the demand: output tokens per day, or requests per day with the average output tokens" }],
  };
}

// Leaderboard parameter names back to the planner's, so an error lands on the planner's own field.
const LEADERBOARD_TO_PLAN_PATH: Record<string, string> = { interactivity: "minTokensPerSecondPerUser", ttftMs: "ttftMsLimit" };
function toPlanPath(error: FieldError): FieldError {
  return { ...error, path: LEADERBOARD_TO_PLAN_PATH[error.path] ?? error.path };
}

function planOffering(row: LeaderboardRow): PlanOffering {
  return {
    tokensPerSecondPerAccelerator: row.tokensPerSecondPerAccelerator,
    usdPerAcceleratorHour: row.usdPerAcceleratorHour,
    facilityKwPerAccelerator: row.power?.facilityKwPerAccelerator ?? null,
    acceleratorsPerUnit: row.meta!.acceleratorsPerUnit,
    utilization: row.utilization,
  };
}

function impossibleTarget(params: ScenarioParams): ValidationError {
  const model = params.models?.join(", ") ?? params.modelType;
  const errors = [];
  if (params.interactivityTarget !== undefined) {
    errors.push({
      path: "minTokensPerSecondPerUser",
      message: `No measured configuration of ${model} reaches ${params.interactivityTarget} tok/s per user under these filters`,
    });
  }
  if (params.ttftMsLimit !== undefined) {
    errors.push({
      path: "ttftMsLimit",
      message: `No measured configuration of ${model} meets a ${params.ttftMsLimit} ms TTFT limit at this target under these filters`,
    });
  }
  return new ValidationError(errors);
}

/**
 * The planner: ranks offerings for a model exactly as the leaderboard does (same frontier point, price,
 * power figure) and sizes a fleet of each for the demand, or for the power cap in power mode.
 */
export async function getPlanForQuery({ query, user }: { query: PlanQuery; user: UserRef | null }): Promise<CapacityPlan> {
  const { params, scenario, overrides, savedPlan } = await resolveLeaderboardParams({ query: planQueryToLeaderboardQuery(query), user }).catch(
    (error: unknown) => {
      throw error instanceof ValidationError ? new ValidationError(error.errors.map(toPlanPath)) : error;
    },
  );
  const planOverrides = planQueryOverrides(query);
  // Every input error at once, so the form can mark each field instead of one at a time.
  const errors: FieldError[] = [];
  if (!params.models?.length && !params.modelType) errors.push({ path: "model", message: "Choose a model to plan for" });
  const resolved = resolvePlanInputs(savedPlan, planOverrides);
  if (!resolved.success) throw new ValidationError([...errors, ...resolved.errors]);
  // Plans saved before the lengths were the plan's kept them in the scenario's parameters.
  const inputs: PlanInputs = {
    ...resolved.inputs,
    inputTokens: resolved.inputs.inputTokens ?? params.inputTokens,
    outputTokens: resolved.inputs.outputTokens ?? params.outputTokens,
  };
  if (inputs.mode === "power" && inputs.powerCapMw === undefined) errors.push({ path: "powerCapMw", message: "Power mode needs a site power cap in MW" });
  const demand = inputs.mode === "demand" ? demandTokensPerDay(inputs, params.tokenBasis) : { tokensPerDay: null, errors: [] };
  errors.push(...demand.errors);
  if (errors.length) throw new ValidationError(errors);
  const tokensPerDay = demand.tokensPerDay;

  // The average lengths describe the user's traffic, not which benchmarks to trust: unlike on the
  // leaderboard they never filter results (a 1000/500 workload must not empty the ranking), so a demand
  // given as requests per day ranks exactly the offerings its output tokens per day would. A scenario
  // whose own parameters carry lengths (an older saved plan) is ranked without them too.
  const rankingParams: ScenarioParams = { ...params, inputTokens: undefined, outputTokens: undefined };
  const board = await getLeaderboard({ params: rankingParams, vendor: query.vendor, asOf: query.asOf });
  if (board.rows.length === 0 && (params.interactivityTarget !== undefined || params.ttftMsLimit !== undefined)) {
    // Blame the target only when it is what empties the ranking (not, say, the workload class).
    const untargeted = await getLeaderboard({
      params: { ...rankingParams, interactivityTarget: undefined, ttftMsLimit: undefined },
      vendor: query.vendor,
      asOf: query.asOf,
      limit: 1,
    });
    if (untargeted.rows.length > 0) throw impossibleTarget(params);
  }
  // Several models of a type: each offering is planned on its cheapest one, as the leaderboard ranks them.
  const rows = bestPerGroup(board.rows, (row) => row.offeringSlug);

  const sized: Omit<PlanRow, "rank">[] = [];
  const unplannable: CapacityPlan["unplannable"] = [];
  for (const row of rows) {
    const offering = planOffering(row);
    const plan =
      tokensPerDay !== null ? planForDemand(offering, { tokensPerDay, peakToAverage: inputs.peakToAverage }) : planForPowerCap(offering, inputs.powerCapMw!);
    if (!plan) {
      unplannable.push({ row, reason: "no power figure: neither measured nor provisioned kW is known" });
      continue;
    }
    sized.push({
      ...plan,
      key: `${row.offeringSlug}|${row.modelSlug}`,
      fitsPowerCap: inputs.mode === "power" ? plan.units > 0 : fitsPowerCap(plan.megawatts, inputs.powerCapMw),
      fitsBudget: fitsBudget(plan.monthlyCostUsd, inputs.budgetUsdPerMonth),
      row,
    });
  }
  return {
    params: rankingParams,
    asOf: board.asOf,
    scenario,
    overrides: scenario ? [...overrides, ...Object.keys(planOverrides).filter((k) => query[k as keyof PlanQuery] !== undefined)] : [],
    inputs,
    tokensPerDay,
    peakTokensPerSecond: tokensPerDay !== null ? peakTokensPerSecond(tokensPerDay, inputs.peakToAverage) : null,
    plans: rankPlans(sized, inputs.mode),
    unplannable,
  };
}
