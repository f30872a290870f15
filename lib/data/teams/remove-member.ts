import "server-only";

import type { UserRef } from "@/lib/auth/types";
import { recordAudit } from "@/lib/data/audit/record-audit";
import { db } from "@/lib/db";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { idSchema } from "@/lib/validation/team";

import { lockTeam, requireTeamRole, TEAM_ROLE_RANK } from "./team-access";

/** Owners remove admins and members; admins remove members. Nobody removes the owner or themselves (use leave). */
export async function removeMember({ user, teamId, memberUserId, ip }: { user: UserRef; teamId: string; memberUserId: string; ip?: string | null }) {
  const memberId = idSchema.safeParse(memberUserId);
  if (!memberId.success) throw new NotFoundError("No such member");
  await db.$transaction(async (tx) => {
    const access = await requireTeamRole(tx, user, teamId, ["owner", "admin"]);
    if (memberId.data === user.id) throw new ConflictError("Use “Leave team” to remove yourself");
    await lockTeam(tx, access.teamId);
    const member = await tx.membership.findUnique({
      where: { teamId_userId: { teamId: access.teamId, userId: memberId.data } },
      select: { id: true, role: true },
    });
    if (!member) throw new NotFoundError("No such member");
    if (TEAM_ROLE_RANK[member.role] >= TEAM_ROLE_RANK[access.role]) throw new ForbiddenError("You cannot remove a member with your role or higher");
    await tx.membership.delete({ where: { id: member.id }, select: { id: true } });
    await tx.user.updateMany({ where: { id: memberId.data, activeTeamId: access.teamId }, data: { activeTeamId: null } });
    await recordAudit(
      {
        actorId: user.id,
        action: "team.member.remove",
        targetType: "team",
        targetId: access.teamId,
        ip,
        metadata: { memberUserId: memberId.data, role: member.role },
      },
      tx,
    );
  });
}
