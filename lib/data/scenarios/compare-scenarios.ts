import "server-only";

import type { UserRef } from "@/lib/auth/types";
import { getLeaderboard, type LeaderboardRow } from "@/lib/data/leaderboard/get-leaderboard";
import { ValidationError } from "@/lib/errors";
import { compareRankings, type ComparedEntry, type RankedEntry } from "@/lib/pure/compare-rankings";
import { resolveParams } from "@/lib/validation/leaderboard-query";
import type { ScenarioParams } from "@/lib/validation/scenario-params";

import { getScenarioParamsForCaller } from "./get-scenario-params";

export type ScenarioSide = { id: string; revision?: number };
export type ComparedScenario = { id: string; name: string; revision: number; params: ScenarioParams; totalRows: number };

function toEntry(row: LeaderboardRow): RankedEntry {
  return {
    offeringSlug: row.offeringSlug,
    offeringName: row.meta?.offering.name ?? row.offeringSlug,
    modelSlug: row.modelSlug,
    modelName: row.meta?.model.name ?? row.modelSlug,
    rank: row.rank,
    usdPerMillionTokens: row.usdPerMillionTokens,
  };
}

/**
 * The same leaderboard (all models, or one model / model type for both) ranked under scenario A and
 * scenario B, joined per offering × model with rank and cost changes. Both must be readable.
 */
export async function compareScenarios({
  user,
  a,
  b,
  model,
  modelType,
  asOf,
}: {
  user: UserRef | null;
  a: ScenarioSide;
  b: ScenarioSide;
  model?: string;
  modelType?: string;
  asOf?: string;
}): Promise<{ a: ComparedScenario; b: ComparedScenario; sameTokenBasis: boolean; rows: ComparedEntry[] }> {
  const [foundA, foundB] = await Promise.all([
    getScenarioParamsForCaller({ id: a.id, revision: a.revision, user }),
    getScenarioParamsForCaller({ id: b.id, revision: b.revision, user }),
  ]);
  // The view filter applies to both sides alike, so the two rankings cover the same rows.
  const overrides: Partial<Record<keyof ScenarioParams, unknown>> = model ? { models: [model] } : modelType ? { modelType, models: undefined } : {};
  const resolve = (params: ScenarioParams, side: "a" | "b") => {
    const resolved = resolveParams(params, overrides);
    if (!resolved.success) throw new ValidationError(resolved.errors.map((e) => ({ path: `${side}.${e.path}`, message: e.message })));
    return resolved.params;
  };
  const paramsA = resolve(foundA.params, "a");
  const paramsB = resolve(foundB.params, "b");
  const [boardA, boardB] = await Promise.all([getLeaderboard({ params: paramsA, asOf }), getLeaderboard({ params: paramsB, asOf })]);
  const sameTokenBasis = paramsA.tokenBasis === paramsB.tokenBasis;
  return {
    a: { id: foundA.id, name: foundA.name, revision: foundA.revision, params: paramsA, totalRows: boardA.totalRows },
    b: { id: foundB.id, name: foundB.name, revision: foundB.revision, params: paramsB, totalRows: boardB.totalRows },
    sameTokenBasis,
    rows: compareRankings(boardA.rows.map(toEntry), boardB.rows.map(toEntry), sameTokenBasis),
  };
}
