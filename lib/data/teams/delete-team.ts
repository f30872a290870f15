import "server-only";

import type { UserRef } from "@/lib/auth/types";
import { recordAudit } from "@/lib/data/audit/record-audit";
import { db } from "@/lib/db";

import { requireTeamRole } from "./team-access";

/** The owner deletes the team with its memberships, invitations and team scenarios. */
export async function deleteTeam({ user, teamId, ip }: { user: UserRef; teamId: string; ip?: string | null }) {
  await db.$transaction(async (tx) => {
    const access = await requireTeamRole(tx, user, teamId, ["owner"]);
    const team = await tx.team.findUniqueOrThrow({ where: { id: access.teamId }, select: { name: true, _count: { select: { memberships: true } } } });
    await tx.user.updateMany({ where: { activeTeamId: access.teamId }, data: { activeTeamId: null } });
    await tx.team.delete({ where: { id: access.teamId }, select: { id: true } });
    await recordAudit(
      {
        actorId: user.id,
        action: "team.delete",
        targetType: "team",
        targetId: access.teamId,
        ip,
        metadata: { name: team.name, memberCount: team._count.memberships },
      },
      tx,
    );
  });
}
