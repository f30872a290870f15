import "server-only";
import { db } from "@/lib/db";
import type { UserRef } from "@/lib/auth/types";
import { loadReadableScenario, requireScenarioCaller } from "./load-scenario";

/** Sets (or with null clears) the scenario /leaderboard applies for the caller when the URL names none. */
export async function setDefaultScenario({ caller, scenarioId }: { caller: UserRef | null; scenarioId: string | null }): Promise<{ defaultScenarioId: string | null }> {
  requireScenarioCaller(caller);
  const id = scenarioId === null ? null : (await loadReadableScenario(db, scenarioId, caller)).scenario.id;
  await db.user.update({ where: { id: caller.id }, data: { defaultScenarioId: id }, select: { id: true } });
  return { defaultScenarioId: id };
}
