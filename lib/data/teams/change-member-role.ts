import "server-only";

import type { UserRef } from "@/lib/auth/types";
import { recordAudit } from "@/lib/data/audit/record-audit";
import { db } from "@/lib/db";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { assignableTeamRoleSchema, idSchema } from "@/lib/validation/team";

import { lockTeam, requireTeamRole } from "./team-access";

/** The team owner makes members admins or admins members. Ownership moves only by transfer. */
export async function changeMemberRole(input: { user: UserRef; teamId: string; memberUserId: string; role: "admin" | "member"; ip?: string | null }) {
  const { user } = input;
  const memberId = idSchema.safeParse(input.memberUserId);
  if (!memberId.success) throw new NotFoundError("No such member");
  const role = assignableTeamRoleSchema.safeParse(input.role);
  if (!role.success) throw new ValidationError([{ path: "role", message: role.error.issues[0]?.message ?? "Invalid role" }], 422);
  return db.$transaction(async (tx) => {
    const access = await requireTeamRole(tx, user, input.teamId, ["owner"]);
    await lockTeam(tx, access.teamId);
    const member = await tx.membership.findUnique({
      where: { teamId_userId: { teamId: access.teamId, userId: memberId.data } },
      select: { id: true, role: true },
    });
    if (!member) throw new NotFoundError("No such member");
    if (member.role === "owner") throw new ConflictError("The owner's role changes only by transferring ownership");
    if (member.role === role.data) return { userId: memberId.data, role: member.role };
    const updated = await tx.membership.update({ where: { id: member.id }, data: { role: role.data }, select: { role: true } });
    await recordAudit(
      {
        actorId: user.id,
        action: "team.member.role_change",
        targetType: "team",
        targetId: access.teamId,
        ip: input.ip,
        metadata: { memberUserId: memberId.data, from: member.role, to: role.data },
      },
      tx,
    );
    return { userId: memberId.data, role: updated.role };
  });
}
