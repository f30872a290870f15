import "server-only";

import type { z } from "zod";

import { assertUser } from "@/lib/auth/roles";
import type { UserRef } from "@/lib/auth/types";
import { db, type Prisma } from "@/lib/db";
import { ForbiddenError, ValidationError } from "@/lib/errors";
import { toFieldErrors } from "@/lib/validation/field-errors";
import { scenarioIdSchema } from "@/lib/validation/scenario";

import { scenarioAccess, scenarioNotFound, type ScenarioAccess } from "./access";

export type Client = Prisma.TransactionClient | typeof db;

export const scenarioRowSelect = {
  id: true,
  name: true,
  ownerId: true,
  teamId: true,
  visibility: true,
  latestRevision: true,
  createdAt: true,
  updatedAt: true,
} as const;

export type ScenarioRow = {
  id: string;
  name: string;
  ownerId: string;
  teamId: string | null;
  visibility: "private" | "team";
  latestRevision: number;
  createdAt: Date;
  updatedAt: Date;
};

/** An id from a URL or body: anything implausible is simply "not found" (and never reaches a where). */
export function parseScenarioId(id: unknown): string {
  const parsed = scenarioIdSchema.safeParse(id);
  if (!parsed.success) throw scenarioNotFound(typeof id === "string" ? id.slice(0, 64) : "");
  return parsed.data;
}

export function parseScenarioInput<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new ValidationError(toFieldErrors(parsed.error), 422);
  return parsed.data;
}

/** The scenario when the user may read it; missing and unreadable are the same 404. */
export async function loadReadableScenario(client: Client, id: unknown, user: UserRef | null): Promise<{ scenario: ScenarioRow; access: ScenarioAccess }> {
  const scenarioId = parseScenarioId(id);
  const scenario = await client.scenario.findUnique({ where: { id: scenarioId }, select: scenarioRowSelect });
  if (!scenario) throw scenarioNotFound(scenarioId);
  const access = await scenarioAccess(scenario, user, client);
  if (!access.canRead) throw scenarioNotFound(scenarioId);
  return { scenario, access };
}

/** Readers without edit rights get 403: they already know the scenario exists. */
export async function loadEditableScenario(client: Client, id: unknown, user: UserRef | null): Promise<{ scenario: ScenarioRow; access: ScenarioAccess }> {
  assertUser(user);
  const loaded = await loadReadableScenario(client, id, user);
  if (!loaded.access.canEdit) throw new ForbiddenError("Only the author and the team's owners and admins can change this scenario");
  return loaded;
}

/**
 * Sharing with a team is for its owners and admins. Non-members get a field error that reads the same
 * for a team that does not exist, so team ids cannot be probed through this endpoint.
 */
export async function assertCanShareWithTeam(client: Client, user: UserRef, teamId: string): Promise<void> {
  const membership = await client.membership.findUnique({
    where: { teamId_userId: { teamId, userId: user.id } },
    select: { role: true },
  });
  if (!membership) throw new ValidationError([{ path: "teamId", message: "You are not a member of this team" }], 422);
  if (membership.role !== "owner" && membership.role !== "admin") {
    throw new ForbiddenError("Only the team's owners and admins can share scenarios with it");
  }
}
