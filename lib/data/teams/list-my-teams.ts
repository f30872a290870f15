import "server-only";

import { assertUser } from "@/lib/auth/roles";
import type { UserRef } from "@/lib/auth/types";
import { db } from "@/lib/db";
import type { TeamRoleName } from "@/lib/validation/team";

export interface MyTeam {
  id: string;
  slug: string;
  name: string;
  role: TeamRoleName;
  memberCount: number;
  active: boolean;
}

/** Teams the caller belongs to, with their role in each. */
export async function listMyTeams({ user }: { user: UserRef }): Promise<MyTeam[]> {
  assertUser(user);
  const [memberships, caller] = await Promise.all([
    db.membership.findMany({
      where: { userId: user.id },
      orderBy: { team: { name: "asc" } },
      select: { role: true, team: { select: { id: true, slug: true, name: true, _count: { select: { memberships: true } } } } },
    }),
    db.user.findUnique({ where: { id: user.id }, select: { activeTeamId: true } }),
  ]);
  // Only a team listed here (one the caller still belongs to) can be the active one.
  return memberships.map(({ role, team }) => ({
    id: team.id,
    slug: team.slug,
    name: team.name,
    role,
    memberCount: team._count.memberships,
    active: team.id === caller?.activeTeamId,
  }));
}
