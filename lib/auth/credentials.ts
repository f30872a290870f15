import "server-only";

import type { User as AuthJsUser } from "next-auth";

import { recordAudit } from "@/lib/data/audit/record-audit";
import { db } from "@/lib/db";
import { signInSchema } from "@/lib/validation/auth";

import { verifyPassword } from "./password";
import { getSignInLimiter, type SignInLimiter } from "./rate-limit";

/**
 * The credentials check behind every password sign-in (Auth.js `authorize`, reached from the sign-in
 * form and from POST /api/auth/callback/credentials). The attempt is counted before the password is
 * checked (atomically, so concurrent guesses cannot all slip under the limit) and given back when it
 * succeeds; refuses with RateLimitError once a limit is used up, and writes an audit row either way.
 * Returns Auth.js's sign-in record (it opens the session from its id), not an identity for lib/data.
 */
export async function verifyCredentials(
  input: { email?: unknown; password?: unknown },
  ip: string,
  limiter: SignInLimiter = getSignInLimiter(),
): Promise<AuthJsUser | null> {
  const parsed = signInSchema.safeParse({ email: input.email, password: input.password });
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  await limiter.consume({ ip, email });

  const user = await db.user.findUnique({ where: { email }, select: { id: true, email: true, name: true, passwordHash: true } });
  const ok = await verifyPassword(password, user?.passwordHash);
  if (!user || !ok) {
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
