import "server-only";

import type { UserRef } from "@/lib/auth/types";
import { db, type Prisma } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";

type ScenarioAccessRow = { ownerId: string; teamId: string | null; visibility: "private" | "team" };

export type ScenarioAccess = { canRead: boolean; canEdit: boolean; teamRole: "owner" | "admin" | "member" | null };

// Private scenarios: the owner only. Team scenarios: every member reads; team owners/admins and the
// author edit. Site admins get no special read access to private team data.
export async function scenarioAccess(
  scenario: ScenarioAccessRow,
  user: UserRef | null,
  client: Prisma.TransactionClient | typeof db = db,
): Promise<ScenarioAccess> {
  if (!user || typeof user.id !== "string" || user.id.length === 0) return { canRead: false, canEdit: false, teamRole: null };
  const isOwner = scenario.ownerId === user.id;
  if (scenario.visibility === "private" || !scenario.teamId) return { canRead: isOwner, canEdit: isOwner, teamRole: null };
  const membership = await client.membership.findUnique({
    where: { teamId_userId: { teamId: scenario.teamId, userId: user.id } },
    select: { role: true },
  });
  if (!membership) return { canRead: false, canEdit: false, teamRole: null };
  const canEdit = isOwner || membership.role === "owner" || membership.role === "admin";
  return { canRead: true, canEdit, teamRole: membership.role };
}

// Unreadable scenarios answer exactly like missing ones, so ids cannot be probed.
export function scenarioNotFound(id: string): NotFoundError {
  return new NotFoundError(`No scenario "${id}"`);
}
