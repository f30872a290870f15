import "server-only";

import { hasSiteRole } from "@/lib/auth/roles";
import { resolveSessionCookie } from "@/lib/auth/session-cookie";
import { listMyTeams } from "@/lib/data/teams/list-my-teams";
import { getDisplayProfile } from "@/lib/data/users/get-display-profile";

export type SessionMenu = {
  user: { email: string; isAdmin: boolean; activeTeamId: string | null; teams: { id: string; name: string }[] } | null;
};

/**
 * What the header's user menu shows to the browser session named by this Cookie header: only its own
 * identity and teams. API tokens have no menu.
 */
export async function getSessionMenu({ cookieHeader }: { cookieHeader: string | null }): Promise<SessionMenu> {
  const user = await resolveSessionCookie(cookieHeader);
  if (!user) return { user: null };
  const [profile, teams] = await Promise.all([getDisplayProfile({ user }), listMyTeams({ user })]);
  return {
    user: {
      email: profile.email,
      isAdmin: hasSiteRole(user, "admin"),
      activeTeamId: profile.activeTeamId,
      teams: teams.map(({ id, name }) => ({ id, name })),
    },
  };
}
