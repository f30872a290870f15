import type { ApiScope } from "@/lib/validation/token";
import type { SiteRoleName } from "@/lib/validation/auth";

export type SiteRole = SiteRoleName;
export type { ApiScope };

/** The signed-in person as every permission check sees them; never carries secrets. */
export interface SessionUser {
  id: string;
  email: string;
  name: string | null;
  role: SiteRole;
  /** Null unless the user is still a member of that team. */
  activeTeamId: string | null;
}

/**
 * What authorization in lib/data reads of the signed-in person: the one identity type, a view of
 * SessionUser (a SessionUser is one, so callers pass `user` as it is).
 */
export type UserRef = Pick<SessionUser, "id" | "role">;

/** A self-hoster running the admin CLI: trusted like a site admin, recorded without an actor id. */
export interface Operator {
  kind: "operator";
}

export const OPERATOR: Operator = Object.freeze({ kind: "operator" });

export type Actor = SessionUser | Operator;

export function isOperator(actor: Actor): actor is Operator {
  return (actor as Operator).kind === "operator";
}
