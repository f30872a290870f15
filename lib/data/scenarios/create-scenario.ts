import "server-only";

import { assertUser } from "@/lib/auth/roles";
import type { UserRef } from "@/lib/auth/types";
import { recordAudit } from "@/lib/data/audit/record-audit";
import { db, type Prisma } from "@/lib/db";
import { scenarioBodySchema } from "@/lib/validation/scenario";

import { assertKnownModels } from "./assert-known-models";
import { readScenarioDetail, type ScenarioDetail } from "./get-scenario";
import { assertCanShareWithTeam, parseScenarioInput } from "./load-scenario";

/** Saves a new scenario owned by the user, as revision 1. Team scenarios need owner/admin rights in that team. */
export async function createScenario({ user, input }: { user: UserRef | null; input: unknown }): Promise<ScenarioDetail> {
  assertUser(user);
  const body = parseScenarioInput(scenarioBodySchema, input);
  const teamId = body.visibility === "team" ? body.teamId! : null;
  return db.$transaction(async (tx) => {
    if (teamId) await assertCanShareWithTeam(tx, user, teamId);
    await assertKnownModels(tx, body.params.models);
    const scenario = await tx.scenario.create({
      // Fields are listed one by one: the body is never spread into data.
      data: {
        name: body.name,
        ownerId: user.id,
        teamId,
        visibility: body.visibility,
        latestRevision: 1,
        revisions: {
          create: {
            revision: 1,
            params: body.params as Prisma.InputJsonObject,
            ...(body.plan ? { plan: body.plan as Prisma.InputJsonObject } : {}),
            authorId: user.id,
          },
        },
      },
      select: { id: true },
    });
    await recordAudit(
      { actorId: user.id, action: "scenario.create", targetType: "scenario", targetId: scenario.id, metadata: { visibility: body.visibility, teamId } },
      tx,
    );
    return readScenarioDetail(tx, scenario.id, user);
  });
}
