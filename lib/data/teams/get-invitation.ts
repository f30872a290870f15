import "server-only";

import { assertUser } from "@/lib/auth/roles";
import { sha256Hex } from "@/lib/auth/secrets";
import type { UserRef } from "@/lib/auth/types";
import { db } from "@/lib/db";
import { NotFoundError, UnauthorizedError } from "@/lib/errors";
import { invitationTokenSchema, type TeamRoleName } from "@/lib/validation/team";

export type InvitationStatus = "open" | "accepted" | "revoked" | "expired";

export interface InvitationPreview {
  teamName: string;
  role: TeamRoleName;
  expiresAt: Date;
  status: InvitationStatus;
  /** Set when the invitation names an email address other than the caller's. */
  forOtherEmail: boolean;
  alreadyMember: boolean;
}

/** What the holder of an invitation link sees before accepting. Possession of the link is the permission. */
export async function getInvitation({ user, token }: { user: UserRef; token: string }): Promise<InvitationPreview> {
  assertUser(user);
  const parsed = invitationTokenSchema.safeParse(token);
  if (!parsed.success) throw new NotFoundError("This invitation link is not valid");
  const [caller, invitation] = await Promise.all([
    db.user.findUnique({ where: { id: user.id }, select: { email: true } }),
    db.teamInvitation.findUnique({
      where: { tokenHash: sha256Hex(parsed.data) },
      select: {
        role: true,
        email: true,
        expiresAt: true,
        acceptedAt: true,
        revokedAt: true,
        team: { select: { name: true, memberships: { where: { userId: user.id }, select: { id: true } } } },
      },
    }),
  ]);
  if (!caller) throw new UnauthorizedError();
  if (!invitation) throw new NotFoundError("This invitation link is not valid");
  return {
    teamName: invitation.team.name,
    role: invitation.role,
    expiresAt: invitation.expiresAt,
    status: invitationStatus(invitation),
    forOtherEmail: invitation.email !== null && invitation.email !== caller.email.toLowerCase(),
    alreadyMember: invitation.team.memberships.length > 0,
  };
}

export function invitationStatus(inv: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date }, now = new Date()): InvitationStatus {
  if (inv.acceptedAt) return "accepted";
  if (inv.revokedAt) return "revoked";
  if (inv.expiresAt <= now) return "expired";
  return "open";
}
