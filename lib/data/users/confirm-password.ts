import "server-only";

import { verifyPassword } from "@/lib/auth/password";
import { getSignInLimiter } from "@/lib/auth/rate-limit";
import { assertUser } from "@/lib/auth/roles";
import type { UserRef } from "@/lib/auth/types";
import { db } from "@/lib/db";
import { ValidationError } from "@/lib/errors";

/**
 * Re-authentication before a sensitive step (minting an API token): the signed-in person types their
 * password again. Guesses count against the same limits as sign-in. Accounts without a password
 * (OAuth only) must set one first.
 */
export async function confirmPassword({ user, password, ip }: { user: UserRef; password: string; ip: string }): Promise<void> {
  assertUser(user);
  const row = await db.user.findUnique({ where: { id: user.id }, select: { email: true, passwordHash: true } });
  if (!row?.passwordHash) throw new ValidationError([{ path: "password", message: "Set a password for your account first (Account › Password)" }], 422);
  if (typeof password !== "string" || password.length === 0) throw new ValidationError([{ path: "password", message: "Enter your password to confirm" }], 422);
  const limiter = getSignInLimiter();
  await limiter.consume({ ip, email: row.email });
  if (!(await verifyPassword(password.slice(0, 128), row.passwordHash))) throw new ValidationError([{ path: "password", message: "Password is wrong" }], 422);
  await limiter.recordSuccess({ ip, email: row.email });
}
