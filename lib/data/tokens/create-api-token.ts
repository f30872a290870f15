import "server-only";

import { assertUser, scopesAllowedForRole } from "@/lib/auth/roles";
import { API_TOKEN_DISPLAY_PREFIX_LENGTH, API_TOKEN_PREFIX, generateSecret, sha256Hex } from "@/lib/auth/secrets";
import type { UserRef } from "@/lib/auth/types";
import { recordAudit } from "@/lib/data/audit/record-audit";
import { confirmPassword } from "@/lib/data/users/confirm-password";
import { db } from "@/lib/db";
import { ConflictError, ForbiddenError, ValidationError } from "@/lib/errors";
import { toFieldErrors } from "@/lib/validation/field-errors";
import { createApiTokenSchema, type ApiScope } from "@/lib/validation/token";

import { apiTokenSelect, type ApiTokenSummary } from "./api-token-summary";

const MAX_ACTIVE_TOKENS_PER_USER = 50;

export interface CreateApiTokenInput {
  user: UserRef;
  name: string;
  scopes: ApiScope[] | string[];
  /** Days until expiry, "never" (explicit only), or unset for DEFAULT_TOKEN_EXPIRY_DAYS. */
  expiresInDays?: number | "never";
  ip?: string | null;
  /**
   * The account password, asked again before a credential that outlives the session is minted.
   * Not asked of the admin CLI ("operator"), who already holds the database.
   */
  reauth: { password: string } | "operator";
  /** Recorded in the audit row, e.g. "cli". */
  via?: string;
}

/** Creates a personal token for the caller. The raw token is returned here once and never stored. */
export async function createApiToken(input: CreateApiTokenInput): Promise<{ token: string; apiToken: ApiTokenSummary }> {
  const { user } = input;
  assertUser(user);
  const parsed = createApiTokenSchema.safeParse({ name: input.name, scopes: input.scopes, expiresInDays: input.expiresInDays });
  if (!parsed.success) throw new ValidationError(toFieldErrors(parsed.error), 422);
  const { name, scopes, expiresInDays } = parsed.data;
  const allowed = scopesAllowedForRole(user.role);
  const refused = scopes.filter((scope) => !allowed.includes(scope));
  if (refused.length > 0) throw new ForbiddenError(`Your role cannot hold: ${refused.join(", ")}`);
  if (input.reauth !== "operator") await confirmPassword({ user, password: input.reauth.password, ip: input.ip ?? "unknown" });

  const token = generateSecret(API_TOKEN_PREFIX);
  const apiToken = await db.$transaction(async (tx) => {
    const active = await tx.apiToken.count({ where: { userId: user.id, revokedAt: null } });
    if (active >= MAX_ACTIVE_TOKENS_PER_USER) throw new ConflictError(`You already have ${active} active tokens: revoke some first`);
    const created = await tx.apiToken.create({
      data: {
        userId: user.id,
        name,
        scopes,
        prefix: token.slice(0, API_TOKEN_DISPLAY_PREFIX_LENGTH),
        tokenHash: sha256Hex(token),
        expiresAt: expiresInDays === "never" ? null : new Date(Date.now() + expiresInDays * 86_400_000),
      },
      select: apiTokenSelect,
    });
    await recordAudit(
      {
        actorId: user.id,
        action: "token.create",
        targetType: "api_token",
        targetId: created.id,
        ip: input.ip,
        metadata: { name, scopes, expiresInDays, ...(input.via ? { via: input.via } : {}) },
      },
      tx,
    );
    return created;
  });
  return { token, apiToken };
}
