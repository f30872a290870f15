import "server-only";

import { z } from "zod";

import { hashPassword } from "@/lib/auth/password";
import { recordAudit } from "@/lib/data/audit/record-audit";
import { db, Prisma } from "@/lib/db";
import { ConflictError, ValidationError } from "@/lib/errors";
import { displayNameSchema, emailSchema, newPasswordSchema } from "@/lib/validation/auth";
import { toFieldErrors } from "@/lib/validation/field-errors";

const registerSchema = z.object({ email: emailSchema, password: newPasswordSchema, name: displayNameSchema.optional() });

/** Public sign-up: always the plain `user` site role. */
export async function registerUser(input: { email: string; password: string; name?: string | null; ip?: string | null }) {
  const parsed = registerSchema.safeParse({ email: input.email, password: input.password, name: input.name ?? "" });
  if (!parsed.success) throw new ValidationError(toFieldErrors(parsed.error), 422);
  const { email, password, name } = parsed.data;
  const passwordHash = await hashPassword(password);
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({ data: { email, name: name ?? null, passwordHash, role: "user" }, select: { id: true, email: true } });
      await recordAudit({ actorId: user.id, action: "auth.signup", targetType: "user", targetId: user.id, ip: input.ip }, tx);
      return user;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError("An account with this email already exists");
    throw error;
  }
}

/**
 * Sign-up as the public form does it: an email that already has an account is not reported (the
 * password is hashed either way, so both answers take as long); the owner sees an audit row.
 */
export async function registerUserQuietly(input: { email: string; password: string; name?: string | null; ip?: string | null }): Promise<void> {
  try {
    await registerUser(input);
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
    const existing = await db.user.findUnique({ where: { email: input.email.trim().toLowerCase() }, select: { id: true } });
    if (existing) await recordAudit({ actorId: null, action: "auth.signup.existing_email", targetType: "user", targetId: existing.id, ip: input.ip });
  }
}

export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}
