import "server-only";

import { assertUser } from "@/lib/auth/roles";
import type { UserRef } from "@/lib/auth/types";
import { db } from "@/lib/db";

import { loadReadableScenario } from "./load-scenario";

/** Sets (or with null clears) the scenario /leaderboard applies for the user when the URL names none. */
export async function setDefaultScenario({
  user,
  scenarioId,
}: {
  user: UserRef | null;
  scenarioId: string | null;
}): Promise<{ defaultScenarioId: string | null }> {
  assertUser(user);
  const id = scenarioId === null ? null : (await loadReadableScenario(db, scenarioId, user)).scenario.id;
  await db.user.update({ where: { id: user.id }, data: { defaultScenarioId: id }, select: { id: true } });
  return { defaultScenarioId: id };
}
