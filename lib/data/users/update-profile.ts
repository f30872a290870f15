import "server-only";

import { assertUser } from "@/lib/auth/roles";
import type { UserRef } from "@/lib/auth/types";
import { db } from "@/lib/db";
import { ValidationError } from "@/lib/errors";
import { profileSchema } from "@/lib/validation/auth";
import { toFieldErrors } from "@/lib/validation/field-errors";

export async function updateProfile({ user, name }: { user: UserRef; name: string }) {
  assertUser(user);
  const parsed = profileSchema.safeParse({ name });
  if (!parsed.success) throw new ValidationError(toFieldErrors(parsed.error), 422);
  return db.user.update({ where: { id: user.id }, data: { name: parsed.data.name }, select: { id: true, name: true } });
}
