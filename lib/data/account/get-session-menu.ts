import "server-only";
import { hasSiteRole } from "@/lib/auth/roles";
import { resolveSessionCookie } from "@/lib/auth/session-cookie";
import { listMyTeams } from "@/lib/data/teams/list-my-teams";

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
  const teams = await listMyTeams({ user });
  return {
    user: {
      email: user.email,
      isAdmin: hasSiteRole(user, "admin"),
      activeTeamId: user.activeTeamId,
      teams: teams.map(({ id, name }) => ({ id, name })),
    },
  };
}
