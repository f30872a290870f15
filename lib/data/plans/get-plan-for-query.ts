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
import { ValidationError } from "@/lib/errors";
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

function demandTokensPerDay(inputs: PlanInputs, params: ScenarioParams): number {
  if (inputs.outputTokensPerDay !== undefined && inputs.requestsPerDay !== undefined) {
    throw new ValidationError([{ path: "requestsPerDay", message: "Give the demand as outputTokensPerDay or as requestsPerDay, not both" }]);
  }
  if (inputs.requestsPerDay !== undefined) {
    const missing = (["inputTokens", "outputTokens"] as const).filter((k) => params[k] === undefined);
    if (missing.length) throw new ValidationError(missing.map((path) => ({ path, message: "requestsPerDay needs the average input and output lengths" })));
    const perRequest = params.tokenBasis === "total" ? params.inputTokens! + params.outputTokens! : params.outputTokens!;
    return inputs.requestsPerDay * perRequest;
  }
  if (inputs.outputTokensPerDay !== undefined) {
    if (params.tokenBasis === "total") {
      throw new ValidationError([{ path: "outputTokensPerDay", message: "On the total token basis give requestsPerDay with inputTokens and outputTokens" }]);
    }
    return inputs.outputTokensPerDay;
  }
  throw new ValidationError([
    { path: "outputTokensPerDay", message: "Give the demand: outputTokensPerDay, or requestsPerDay with inputTokens and outputTokens" },
  ]);
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
  const { params, scenario, overrides, savedPlan } = await resolveLeaderboardParams({ query: planQueryToLeaderboardQuery(query), user });
  const planOverrides = planQueryOverrides(query);
  const resolved = resolvePlanInputs(savedPlan, planOverrides);
  if (!resolved.success) throw new ValidationError(resolved.errors);
  const inputs = resolved.inputs;
  if (!params.models?.length && !params.modelType) throw new ValidationError([{ path: "model", message: "Choose a model (or a model type) to plan for" }]);
  if (inputs.mode === "power" && inputs.powerCapMw === undefined)
    throw new ValidationError([{ path: "powerCapMw", message: "Power mode needs a site power cap in MW" }]);
  const tokensPerDay = inputs.mode === "demand" ? demandTokensPerDay(inputs, params) : null;

  const board = await getLeaderboard({ params, vendor: query.vendor, asOf: query.asOf });
  if (board.rows.length === 0 && (params.interactivityTarget !== undefined || params.ttftMsLimit !== undefined)) {
    // Blame the target only when it is what empties the ranking (not, say, the sequence lengths).
    const untargeted = await getLeaderboard({
      params: { ...params, interactivityTarget: undefined, ttftMsLimit: undefined },
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
    params,
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
