import "server-only";

import type { UserRef } from "@/lib/auth/types";
import { getDefaultScenarioId } from "@/lib/data/scenarios/get-default-scenario-id";
import { getScenarioParamsForCaller } from "@/lib/data/scenarios/get-scenario-params";
import { NotFoundError, ValidationError } from "@/lib/errors";
import type { ScenarioRef } from "@/lib/serializers/leaderboard";
import { queryToParamOverrides, resolveParams, type LeaderboardQuery } from "@/lib/validation/leaderboard-query";
import type { ScenarioParams } from "@/lib/validation/scenario-params";

/** `?scenario=none` ranks under the documented defaults even when the user has a default scenario. */
export const NO_SCENARIO = "none";

// The user's default scenario, when it still exists and is still readable (a deleted scenario or
// a team the user left silently falls back to the defaults).
async function defaultScenarioFor(user: UserRef): Promise<Awaited<ReturnType<typeof getScenarioParamsForCaller>> | null> {
  const id = await getDefaultScenarioId({ user });
  if (!id) return null;
  try {
    return await getScenarioParamsForCaller({ id, user });
  } catch (error) {
    if (error instanceof NotFoundError) return null;
    throw error;
  }
}

// Lists are sets here (precisions, evidence kinds, models): "FP8,FP4" repeats a scenario's [FP4, FP8].
function sameValue(a: unknown, b: unknown): boolean {
  const key = (v: unknown) => JSON.stringify(Array.isArray(v) ? [...v].map(String).sort() : v);
  return key(a) === key(b);
}

// A query value repeating the scenario's own (a page fixing the scenario's model type, a shared link)
// changes nothing, so it is not listed as an override; compared with the scenario's values after
// defaults, since a value the scenario leaves out is the documented default.
function changedKeys(base: Partial<ScenarioParams>, overrides: Partial<Record<keyof ScenarioParams, unknown>>): string[] {
  const resolved = resolveParams(base, {});
  const scenarioValues: Partial<Record<string, unknown>> = resolved.success ? resolved.params : base;
  return Object.entries(overrides)
    .filter(([key, value]) => !sameValue(value, scenarioValues[key]))
    .map(([key]) => key);
}

// Scenario values first (the one named in the query, else the user's default scenario), then each
// explicit query parameter overrides one value.
export async function resolveLeaderboardParams({
  query,
  user,
}: {
  query: LeaderboardQuery;
  user: UserRef | null;
}): Promise<{ params: ScenarioParams; scenario: ScenarioRef; overrides: string[]; savedPlan: unknown }> {
  let base: Partial<ScenarioParams> = {};
  let savedPlan: unknown = null;
  let scenario: ScenarioRef = null;
  const named = query.scenario && query.scenario !== NO_SCENARIO ? query.scenario : undefined;
  if (named) {
    const found = await getScenarioParamsForCaller({ id: named, revision: query.revision, user });
    base = found.params;
    savedPlan = found.plan;
    scenario = { id: found.id, name: found.name, revision: found.revision };
  } else if (query.revision !== undefined) {
    throw new ValidationError([{ path: "revision", message: "revision needs a scenario" }]);
  } else if (!query.scenario && user) {
    const found = await defaultScenarioFor(user);
    if (found) {
      base = found.params;
      savedPlan = found.plan;
      scenario = { id: found.id, name: found.name, revision: found.revision };
    }
  }
  const overrides = queryToParamOverrides(query);
  const resolved = resolveParams(base, overrides);
  if (!resolved.success) throw new ValidationError(resolved.errors);
  return { params: resolved.params, scenario, overrides: scenario ? changedKeys(base, overrides) : [], savedPlan };
}
