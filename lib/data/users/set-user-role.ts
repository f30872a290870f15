import "server-only";

import { actorIdOf, assertAdminActor } from "@/lib/auth/roles";
import { isOperator, type Actor, type SiteRole } from "@/lib/auth/types";
import { recordAudit } from "@/lib/data/audit/record-audit";
import { db } from "@/lib/db";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { siteRoleSchema } from "@/lib/validation/auth";
import { idSchema } from "@/lib/validation/team";

/**
 * Site admins (and the CLI operator) change a user's site role. Effective on the user's next request:
 * sessions and tokens re-read the role every time. The last admin cannot be demoted.
 */
export async function setUserRole({ user: actor, targetUserId, role, ip }: { user: Actor; targetUserId: string; role: SiteRole; ip?: string | null }) {
  assertAdminActor(actor);
  const id = idSchema.safeParse(targetUserId);
  const newRole = siteRoleSchema.safeParse(role);
  if (!id.success) throw new NotFoundError("No such user");
  if (!newRole.success) throw new ValidationError([{ path: "role", message: newRole.error.issues[0]?.message ?? "Invalid role" }], 422);
  return db.$transaction(async (tx) => {
    const target = await tx.user.findUnique({ where: { id: id.data }, select: { id: true, email: true, role: true } });
    if (!target) throw new NotFoundError("No such user");
    if (target.role === newRole.data) return { id: target.id, email: target.email, role: target.role };
    if (target.role === "admin") {
      // Serialises concurrent demotions so two admins cannot demote each other into zero admins.
      await tx.$queryRaw`SELECT id FROM "User" WHERE role = 'admin' FOR UPDATE`;
      const admins = await tx.user.count({ where: { role: "admin" } });
      if (admins <= 1) throw new ConflictError("This is the last admin: promote someone else first");
    }
    const updated = await tx.user.update({ where: { id: target.id }, data: { role: newRole.data }, select: { id: true, email: true, role: true } });
    await recordAudit(
      {
        actorId: actorIdOf(actor),
        action: "user.role.change",
        targetType: "user",
        targetId: target.id,
        ip,
        metadata: { email: target.email, from: target.role, to: newRole.data, ...(isOperator(actor) ? { via: "cli" } : {}) },
      },
      tx,
    );
    return updated;
  });
}
