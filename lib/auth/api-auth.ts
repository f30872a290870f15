import "server-only";

import { authenticateApiToken } from "@/lib/data/tokens/authenticate-api-token";
import { ForbiddenError, UnauthorizedError } from "@/lib/errors";

import { scopesAllowedForRole } from "./roles";
import { assertSameOrigin, isSameOriginRequest } from "./same-origin";
import { resolveSessionCookie } from "./session-cookie";
import type { ApiScope, UserRef } from "./types";

export type { ApiScope };

/** How a route-handler request authenticated: its user and what that credential may do. */
export interface ApiAuthentication {
  user: UserRef;
  via: "token" | "session";
  /** What this caller may do: a token's scopes limited by the owner's role, or everything the role allows for a session. */
  scopes: ApiScope[];
  /** Set when via === "token". */
  tokenId?: string;
}

export interface AuthenticateOptions {
  /** Required scope: missing → 403. */
  scope?: ApiScope;
  /** Also accept the browser session cookie (same-origin only for state-changing methods). */
  allowSession?: boolean;
}

function bearerToken(request: Request): string | null {
  const header = request.headers.get("authorization");
  if (header === null) return null;
  const match = /^Bearer[ ]+([^\s]+)[ ]*$/i.exec(header);
  if (!match) throw new UnauthorizedError('Malformed Authorization header: expected "Bearer <token>"');
  return match[1];
}

async function callerFromToken(token: string): Promise<ApiAuthentication> {
  const identity = await authenticateApiToken(token);
  if (!identity) throw new UnauthorizedError("Invalid, expired or revoked API token");
  return { user: identity.user, via: "token", scopes: identity.scopes, tokenId: identity.tokenId };
}

function assertScope(caller: ApiAuthentication, scope: ApiScope | undefined): ApiAuthentication {
  if (scope && !caller.scopes.includes(scope)) {
    throw new ForbiddenError(
      caller.via === "token" ? `This API token lacks the "${scope}" scope (or your role no longer allows it)` : `Your role does not allow "${scope}"`,
    );
  }
  return caller;
}

/**
 * Authenticates a route-handler request: `Authorization: Bearer tc_...` (401 when invalid, revoked
 * or expired; 403 without the scope) or, with allowSession, the session cookie. Throws
 * UnauthorizedError / ForbiddenError, which lib/http/handler.ts maps to 401 / 403.
 */
export async function authenticateRequest(request: Request, opts: AuthenticateOptions = {}): Promise<ApiAuthentication> {
  const token = bearerToken(request);
  if (token !== null) return assertScope(await callerFromToken(token), opts.scope);
  if (opts.allowSession) {
    const user = await resolveSessionCookie(request.headers.get("cookie"));
    if (user) {
      // The cookie is sent by the browser on any site's request; only our own pages may use it to change things.
      assertSameOrigin(request);
      return assertScope({ user, via: "session", scopes: scopesAllowedForRole(user.role) }, opts.scope);
    }
  }
  throw new UnauthorizedError();
}

/**
 * For public endpoints that show more to signed-in callers: null for anonymous requests, a ApiAuthentication
 * otherwise. A bad bearer token is still a 401 (the client meant to authenticate); a session cookie
 * on a cross-site state-changing request is ignored.
 */
export async function getOptionalCaller(request: Request): Promise<ApiAuthentication | null> {
  const token = bearerToken(request);
  if (token !== null) return callerFromToken(token);
  const cookie = request.headers.get("cookie");
  if (!cookie || !isSameOriginRequest(request)) return null;
  const user = await resolveSessionCookie(cookie);
  return user ? { user, via: "session", scopes: scopesAllowedForRole(user.role) } : null;
}
