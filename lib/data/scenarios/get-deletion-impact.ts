import "server-only";

import type { UserRef } from "@/lib/auth/types";
import { db } from "@/lib/db";

import { loadEditableScenario } from "./load-scenario";

export type ScenarioDeletionImpact = { revisions: number; defaultForPeople: number };

/** What deleting a scenario takes away, for the confirmation on its page; for people who may delete it. */
export async function getDeletionImpact({ id, user }: { id: unknown; user: UserRef | null }): Promise<ScenarioDeletionImpact> {
  const { scenario } = await loadEditableScenario(db, id, user);
  // Revisions are never deleted one by one, so the latest number is their count.
  const defaultForPeople = await db.user.count({ where: { defaultScenarioId: scenario.id } });
  return { revisions: scenario.latestRevision, defaultForPeople };
}
