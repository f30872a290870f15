import "server-only";

import { assertUser } from "@/lib/auth/roles";
import { sha256Hex } from "@/lib/auth/secrets";
import type { UserRef } from "@/lib/auth/types";
import { recordAudit } from "@/lib/data/audit/record-audit";
import { db } from "@/lib/db";
import { ConflictError, ForbiddenError, NotFoundError, UnauthorizedError } from "@/lib/errors";
import { invitationTokenSchema } from "@/lib/validation/team";

import { invitationStatus } from "./get-invitation";

/** Joins the team with the invitation's role. Each link works once, before it expires or is revoked. */
export async function acceptInvitation({ user, token, ip }: { user: UserRef; token: string; ip?: string | null }): Promise<{ teamId: string; role: string }> {
  assertUser(user);
  const parsed = invitationTokenSchema.safeParse(token);
  if (!parsed.success) throw new NotFoundError("This invitation link is not valid");
  return db.$transaction(async (tx) => {
    const invitation = await tx.teamInvitation.findUnique({
      where: { tokenHash: sha256Hex(parsed.data) },
      select: { id: true, teamId: true, role: true, email: true, expiresAt: true, acceptedAt: true, revokedAt: true },
    });
    if (!invitation) throw new NotFoundError("This invitation link is not valid");
    const status = invitationStatus(invitation);
    if (status !== "open") throw new ConflictError(`This invitation has ${status === "expired" ? "expired" : `been ${status}`}`);
    if (invitation.email) {
      const caller = await tx.user.findUnique({ where: { id: user.id }, select: { email: true } });
      if (!caller) throw new UnauthorizedError();
      if (invitation.email !== caller.email.toLowerCase()) throw new ForbiddenError("This invitation is for a different email address");
    }
    const existing = await tx.membership.findUnique({ where: { teamId_userId: { teamId: invitation.teamId, userId: user.id } }, select: { id: true } });
    if (existing) throw new ConflictError("You are already a member of this team");
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
