import { hasSiteRole } from "@/lib/auth/roles";
import type { UserRef } from "@/lib/auth/types";

// Who may read a submission: approved ones are public; anything else only its submitter and
// moderators. To everyone else it does not exist (404), so ids of pending work are not confirmed.

export function canViewSubmission(viewer: UserRef | null, row: { status: string; submitterId: string | null }): boolean {
  if (row.status === "approved") return true;
  if (!viewer) return false;
  return row.submitterId === viewer.id || hasSiteRole(viewer, "moderator");
}
