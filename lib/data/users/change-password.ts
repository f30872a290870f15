import "server-only";

import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { getSignInLimiter } from "@/lib/auth/rate-limit";
import { assertUser } from "@/lib/auth/roles";
import type { UserRef } from "@/lib/auth/types";
import { recordAudit } from "@/lib/data/audit/record-audit";
import { revokeAllApiTokens } from "@/lib/data/users/sessions";
import { db } from "@/lib/db";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { changePasswordSchema } from "@/lib/validation/auth";
import { toFieldErrors } from "@/lib/validation/field-errors";

/**
 * Sets a new password and ends every session of the account, this one included (the caller signs
 * in again). Guessing the current password counts against the same limits as sign-in.
 */
export async function changePassword(input: {
  user: UserRef;
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
  ip: string;
  /** Also revoke every API token (offered on the form). */
  revokeTokens?: boolean;
}): Promise<void> {
  const { user } = input;
  assertUser(user);
  const row = await db.user.findUnique({ where: { id: user.id }, select: { email: true, passwordHash: true } });
  if (!row) throw new NotFoundError("Account not found");
  // Accounts created through OAuth have no password yet: they may set one without a current one.
  const parsed = changePasswordSchema.safeParse({
    currentPassword: row.passwordHash ? input.currentPassword : "-",
    newPassword: input.newPassword,
    confirmPassword: input.confirmPassword,
  });
  if (!parsed.success) throw new ValidationError(toFieldErrors(parsed.error), 422);
  if (row.passwordHash) {
    const limiter = getSignInLimiter();
    await limiter.consume({ ip: input.ip, email: row.email });
    if (!(await verifyPassword(parsed.data.currentPassword, row.passwordHash))) {
      throw new ValidationError([{ path: "currentPassword", message: "Current password is wrong" }], 422);
    }
  }
  if (row.passwordHash) await getSignInLimiter().recordSuccess({ ip: input.ip, email: row.email });
  const passwordHash = await hashPassword(parsed.data.newPassword);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, sessionVersion: { increment: 1 } }, select: { id: true } });
    await tx.session.deleteMany({ where: { userId: user.id } });
    const tokensRevoked = input.revokeTokens ? await revokeAllApiTokens(tx, user.id) : 0;
    await recordAudit(
      { actorId: user.id, action: "auth.password.change", targetType: "user", targetId: user.id, ip: input.ip, metadata: { tokensRevoked } },
      tx,
    );
  });
}
