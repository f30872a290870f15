import "server-only";

import type { UserRef } from "@/lib/auth/types";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";

import { requireTeamRole } from "./team-access";

/** A team with its members, for members only (others get NotFoundError). Emails are visible to fellow members. */
export async function getTeam({ user, teamId }: { user: UserRef; teamId: string }) {
  const access = await requireTeamRole(db, user, teamId);
  const team = await db.team.findUnique({
    where: { id: access.teamId },
    select: {
      id: true,
      slug: true,
      name: true,
      createdAt: true,
      memberships: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { role: true, createdAt: true, user: { select: { id: true, email: true, name: true } } },
      },
    },
  });
  if (!team) throw new NotFoundError("No such team");
  const { memberships, ...rest } = team;
  return {
    ...rest,
    myRole: access.role,
    members: memberships.map((m) => ({ userId: m.user.id, email: m.user.email, name: m.user.name, role: m.role, joinedAt: m.createdAt })),
  };
}
