import { ForbiddenError, UnauthorizedError } from "@/lib/errors";
import { API_SCOPES, type ApiScope } from "@/lib/validation/token";

import { isOperator, type Actor, type SiteRole, type UserRef } from "./types";

const SITE_ROLE_RANK: Record<SiteRole, number> = { user: 0, moderator: 1, admin: 2 };

export function hasSiteRole(user: Pick<UserRef, "role">, minimum: SiteRole): boolean {
  return SITE_ROLE_RANK[user.role] >= SITE_ROLE_RANK[minimum];
}

/** Scopes a person with this site role may hold; review is for moderators and admins only. */
export function scopesAllowedForRole(role: SiteRole): ApiScope[] {
  return API_SCOPES.filter((scope) => scope !== "submissions:review" || hasSiteRole({ role }, "moderator"));
}

/** Guards every lib/data entry point: a caller object must be present and carry an id. */
export function assertUser<U extends UserRef>(user: U | null | undefined): asserts user is U {
  if (!user || typeof user.id !== "string" || user.id.length === 0) throw new UnauthorizedError();
}

export function assertSiteRole<U extends UserRef>(user: U | null | undefined, minimum: SiteRole): asserts user is U {
  assertUser(user);
  if (!hasSiteRole(user, minimum)) throw new ForbiddenError();
}

export function assertAdminActor(actor: Actor | null | undefined): asserts actor is Actor {
  if (actor && isOperator(actor)) return;
  assertSiteRole(actor as UserRef | null | undefined, "admin");
}

/** Audit rows name the person; the CLI operator has no user row. */
export function actorIdOf(actor: Actor): string | null {
  return isOperator(actor) ? null : actor.id;
}
