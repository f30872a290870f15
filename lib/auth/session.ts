import "server-only";

import { cookies } from "next/headers";
import { cache } from "react";

import { ForbiddenError, UnauthorizedError } from "@/lib/errors";

import { hasSiteRole } from "./roles";
import { resolveSessionCookie } from "./session-cookie";
import type { SessionUser } from "./types";

export type { SessionUser };

/** The signed-in user of this request (pages, layouts, server actions, route handlers), checked against the database. */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  // cookies() (not the raw Cookie header) so a server action that just signed in or out sees the
  // cookie it set when it renders the page it redirects to.
  const jar = await cookies();
  const header = jar
    .getAll()
    .map(({ name, value }) => `${name}=${encodeURIComponent(value)}`)
    .join("; ");
  return resolveSessionCookie(header);
});

export const requireUser = cache(async (): Promise<SessionUser> => {
  const user = await getCurrentUser();
  if (!user) throw new UnauthorizedError();
  return user;
});

export const requireRole = cache(async (role: "moderator" | "admin"): Promise<SessionUser> => {
  const user = await requireUser();
  if (!hasSiteRole(user, role)) throw new ForbiddenError();
  return user;
});
