import "server-only";

import { assertUser } from "@/lib/auth/roles";
import type { UserRef } from "@/lib/auth/types";
import { recordAudit } from "@/lib/data/audit/record-audit";
import { db } from "@/lib/db";
import { ConflictError } from "@/lib/errors";

import { openInvitationFor } from "./open-invitation-for";

/**
 * The invitee turns the invitation down: the link stops working and leaves the team's open list, so
 * the inviter sees the answer instead of waiting for it to expire. Only whoever could accept it may
 * decline it (for an email-bound link, that address's account).
 */
export async function declineInvitation({ user, token, ip }: { user: UserRef; token: string; ip?: string | null }): Promise<{ teamId: string }> {
  assertUser(user);
  return db.$transaction(async (tx) => {
    const invitation = await openInvitationFor(tx, { user, token });
    // Conditional update: an accept racing with this decline wins or loses as a whole.
    const { count } = await tx.teamInvitation.updateMany({
      where: { id: invitation.id, acceptedAt: null, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (count === 0) throw new ConflictError("This invitation has already been used");
    await recordAudit(
      { actorId: user.id, action: "team.invitation.decline", targetType: "team", targetId: invitation.teamId, ip, metadata: { invitationId: invitation.id } },
      tx,
    );
    return { teamId: invitation.teamId };
  });
}
