import "server-only";

import type { UserRef } from "@/lib/auth/types";
import { recordAudit } from "@/lib/data/audit/record-audit";
import { db } from "@/lib/db";
import { ConflictError } from "@/lib/errors";

import { requireTeamRole } from "./team-access";

/** Members and admins leave; the owner transfers ownership or deletes the team instead. */
export async function leaveTeam({ user, teamId, ip }: { user: UserRef; teamId: string; ip?: string | null }) {
  await db.$transaction(async (tx) => {
    const access = await requireTeamRole(tx, user, teamId);
    if (access.role === "owner") throw new ConflictError("The owner cannot leave: transfer ownership or delete the team first");
    await tx.membership.delete({ where: { teamId_userId: { teamId: access.teamId, userId: user.id } }, select: { id: true } });
    await tx.user.updateMany({ where: { id: user.id, activeTeamId: access.teamId }, data: { activeTeamId: null } });
    await recordAudit({ actorId: user.id, action: "team.member.leave", targetType: "team", targetId: access.teamId, ip, metadata: { role: access.role } }, tx);
  });
}
