// Building blocks of the authorization matrix: identity groups, expectation tables and the outcome of
// a data-function call (for server actions), so rows read as "who gets what".
import { AppError } from "@/lib/errors";
import type { ApiScope } from "@/lib/validation/token";
import { IDENTITY_KEYS, PARTIAL_SCOPES, type IdentityKey } from "@/tests/support/identities";

export const TEAM_A: IdentityKey[] = ["teamAOwner", "teamAAdmin", "teamAMember"];
export const TEAM_B: IdentityKey[] = ["teamBOwner", "teamBMember"];
/** Identities that are a person with a valid credential holding every scope their role allows. */
export const SIGNED_IN: IdentityKey[] = ["user", ...TEAM_A, ...TEAM_B, "moderator", "admin"];
/** Identities without a session: server actions (cookie only) see no user for them. */
export const NO_SESSION: IdentityKey[] = ["anonymous", "revokedToken", "tokenWithoutScope", "partialScopeToken", "expiredToken"];
/** Bearer tokens that no longer authenticate at all. */
export const DEAD_TOKENS: IdentityKey[] = ["revokedToken", "expiredToken"];

export type Table<T> = Record<IdentityKey, T>;

/** Every identity gets `fallback`, except the listed ones. */
export function table<T>(fallback: T, overrides: Partial<Table<T>> = {}): Table<T> {
  return Object.fromEntries(IDENTITY_KEYS.map((key) => [key, key in overrides ? overrides[key] : fallback])) as Table<T>;
}

export function each<T>(keys: IdentityKey[], value: T): Partial<Table<T>> {
  return Object.fromEntries(keys.map((key) => [key, value]));
}

/**
 * A `/api/v1` route that authenticates with `authenticateRequest(scope)`: no credential, a revoked or
 * an expired token → 401, a valid token without the scope → 403; everyone else as given. The
 * partial-scope token (a plain user holding PARTIAL_SCOPES) passes only when `scope` is one of them,
 * and then gets what `user` gets; `scope` null = the route needs no scope.
 */
export function scoped(fallback: number, overrides: Partial<Table<number>> = {}, scope: ApiScope | null = null): Table<number> {
  const partial = scope === null || PARTIAL_SCOPES.includes(scope) ? (overrides.user ?? fallback) : 403;
  return table(fallback, { anonymous: 401, revokedToken: 401, expiredToken: 401, tokenWithoutScope: 403, partialScopeToken: partial, ...overrides });
}

/** What a data function did for a caller: returned, or threw an AppError with this status. */
export type Outcome = "ok" | 401 | 403 | 404 | 409 | 422;

export async function outcomeOf(run: () => Promise<unknown>): Promise<Outcome | string> {
  try {
    await run();
    return "ok";
  } catch (error) {
    if (error instanceof AppError) return error.status as Outcome;
    // Anything else is a bug in the probe or the function: show it instead of a status.
    return `unexpected ${(error as Error)?.name}: ${(error as Error)?.message}`;
  }
}

/** Server actions resolve the caller from the session cookie only: no-session identities → 401. */
export function sessionOnly(fallback: Outcome, overrides: Partial<Table<Outcome>> = {}): Table<Outcome> {
  return table<Outcome>(fallback, { ...each(NO_SESSION, 401 as Outcome), ...overrides });
}
