import "server-only";

import { z } from "zod";

import { hashPassword } from "@/lib/auth/password";
import { actorIdOf, assertAdminActor } from "@/lib/auth/roles";
import { isOperator, type Actor, type SiteRole } from "@/lib/auth/types";
import { recordAudit } from "@/lib/data/audit/record-audit";
import { db } from "@/lib/db";
import { ConflictError, ValidationError } from "@/lib/errors";
import { displayNameSchema, emailSchema, newPasswordSchema, siteRoleSchema } from "@/lib/validation/auth";
import { toFieldErrors } from "@/lib/validation/field-errors";

import { isUniqueViolation } from "./register-user";

const createUserSchema = z.object({ email: emailSchema, password: newPasswordSchema, role: siteRoleSchema, name: displayNameSchema.optional() });

/** Site admins and the CLI operator create accounts with any site role. */
export async function createUser(input: { actor: Actor; email: string; password: string; role: SiteRole; name?: string | null }) {
  assertAdminActor(input.actor);
  const parsed = createUserSchema.safeParse({ email: input.email, password: input.password, role: input.role, name: input.name ?? "" });
  if (!parsed.success) throw new ValidationError(toFieldErrors(parsed.error), 422);
  const { email, password, role, name } = parsed.data;
  const passwordHash = await hashPassword(password);
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { email, name: name ?? null, passwordHash, role },
        select: { id: true, email: true, name: true, role: true },
      });
      await recordAudit(
        {
          actorId: actorIdOf(input.actor),
          action: "user.create",
          targetType: "user",
          targetId: user.id,
          metadata: { email, role, ...(isOperator(input.actor) ? { via: "cli" } : {}) },
        },
        tx,
      );
      return user;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError(`A user with email ${email} already exists`);
    throw error;
  }
}
