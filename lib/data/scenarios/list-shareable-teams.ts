import "server-only";

import { assertUser } from "@/lib/auth/roles";
import type { UserRef } from "@/lib/auth/types";
import { db } from "@/lib/db";

export type ShareableTeam = { id: string; slug: string; name: string; role: "owner" | "admin" };

/** Teams the user may share scenarios with: those where they are an owner or admin. */
export async function listShareableTeams({ user }: { user: UserRef | null }): Promise<ShareableTeam[]> {
  assertUser(user);
  const memberships = await db.membership.findMany({
    where: { userId: user.id, role: { in: ["owner", "admin"] } },
    orderBy: { team: { name: "asc" } },
    select: { role: true, team: { select: { id: true, slug: true, name: true } } },
  });
  return memberships.map((m) => ({ ...m.team, role: m.role as "owner" | "admin" }));
}
