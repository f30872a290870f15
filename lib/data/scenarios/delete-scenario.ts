import "server-only";

import type { UserRef } from "@/lib/auth/types";
import { recordAudit } from "@/lib/data/audit/record-audit";
import { db } from "@/lib/db";
import { ValidationError } from "@/lib/errors";

import { loadEditableScenario } from "./load-scenario";

/**
 * Deletes a scenario with its revisions; anyone who had it as their default falls back to the defaults.
 * The form passes `confirmName` (what the person typed): it must equal the scenario's name, checked in
 * the same transaction as the delete so a rename in between cannot slip through. API clients confirm
 * by calling DELETE and pass none.
 */
export async function deleteScenario({ id, user, confirmName }: { id: unknown; user: UserRef | null; confirmName?: string }): Promise<{ id: string }> {
  return db.$transaction(async (tx) => {
    const { scenario } = await loadEditableScenario(tx, id, user);
    if (confirmName !== undefined && confirmName.trim() !== scenario.name) {
      const message = confirmName.trim() === "" ? "Type the scenario's name to confirm" : "Does not match the scenario name";
      throw new ValidationError([{ path: "confirm", message }], 422);
    }
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
