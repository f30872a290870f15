import "server-only";

import type { UserRef } from "@/lib/auth/types";
import { recordAudit } from "@/lib/data/audit/record-audit";
import { db } from "@/lib/db";

import { loadEditableScenario } from "./load-scenario";

/** Deletes a scenario with its revisions; anyone who had it as their default falls back to the defaults. */
export async function deleteScenario({ id, user }: { id: unknown; user: UserRef | null }): Promise<{ id: string }> {
  return db.$transaction(async (tx) => {
    const { scenario } = await loadEditableScenario(tx, id, user);
    // User.defaultScenarioId has no foreign key, so it is cleared here.
    await tx.user.updateMany({ where: { defaultScenarioId: scenario.id }, data: { defaultScenarioId: null } });
    await tx.scenario.delete({ where: { id: scenario.id }, select: { id: true } });
    await recordAudit(
      {
        actorId: user!.id,
        action: "scenario.delete",
        targetType: "scenario",
        targetId: scenario.id,
        metadata: { name: scenario.name, revisions: scenario.latestRevision },
      },
      tx,
    );
    return { id: scenario.id };
  });
}
