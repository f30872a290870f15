import "server-only";

import { assertUser } from "@/lib/auth/roles";
import { sha256Hex } from "@/lib/auth/secrets";
import type { UserRef } from "@/lib/auth/types";
import { recordAudit } from "@/lib/data/audit/record-audit";
import { db } from "@/lib/db";
import { ConflictError, ForbiddenError, NotFoundError, UnauthorizedError } from "@/lib/errors";
import { invitationTokenSchema } from "@/lib/validation/team";

import { invitationStatus } from "./get-invitation";

/**
 * The invitee turns the invitation down: the link stops working and leaves the team's open list, so
 * the inviter sees the answer instead of waiting for it to expire. Only whoever could accept it may
 * decline it (for an email-bound link, that address's account).
 */
export async function declineInvitation({ user, token, ip }: { user: UserRef; token: string; ip?: string | null }): Promise<{ teamId: string }> {
  assertUser(user);
  const parsed = invitationTokenSchema.safeParse(token);
  if (!parsed.success) throw new NotFoundError("This invitation link is not valid");
  return db.$transaction(async (tx) => {
    const invitation = await tx.teamInvitation.findUnique({
      where: { tokenHash: sha256Hex(parsed.data) },
      select: { id: true, teamId: true, email: true, expiresAt: true, acceptedAt: true, revokedAt: true },
    });
    if (!invitation) throw new NotFoundError("This invitation link is not valid");
    const status = invitationStatus(invitation);
    if (status !== "open") throw new ConflictError(`This invitation has ${status === "expired" ? "expired" : `been ${status}`}`);
    if (invitation.email) {
      const caller = await tx.user.findUnique({ where: { id: user.id }, select: { email: true } });
      if (!caller) throw new UnauthorizedError();
      if (invitation.email !== caller.email.toLowerCase()) throw new ForbiddenError("This invitation is for a different email address");
    }
    // A member could not accept it either: an open link is the inviter's to revoke, not theirs to spend.
    const existing = await tx.membership.findUnique({ where: { teamId_userId: { teamId: invitation.teamId, userId: user.id } }, select: { id: true } });
    if (existing) throw new ConflictError("You are already a member of this team");
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
