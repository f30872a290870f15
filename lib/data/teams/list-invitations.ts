import "server-only";

import type { UserRef } from "@/lib/auth/types";
import { db } from "@/lib/db";

import type { InvitationSummary } from "./create-invitation";
import { requireTeamRole } from "./team-access";

/** Open invitations of a team, for its owner and admins. Links cannot be shown again (only hashes are stored). */
export async function listInvitations({ user, teamId }: { user: UserRef; teamId: string }): Promise<InvitationSummary[]> {
  const access = await requireTeamRole(db, user, teamId, ["owner", "admin"]);
  return db.teamInvitation.findMany({
    where: { teamId: access.teamId, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
    orderBy: { createdAt: "desc" },
    select: { id: true, role: true, email: true, expiresAt: true, createdAt: true },
  });
}
