import "server-only";

import type { UserRef } from "@/lib/auth/types";
import { recordAudit } from "@/lib/data/audit/record-audit";
import { db, Prisma } from "@/lib/db";
import { ConflictError, ForbiddenError } from "@/lib/errors";
import { updateScenarioBodySchema } from "@/lib/validation/scenario";

import { assertKnownModels } from "./assert-known-models";
import { readScenarioDetail, type ScenarioDetail } from "./get-scenario";
import { assertCanShareWithTeam, loadEditableScenario, parseScenarioInput } from "./load-scenario";

function conflict(current: number, edited: number): ConflictError {
  return new ConflictError(
    `This scenario was changed by someone else: it is at revision ${current}, you edited revision ${edited}. Reload and apply your changes again.`,
  );
}

/**
 * Replaces name, sharing and parameters, adding revision latest + 1 (older revisions never change,
 * so pinned links keep their ranking). With expectedRevision, a concurrent save is refused with 409.
 */
export async function updateScenario({ id, user, input }: { id: unknown; user: UserRef | null; input: unknown }): Promise<ScenarioDetail> {
  const body = parseScenarioInput(updateScenarioBodySchema, input);
  const nextTeamId = body.visibility === "team" ? body.teamId! : null;
  try {
    return await db.$transaction(async (tx) => {
      const { scenario } = await loadEditableScenario(tx, id, user);
      const editor = user!;
      const current = scenario.latestRevision;
      if (body.expectedRevision !== undefined && body.expectedRevision !== current) throw conflict(current, body.expectedRevision);

      const sharingChanges = body.visibility !== scenario.visibility || nextTeamId !== (scenario.visibility === "team" ? scenario.teamId : null);
      if (sharingChanges) {
        if (scenario.ownerId !== editor.id) throw new ForbiddenError("Only the scenario's owner can change who it is shared with");
        if (nextTeamId) await assertCanShareWithTeam(tx, editor, nextTeamId);
      }
      await assertKnownModels(tx, body.params.models);

      // Compare-and-set on latestRevision: of two concurrent saves exactly one moves it.
      const moved = await tx.scenario.updateMany({
        where: { id: scenario.id, latestRevision: current },
        data: { name: body.name, visibility: body.visibility, teamId: nextTeamId, latestRevision: current + 1 },
      });
      if (moved.count !== 1) {
        const now = await tx.scenario.findUnique({ where: { id: scenario.id }, select: { latestRevision: true } });
        throw conflict(now?.latestRevision ?? current + 1, body.expectedRevision ?? current);
      }
      // Editing assumptions on the scenario form must not drop a plan saved from the planner.
      const plan =
        body.plan ??
        (await tx.scenarioRevision.findUnique({ where: { scenarioId_revision: { scenarioId: scenario.id, revision: current } }, select: { plan: true } }))
          ?.plan ??
        undefined;
      await tx.scenarioRevision.create({
        data: {
          scenarioId: scenario.id,
          revision: current + 1,
          params: body.params as Prisma.InputJsonObject,
          ...(plan ? { plan: plan as Prisma.InputJsonObject } : {}),
          authorId: editor.id,
        },
        select: { id: true },
      });
      await recordAudit(
        {
          actorId: editor.id,
          action: "scenario.update",
          targetType: "scenario",
          targetId: scenario.id,
          metadata: { revision: current + 1, visibility: body.visibility, teamId: nextTeamId },
        },
        tx,
      );
      return readScenarioDetail(tx, scenario.id, editor);
    });
  } catch (error) {
    // The unique (scenarioId, revision) index is the last line of defence against a lost update.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new ConflictError("This scenario was changed by someone else at the same moment. Reload and apply your changes again.");
    }
    throw error;
  }
}
