import "server-only";

import type { UserRef } from "@/lib/auth/types";
import { recordAudit } from "@/lib/data/audit/record-audit";
import { db } from "@/lib/db";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { idSchema } from "@/lib/validation/team";

import { lockTeam, requireTeamRole } from "./team-access";

/** The owner hands the team to another member and stays on as an admin. */
export async function transferOwnership({ user, teamId, newOwnerUserId, ip }: { user: UserRef; teamId: string; newOwnerUserId: string; ip?: string | null }) {
  const newOwnerId = idSchema.safeParse(newOwnerUserId);
  if (!newOwnerId.success) throw new NotFoundError("No such member");
  await db.$transaction(async (tx) => {
    const access = await requireTeamRole(tx, user, teamId, ["owner"]);
    if (newOwnerId.data === user.id) throw new ConflictError("You already own this team");
    await lockTeam(tx, access.teamId);
    const target = await tx.membership.findUnique({
      where: { teamId_userId: { teamId: access.teamId, userId: newOwnerId.data } },
      select: { id: true, role: true },
    });
    if (!target) throw new NotFoundError("No such member");
    await tx.membership.update({ where: { id: target.id }, data: { role: "owner" }, select: { id: true } });
    await tx.membership.update({ where: { teamId_userId: { teamId: access.teamId, userId: user.id } }, data: { role: "admin" }, select: { id: true } });
    await recordAudit(
      {
        actorId: user.id,
        action: "team.ownership.transfer",
        targetType: "team",
        targetId: access.teamId,
        ip,
        metadata: { from: user.id, to: newOwnerId.data },
      },
      tx,
    );
  });
}
