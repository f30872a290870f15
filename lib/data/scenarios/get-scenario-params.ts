import "server-only";

import type { UserRef } from "@/lib/auth/types";
import { db } from "@/lib/db";
import { scenarioParamsSchema, type ScenarioParams } from "@/lib/validation/scenario-params";

import { scenarioAccess, scenarioNotFound } from "./access";

// The parameters of one revision (the latest unless pinned), for ranking under a scenario, and its
// capacity-plan inputs (null unless saved from the planner).
export async function getScenarioParamsForCaller({
  id,
  revision,
  user,
}: {
  id: string;
  revision?: number;
  user: UserRef | null;
}): Promise<{ id: string; name: string; revision: number; params: ScenarioParams; plan: unknown }> {
  const scenario = await db.scenario.findUnique({
    where: { id },
    select: { id: true, name: true, ownerId: true, teamId: true, visibility: true, latestRevision: true },
  });
  if (!scenario) throw scenarioNotFound(id);
  const access = await scenarioAccess(scenario, user);
  if (!access.canRead) throw scenarioNotFound(id);
  const wanted = revision ?? scenario.latestRevision;
  const row = await db.scenarioRevision.findUnique({
    where: { scenarioId_revision: { scenarioId: scenario.id, revision: wanted } },
    select: { revision: true, params: true, plan: true },
  });
  if (!row) throw scenarioNotFound(`${id} revision ${wanted}`);
  return { id: scenario.id, name: scenario.name, revision: row.revision, params: scenarioParamsSchema.parse(row.params), plan: row.plan };
}
