import "server-only";

import { assertUser } from "@/lib/auth/roles";
import type { UserRef } from "@/lib/auth/types";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";

/**
 * What pages, the header menu and /api/v1/me show of a signed-in person. Display data only:
 * authorization never reads it (lib/data functions take a UserRef and read what they need by id).
 */
export interface DisplayProfile {
  email: string;
  name: string | null;
  /** Null unless the user is still a member of that team. */
  activeTeamId: string | null;
}

/** The caller's own email, name and active team. */
export async function getDisplayProfile({ user }: { user: UserRef }): Promise<DisplayProfile> {
  assertUser(user);
  const row = await db.user.findUnique({
    where: { id: user.id },
    select: { email: true, name: true, activeTeamId: true, memberships: { select: { teamId: true } } },
  });
  if (!row) throw new NotFoundError("Account not found");
  // activeTeamId is a preference, not a grant: it only counts while the membership exists.
  const activeTeamId = row.activeTeamId && row.memberships.some((m) => m.teamId === row.activeTeamId) ? row.activeTeamId : null;
  return { email: row.email, name: row.name, activeTeamId };
}
