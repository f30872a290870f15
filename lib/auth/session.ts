import "server-only";

import { cookies } from "next/headers";
import { cache } from "react";

import { getDisplayProfile, type DisplayProfile } from "@/lib/data/users/get-display-profile";
import { ForbiddenError, UnauthorizedError } from "@/lib/errors";

import { hasSiteRole } from "./roles";
import { resolveSessionCookie } from "./session-cookie";
import type { UserRef } from "./types";

/** The signed-in user of this request (pages, layouts, server actions, route handlers), checked against the database. */
export const getCurrentUser = cache(async (): Promise<UserRef | null> => {
  // cookies() (not the raw Cookie header) so a server action that just signed in or out sees the
  // cookie it set when it renders the page it redirects to.
  const jar = await cookies();
  const header = jar
    .getAll()
    .map(({ name, value }) => `${name}=${encodeURIComponent(value)}`)
    .join("; ");
  return resolveSessionCookie(header);
});

export const requireUser = cache(async (): Promise<UserRef> => {
  const user = await getCurrentUser();
  if (!user) throw new UnauthorizedError();
  return user;
});

export const requireRole = cache(async (role: "moderator" | "admin"): Promise<UserRef> => {
  const user = await requireUser();
  if (!hasSiteRole(user, role)) throw new ForbiddenError();
  return user;
});

/** What pages show of the signed-in person (email, name, active team), or null when signed out. Display data, not identity. */
export const getCurrentProfile = cache(async (): Promise<DisplayProfile | null> => {
  const user = await getCurrentUser();
  return user ? getDisplayProfile({ user }) : null;
});
