import "server-only";

import { assertUser } from "@/lib/auth/roles";
import type { UserRef } from "@/lib/auth/types";
import { db } from "@/lib/db";

import { requireTeamRole } from "./team-access";

/** Picks the team the header shows and team-scoped pages use; null clears it. Members only. */
export async function setActiveTeam({ user, teamId }: { user: UserRef; teamId: string | null }): Promise<{ activeTeamId: string | null }> {
  assertUser(user);
  if (teamId === null) {
    await db.user.update({ where: { id: user.id }, data: { activeTeamId: null }, select: { id: true } });
    return { activeTeamId: null };
  }
  const access = await requireTeamRole(db, user, teamId);
  await db.user.update({ where: { id: user.id }, data: { activeTeamId: access.teamId }, select: { id: true } });
  return { activeTeamId: access.teamId };
}
