import "server-only";

import { assertUser } from "@/lib/auth/roles";
import type { UserRef } from "@/lib/auth/types";
import { db, type Prisma } from "@/lib/db";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { idSchema, type TeamRoleName } from "@/lib/validation/team";

type Client = Prisma.TransactionClient | typeof db;

export const TEAM_ROLE_RANK: Record<TeamRoleName, number> = { member: 0, admin: 1, owner: 2 };

/** A team id from input, refusing anything that is not a plausible id (never undefined in a where). */
export function parseTeamId(teamId: unknown): string {
  const parsed = idSchema.safeParse(teamId);
  if (!parsed.success) throw new NotFoundError("No such team");
  return parsed.data;
}

/**
 * The caller's role in the team. Non-members get NotFoundError, exactly like a missing team, so
 * team ids cannot be probed; members without one of `allowed` get ForbiddenError.
 */
export async function requireTeamRole(
  client: Client,
  user: UserRef,
  teamId: unknown,
  allowed: readonly TeamRoleName[] = ["owner", "admin", "member"],
): Promise<{ teamId: string; role: TeamRoleName }> {
  assertUser(user);
  const id = parseTeamId(teamId);
  const membership = await client.membership.findUnique({
    where: { teamId_userId: { teamId: id, userId: user.id } },
    select: { role: true },
  });
  if (!membership) throw new NotFoundError("No such team");
  if (!allowed.includes(membership.role)) throw new ForbiddenError("Your team role does not allow this");
  return { teamId: id, role: membership.role };
}

/** Locks the team's membership rows for the rest of the transaction, so role changes serialise. */
export async function lockTeam(client: Prisma.TransactionClient, teamId: string): Promise<void> {
  await client.$queryRaw`SELECT id FROM "Team" WHERE id = ${teamId} FOR UPDATE`;
}
