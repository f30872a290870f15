import type { SiteRoleName } from "@/lib/validation/auth";
import type { ApiScope } from "@/lib/validation/token";

export type SiteRole = SiteRoleName;
export type { ApiScope };

/**
 * The one identity type: what authorization in lib/data reads of the person calling. Every lib/data
 * function takes it as `{ user, … }`; a session, an API token and a test fixture all produce one.
 * Anything else about the person (email, name, active team) is read from the database by id where it
 * is needed; what pages display comes from getCurrentProfile (lib/auth/session.ts).
 */
export interface UserRef {
  id: string;
  role: SiteRole;
}

/** A self-hoster running the admin CLI: trusted like a site admin, recorded without an actor id. */
export interface Operator {
  kind: "operator";
}

export const OPERATOR: Operator = Object.freeze({ kind: "operator" });

export type Actor = UserRef | Operator;

export function isOperator(actor: Actor): actor is Operator {
  return (actor as Operator).kind === "operator";
}
