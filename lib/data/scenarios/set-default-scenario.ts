import "server-only";
import { db } from "@/lib/db";
import type { ScenarioCaller } from "./caller";
import { loadReadableScenario, requireScenarioCaller } from "./load-scenario";

/** Sets (or with null clears) the scenario /leaderboard applies for the caller when the URL names none. */
export async function setDefaultScenario({ caller, scenarioId }: { caller: ScenarioCaller | null; scenarioId: string | null }): Promise<{ defaultScenarioId: string | null }> {
  requireScenarioCaller(caller);
  const id = scenarioId === null ? null : (await loadReadableScenario(db, scenarioId, caller)).scenario.id;
  await db.user.update({ where: { id: caller.id }, data: { defaultScenarioId: id }, select: { id: true } });
  return { defaultScenarioId: id };
}
