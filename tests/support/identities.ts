// Identities for authorization tests (the route matrix, data-layer tests, e2e): every kind of caller
// the app distinguishes, created directly in the database with working API tokens and a known
// password. Each call creates fresh users and teams, so tests can call it repeatedly.
import { randomBytes } from "node:crypto";
import { encode } from "next-auth/jwt";

import { hashPassword } from "@/lib/auth/password";
import { scopesAllowedForRole } from "@/lib/auth/roles";
import { resolveAuthSecret } from "@/lib/auth/secret";
import { API_TOKEN_DISPLAY_PREFIX_LENGTH, API_TOKEN_PREFIX, generateSecret, sha256Hex } from "@/lib/auth/secrets";
import type { PrismaClient } from "@/lib/db/client";
import type { ApiScope } from "@/lib/validation/token";
import { createUser } from "@/prisma/seed/factories";

export const IDENTITY_KEYS = [
  "anonymous",
  "user",
  "teamAOwner",
  "teamAAdmin",
  "teamAMember",
  "teamBOwner",
  "teamBMember",
  "moderator",
  "admin",
  "revokedToken",
  "tokenWithoutScope",
  "partialScopeToken",
  "expiredToken",
] as const;
export type IdentityKey = (typeof IDENTITY_KEYS)[number];

export interface Identity {
  key: IdentityKey;
  /** Null for anonymous. */
  userId: string | null;
  email: string | null;
  siteRole: "user" | "moderator" | "admin" | null;
  /** Team memberships, e.g. { teamId, role }. */
  teams: { teamId: string; role: "owner" | "admin" | "member" }[];
  /**
   * Bearer token (raw) or null for anonymous. For revokedToken it is revoked; tokenWithoutScope has no
   * scopes; partialScopeToken holds only scenarios:read (PARTIAL_SCOPES); expiredToken expired yesterday.
   */
  token: string | null;
  tokenScopes: ApiScope[];
}

export interface Identities {
  identities: Record<IdentityKey, Identity>;
  teamA: { id: string; slug: string; name: string };
  teamB: { id: string; slug: string; name: string };
  /** Every created user signs in with this password. */
  password: string;
  /** `Authorization` header for an identity (none for anonymous). */
  authHeaders(key: IdentityKey): Record<string, string>;
}

export const IDENTITY_PASSWORD = "identities-password-123";
/** The one scope partialScopeToken holds (a plain user otherwise). */
export const PARTIAL_SCOPES: ApiScope[] = ["scenarios:read"];

let passwordHash: Promise<string> | undefined;

export async function createIdentities(prisma: PrismaClient): Promise<Identities> {
  const run = randomBytes(4).toString("hex");
  // One hash for everyone: bcrypt at production cost is slow on purpose.
  passwordHash ??= hashPassword(IDENTITY_PASSWORD, 10);
  const hash = await passwordHash;

  async function createIdentityUser(label: string, role: "user" | "moderator" | "admin") {
    return createUser(prisma, { email: `${label.toLowerCase()}-${run}@identities.test`, name: `${label} ${run}`, passwordHash: hash, role });
  }

  async function createToken(userId: string, scopes: ApiScope[], revoked = false, expired = false) {
    const token = generateSecret(API_TOKEN_PREFIX);
    await prisma.apiToken.create({
      data: {
        userId,
        name: revoked ? "revoked" : "identity",
        prefix: token.slice(0, API_TOKEN_DISPLAY_PREFIX_LENGTH),
        tokenHash: sha256Hex(token),
        scopes,
        revokedAt: revoked ? new Date() : null,
        expiresAt: expired ? new Date(Date.now() - 86_400_000) : null,
      },
      select: { id: true },
    });
    return token;
  }

  const teamA = await prisma.team.create({ data: { name: `Team A ${run}`, slug: `team-a-${run}` }, select: { id: true, slug: true, name: true } });
  const teamB = await prisma.team.create({ data: { name: `Team B ${run}`, slug: `team-b-${run}` }, select: { id: true, slug: true, name: true } });

  const specs: {
    key: Exclude<IdentityKey, "anonymous">;
    role: "user" | "moderator" | "admin";
    team?: { teamId: string; role: "owner" | "admin" | "member" };
  }[] = [
    { key: "user", role: "user" },
    { key: "teamAOwner", role: "user", team: { teamId: teamA.id, role: "owner" } },
    { key: "teamAAdmin", role: "user", team: { teamId: teamA.id, role: "admin" } },
    { key: "teamAMember", role: "user", team: { teamId: teamA.id, role: "member" } },
    { key: "teamBOwner", role: "user", team: { teamId: teamB.id, role: "owner" } },
    { key: "teamBMember", role: "user", team: { teamId: teamB.id, role: "member" } },
    { key: "moderator", role: "moderator" },
    { key: "admin", role: "admin" },
    { key: "revokedToken", role: "user" },
    { key: "tokenWithoutScope", role: "user" },
    { key: "partialScopeToken", role: "user" },
    { key: "expiredToken", role: "user" },
  ];

  const anonymous: Identity = { key: "anonymous", userId: null, email: null, siteRole: null, teams: [], token: null, tokenScopes: [] };
  const identities = { anonymous } as Record<IdentityKey, Identity>;

  for (const spec of specs) {
    const user = await createIdentityUser(spec.key, spec.role);
    if (spec.team) {
      await prisma.membership.create({ data: { userId: user.id, teamId: spec.team.teamId, role: spec.team.role }, select: { id: true } });
      await prisma.user.update({ where: { id: user.id }, data: { activeTeamId: spec.team.teamId }, select: { id: true } });
    }
    const scopes: ApiScope[] = spec.key === "tokenWithoutScope" ? [] : spec.key === "partialScopeToken" ? PARTIAL_SCOPES : scopesAllowedForRole(spec.role);
    const token = await createToken(user.id, scopes, spec.key === "revokedToken", spec.key === "expiredToken");
    identities[spec.key] = {
      key: spec.key,
      userId: user.id,
      email: user.email,
      siteRole: spec.role,
      teams: spec.team ? [spec.team] : [],
      token,
      tokenScopes: scopes,
    };
  }

  return {
    identities,
    teamA,
    teamB,
    password: IDENTITY_PASSWORD,
    authHeaders(key): Record<string, string> {
      const token = identities[key].token;
      return token ? { Authorization: `Bearer ${token}` } : {};
    },
  };
}

/**
 * A session cookie for a user, as Auth.js would set it after sign-in (for requests or a browser
 * context). The secret must be the app server's AUTH_SECRET.
 */
export async function createSessionCookie(
  prisma: PrismaClient,
  userId: string,
  options: { secret?: string; secure?: boolean } = {},
): Promise<{ name: string; value: string; expires: Date }> {
  const name = options.secure ? "__Secure-authjs.session-token" : "authjs.session-token";
  const maxAgeSeconds = 30 * 24 * 60 * 60;
  const sid = generateSecret("");
  const expires = new Date(Date.now() + maxAgeSeconds * 1000);
  const user = await prisma.user.update({
    where: { id: userId },
    data: { sessions: { create: { sessionToken: sha256Hex(sid), expires } } },
    select: { sessionVersion: true },
  });
  const value = await encode({
    token: { sub: userId, sid, sv: user.sessionVersion },
    secret: options.secret ?? resolveAuthSecret(),
    salt: name,
    maxAge: maxAgeSeconds,
  });
  return { name, value, expires };
}
