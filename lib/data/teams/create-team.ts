import "server-only";

import { randomBytes } from "node:crypto";

import { assertUser } from "@/lib/auth/roles";
import type { UserRef } from "@/lib/auth/types";
import { recordAudit } from "@/lib/data/audit/record-audit";
import { db } from "@/lib/db";
import { ConflictError, ValidationError } from "@/lib/errors";
import { toFieldErrors } from "@/lib/validation/field-errors";
import { createTeamSchema } from "@/lib/validation/team";

const MAX_OWNED_TEAMS = 20;

function slugify(name: string): string {
  const base = name
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40);
  return `${base || "team"}-${randomBytes(3).toString("hex")}`;
}

/** Any signed-in user creates a team and becomes its owner; it becomes their active team if they had none. */
export async function createTeam({ user, name, ip }: { user: UserRef; name: string; ip?: string | null }) {
  assertUser(user);
  const parsed = createTeamSchema.safeParse({ name });
  if (!parsed.success) throw new ValidationError(toFieldErrors(parsed.error), 422);
  return db.$transaction(async (tx) => {
    const owned = await tx.membership.count({ where: { userId: user.id, role: "owner" } });
    if (owned >= MAX_OWNED_TEAMS) throw new ConflictError(`You already own ${owned} teams`);
    const team = await tx.team.create({
      data: { name: parsed.data.name, slug: slugify(parsed.data.name), memberships: { create: { userId: user.id, role: "owner" } } },
      select: { id: true, slug: true, name: true, createdAt: true },
    });
    await tx.user.updateMany({ where: { id: user.id, activeTeamId: null }, data: { activeTeamId: team.id } });
    await recordAudit({ actorId: user.id, action: "team.create", targetType: "team", targetId: team.id, ip, metadata: { name: team.name } }, tx);
    return team;
  });
}
