import "server-only";

import type { UserRef } from "@/lib/auth/types";
import { recordAudit } from "@/lib/data/audit/record-audit";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { idSchema } from "@/lib/validation/team";

import { requireTeamRole } from "./team-access";

export async function revokeInvitation({ user, teamId, invitationId, ip }: { user: UserRef; teamId: string; invitationId: string; ip?: string | null }) {
  const id = idSchema.safeParse(invitationId);
  if (!id.success) throw new NotFoundError("No such invitation");
  await db.$transaction(async (tx) => {
    const access = await requireTeamRole(tx, user, teamId, ["owner", "admin"]);
    const { count } = await tx.teamInvitation.updateMany({
      where: { id: id.data, teamId: access.teamId, acceptedAt: null, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (count === 0) throw new NotFoundError("No such open invitation");
    await recordAudit(
      { actorId: user.id, action: "team.invitation.revoke", targetType: "team", targetId: access.teamId, ip, metadata: { invitationId: id.data } },
      tx,
    );
  });
}
