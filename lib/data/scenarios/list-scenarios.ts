import "server-only";

import { assertUser } from "@/lib/auth/roles";
import type { UserRef } from "@/lib/auth/types";
import { db } from "@/lib/db";

import { personName, type ScenarioPerson } from "./get-scenario";

export type ScenarioListItem = {
  id: string;
  name: string;
  visibility: "private" | "team";
  team: { id: string; slug: string; name: string } | null;
  owner: ScenarioPerson;
  latestRevision: number;
  updatedAt: Date;
  canEdit: boolean;
  isDefault: boolean;
};

/** My private scenarios and the scenarios of every team I belong to (the same rule as scenarioAccess). */
export async function listScenarios({ user }: { user: UserRef | null }): Promise<ScenarioListItem[]> {
  assertUser(user);
  const [memberships, me] = await Promise.all([
    db.membership.findMany({ where: { userId: user.id }, select: { teamId: true, role: true } }),
    db.user.findUnique({ where: { id: user.id }, select: { defaultScenarioId: true } }),
  ]);
  const roleByTeam = new Map(memberships.map((m) => [m.teamId, m.role]));
  const teamIds = [...roleByTeam.keys()];
  const rows = await db.scenario.findMany({
    where: {
      OR: [{ visibility: "private", ownerId: user.id }, ...(teamIds.length ? [{ visibility: "team" as const, teamId: { in: teamIds } }] : [])],
    },
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    select: {
      id: true,
      name: true,
      visibility: true,
      ownerId: true,
      teamId: true,
      latestRevision: true,
      updatedAt: true,
      owner: { select: { id: true, name: true, email: true } },
      team: { select: { id: true, slug: true, name: true } },
    },
  });
  return rows.map((row) => {
    const role = row.teamId ? roleByTeam.get(row.teamId) : undefined;
    const isOwner = row.ownerId === user.id;
    return {
      id: row.id,
      name: row.name,
      visibility: row.visibility,
      team: row.visibility === "team" ? row.team : null,
      owner: { id: row.owner.id, name: personName(row.owner) },
      latestRevision: row.latestRevision,
      updatedAt: row.updatedAt,
      canEdit: isOwner || (row.visibility === "team" && (role === "owner" || role === "admin")),
      isDefault: me?.defaultScenarioId === row.id,
    };
  });
}
