import "server-only";

import { assertAdminActor } from "@/lib/auth/roles";
import { userRefSelect } from "@/lib/auth/session-store";
import type { Actor, UserRef } from "@/lib/auth/types";
import { db } from "@/lib/db";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { emailSchema } from "@/lib/validation/auth";

/** Site admins and the CLI operator look people up by email. */
export async function findUserByEmail({ actor, email }: { actor: Actor; email: string }): Promise<UserRef> {
  assertAdminActor(actor);
  const parsed = emailSchema.safeParse(email);
  if (!parsed.success) throw new ValidationError([{ path: "email", message: parsed.error.issues[0]?.message ?? "Invalid email" }]);
  const row = await db.user.findUnique({ where: { email: parsed.data }, select: userRefSelect });
  if (!row) throw new NotFoundError(`No user with email ${parsed.data}`);
  return row;
}
