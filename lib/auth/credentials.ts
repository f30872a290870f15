import "server-only";
import { recordAudit } from "@/lib/data/audit/record-audit";
import { db } from "@/lib/db";
import { signInSchema } from "@/lib/validation/auth";
import { verifyPassword } from "./password";
import { getSignInLimiter, type SignInLimiter } from "./rate-limit";

export interface VerifiedUser {
  id: string;
  email: string;
  name: string | null;
}

/**
 * The credentials check behind every password sign-in (Auth.js `authorize`, reached from the sign-in
 * form and from POST /api/auth/callback/credentials). Refuses with RateLimitError once the account or
 * IP has used up its failed attempts, and writes an audit row either way.
 */
export async function verifyCredentials(
  input: { email?: unknown; password?: unknown },
  ip: string,
  limiter: SignInLimiter = getSignInLimiter(),
): Promise<VerifiedUser | null> {
  const parsed = signInSchema.safeParse({ email: input.email, password: input.password });
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  await limiter.assertAllowed({ ip, email });

  const user = await db.user.findUnique({ where: { email }, select: { id: true, email: true, name: true, passwordHash: true } });
  const ok = await verifyPassword(password, user?.passwordHash);
  if (!user || !ok) {
    await limiter.recordFailure({ ip, email });
    await recordAudit({
      actorId: user?.id ?? null,
      action: "auth.signin.failure",
      targetType: "user",
      targetId: user?.id,
      ip,
      metadata: { email, reason: user ? (user.passwordHash ? "wrong_password" : "no_password") : "unknown_email" },
    });
    return null;
  }
  await limiter.recordSuccess({ ip, email });
  await recordAudit({ actorId: user.id, action: "auth.signin.success", targetType: "user", targetId: user.id, ip, metadata: { provider: "credentials" } });
  return { id: user.id, email: user.email, name: user.name };
}
