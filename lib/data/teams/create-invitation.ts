import "server-only";

import { generateSecret, INVITATION_TOKEN_PREFIX, sha256Hex } from "@/lib/auth/secrets";
import type { UserRef } from "@/lib/auth/types";
import { recordAudit } from "@/lib/data/audit/record-audit";
import { db, type Prisma } from "@/lib/db";
import { ConflictError, ForbiddenError, ValidationError } from "@/lib/errors";
import { toFieldErrors } from "@/lib/validation/field-errors";
import { createInvitationSchema, type TeamRoleName } from "@/lib/validation/team";

import { lockTeam, requireTeamRole } from "./team-access";

const MAX_PENDING_INVITATIONS = 100;

export interface InvitationSummary {
  id: string;
  role: TeamRoleName;
  email: string | null;
  expiresAt: Date;
  createdAt: Date;
}

/**
 * An invitation for someone already in the team, or a second open one for the same address, only
 * piles up links nobody can use; the inviter learns it at the email field instead.
 */
async function assertNewInvitee(tx: Prisma.TransactionClient, { teamId, email, callerId }: { teamId: string; email: string; callerId: string }) {
  // Serialises invitations of one team, so two quick submissions cannot both pass the check below.
  await lockTeam(tx, teamId);
  const member = await tx.membership.findFirst({
    where: { teamId, user: { email: { equals: email, mode: "insensitive" } } },
    select: { userId: true },
  });
  if (member) {
    const message = member.userId === callerId ? "This is your own email: you are already in this team" : `${email} is already a member of this team`;
    throw new ValidationError([{ path: "email", message }], 422);
  }
  const open = await tx.teamInvitation.count({ where: { teamId, email, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } } });
  if (open > 0) {
    throw new ValidationError([{ path: "email", message: `${email} already has an open invitation: revoke it below to create a new link` }], 422);
  }
}

/**
 * Team owners and admins create an invitation link (admins: member role only). The raw token is
 * returned once, to be shown to the inviter; only its hash is stored, so no mail server is needed.
 */
export async function createInvitation(input: {
  user: UserRef;
  teamId: string;
  role?: "admin" | "member";
  email?: string | null;
  expiresInDays?: number;
  ip?: string | null;
}): Promise<{ token: string; invitation: InvitationSummary }> {
  const { user } = input;
  const parsed = createInvitationSchema.safeParse({
    teamId: input.teamId,
    role: input.role,
    email: input.email ?? undefined,
    expiresInDays: input.expiresInDays,
  });
  if (!parsed.success) throw new ValidationError(toFieldErrors(parsed.error), 422);
  const { role, email, expiresInDays } = parsed.data;
  const token = generateSecret(INVITATION_TOKEN_PREFIX);
  const invitation = await db.$transaction(async (tx) => {
    const access = await requireTeamRole(tx, user, parsed.data.teamId, ["owner", "admin"]);
    if (role === "admin" && access.role !== "owner") throw new ForbiddenError("Only the owner can invite admins");
    const pending = await tx.teamInvitation.count({ where: { teamId: access.teamId, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } } });
    if (pending >= MAX_PENDING_INVITATIONS) throw new ConflictError("Too many open invitations: revoke some first");
    if (email) await assertNewInvitee(tx, { teamId: access.teamId, email, callerId: user.id });
    const created = await tx.teamInvitation.create({
      data: {
        teamId: access.teamId,
        role,
        email: email ?? null,
        tokenHash: sha256Hex(token),
        createdById: user.id,
        expiresAt: new Date(Date.now() + expiresInDays * 86_400_000),
      },
      select: { id: true, role: true, email: true, expiresAt: true, createdAt: true },
    });
    await recordAudit(
      {
        actorId: user.id,
        action: "team.invitation.create",
        targetType: "team",
        targetId: access.teamId,
        ip: input.ip,
        metadata: { invitationId: created.id, role, email: email ?? null },
      },
      tx,
    );
    return created;
  });
  return { token, invitation };
}
