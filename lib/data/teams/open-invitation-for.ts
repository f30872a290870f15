import "server-only";

import { sha256Hex } from "@/lib/auth/secrets";
import type { UserRef } from "@/lib/auth/types";
import type { Prisma } from "@/lib/db";
import { ConflictError, ForbiddenError, NotFoundError, UnauthorizedError } from "@/lib/errors";
import { invitationTokenSchema } from "@/lib/validation/team";

import { invitationStatus } from "./get-invitation";

/**
 * The open invitation behind a link, if the caller may answer it: accepting and declining share these
 * rules. An email-bound link is only that address's; a member of the team can do neither (declining
 * an open link is the inviter's to revoke, not a member's to spend).
 */
export async function openInvitationFor(tx: Prisma.TransactionClient, { user, token }: { user: UserRef; token: string }) {
  const parsed = invitationTokenSchema.safeParse(token);
  if (!parsed.success) throw new NotFoundError("This invitation link is not valid");
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
  return invitation;
}
