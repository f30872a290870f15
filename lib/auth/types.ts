import type { SiteRoleName } from "@/lib/validation/auth";
import type { ApiScope } from "@/lib/validation/token";

export type SiteRole = SiteRoleName;
export type { ApiScope };

/**
 * The one identity type: what authorization in lib/data reads of the person calling. Every lib/data
 * function takes it as `{ user, … }`; a session, an API token and a test fixture all produce one.
 */
export interface UserRef {
  id: string;
  role: SiteRole;
}

/**
 * The session's record of a signed-in person (never secrets): a UserRef plus what pages show and the
 * few data functions that match an email or an active team read. Pass it wherever a UserRef goes.
 */
export interface SessionUser extends UserRef {
  email: string;
  name: string | null;
  /** Null unless the user is still a member of that team. */
  activeTeamId: string | null;
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
