import "server-only";

import { assertUser } from "@/lib/auth/roles";
import type { UserRef } from "@/lib/auth/types";
import { recordAudit } from "@/lib/data/audit/record-audit";
import { db } from "@/lib/db";
import { ConflictError } from "@/lib/errors";

import { openInvitationFor } from "./open-invitation-for";

/** Joins the team with the invitation's role. Each link works once, before it expires or is revoked. */
export async function acceptInvitation({ user, token, ip }: { user: UserRef; token: string; ip?: string | null }): Promise<{ teamId: string; role: string }> {
  assertUser(user);
  return db.$transaction(async (tx) => {
    const invitation = await openInvitationFor(tx, { user, token });
    // Conditional update: of two people racing with one link, only one gets in.
    const { count } = await tx.teamInvitation.updateMany({
      where: { id: invitation.id, acceptedAt: null, revokedAt: null },
      data: { acceptedAt: new Date() },
    });
    if (count === 0) throw new ConflictError("This invitation has already been used");
    await tx.membership.create({ data: { teamId: invitation.teamId, userId: user.id, role: invitation.role }, select: { id: true } });
    await tx.user.updateMany({ where: { id: user.id, activeTeamId: null }, data: { activeTeamId: invitation.teamId } });
    await recordAudit(
      {
        actorId: user.id,
        action: "team.invitation.accept",
        targetType: "team",
        targetId: invitation.teamId,
        ip,
        metadata: { invitationId: invitation.id, role: invitation.role },
      },
      tx,
    );
    return { teamId: invitation.teamId, role: invitation.role };
  });
}
