import "server-only";

import { assertUser } from "@/lib/auth/roles";
import type { UserRef } from "@/lib/auth/types";
import { recordAudit } from "@/lib/data/audit/record-audit";
import { db, type Prisma } from "@/lib/db";
import { cloneScenarioBodySchema } from "@/lib/validation/scenario";

import { scenarioNotFound } from "./access";
import { readScenarioDetail, type ScenarioDetail } from "./get-scenario";
import { assertCanShareWithTeam, loadReadableScenario, parseScenarioInput } from "./load-scenario";

/** A new scenario owned by the user, starting from a readable scenario's latest (or given) revision. */
export async function cloneScenario({ id, user, input = {} }: { id: unknown; user: UserRef | null; input?: unknown }): Promise<ScenarioDetail> {
  assertUser(user);
  const body = parseScenarioInput(cloneScenarioBodySchema, input);
  const teamId = body.visibility === "team" ? body.teamId! : null;
  return db.$transaction(async (tx) => {
    const { scenario } = await loadReadableScenario(tx, id, user);
    const revision = body.revision ?? scenario.latestRevision;
    const source = await tx.scenarioRevision.findUnique({
      where: { scenarioId_revision: { scenarioId: scenario.id, revision } },
      select: { params: true, plan: true },
    });
    if (!source) throw scenarioNotFound(`${scenario.id} revision ${revision}`);
    if (teamId) await assertCanShareWithTeam(tx, user, teamId);
    const name = body.name ?? `Copy of ${scenario.name}`.slice(0, 120);
    const created = await tx.scenario.create({
      data: {
        name,
        ownerId: user.id,
        teamId,
        visibility: body.visibility,
        latestRevision: 1,
        revisions: {
          create: {
            revision: 1,
            params: source.params as Prisma.InputJsonObject,
            ...(source.plan ? { plan: source.plan as Prisma.InputJsonObject } : {}),
            authorId: user.id,
          },
        },
      },
      select: { id: true },
    });
    await recordAudit(
      { actorId: user.id, action: "scenario.clone", targetType: "scenario", targetId: created.id, metadata: { from: scenario.id, revision } },
      tx,
    );
    return readScenarioDetail(tx, created.id, user);
  });
}
