import type { ApiAuthentication } from "@/lib/auth/api-auth";
import type { UserRef } from "@/lib/auth/types";

// A token reads non-public submissions only with a submissions scope; a moderator's token needs
// submissions:review to see other people's pending work. Sessions carry their role's scopes.
export function submissionViewerOf(caller: ApiAuthentication | null): UserRef | null {
  if (!caller) return null;
  const canReview = caller.scopes.includes("submissions:review");
  const canWrite = caller.scopes.includes("submissions:write");
  if (!canReview && !canWrite) return null;
  return { id: caller.user.id, role: canReview ? caller.user.role : "user" };
}
