import "server-only";

import { notFound, redirect } from "next/navigation";

import { hasSiteRole } from "./roles";
import { safeRedirectPath } from "./safe-redirect";
import { getCurrentUser } from "./session";
import type { UserRef } from "./types";

export function signInPath(callbackPath: string): string {
  return `/signin?${new URLSearchParams({ callbackUrl: safeRedirectPath(callbackPath) })}`;
}

/** Pages: anonymous visitors go to the sign-in page and come back afterwards. */
export async function requirePageUser(callbackPath: string): Promise<UserRef> {
  const user = await getCurrentUser();
  if (!user) redirect(signInPath(callbackPath));
  return user;
}

/** Pages for moderators/admins: others get a 404, so the page's existence is not advertised. */
export async function requirePageRole(role: "moderator" | "admin", callbackPath: string): Promise<UserRef> {
  const user = await requirePageUser(callbackPath);
  if (!hasSiteRole(user, role)) notFound();
  return user;
}
