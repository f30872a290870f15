import Link from "next/link";
import { Suspense } from "react";
import { unstable_rethrow } from "next/navigation";
import { ActiveTeamPicker } from "@/components/teams/active-team-picker";
import { signOutAction } from "@/app/signout/actions";
import { setActiveTeamAction } from "@/app/teams/actions";
import { hasSiteRole } from "@/lib/auth/roles";
import { getCurrentUser } from "@/lib/auth/session";
import type { SessionUser } from "@/lib/auth/types";
import { listMyTeams, type MyTeam } from "@/lib/data/teams/list-my-teams";
import { logger } from "@/lib/log/logger";

function SignInLink() {
  return (
    <Link href="/signin" className="text-sm" data-testid="signin-link">
      Sign in
    </Link>
  );
}

async function loadMenu(): Promise<{ user: SessionUser; teams: MyTeam[] } | null> {
  try {
    const user = await getCurrentUser();
    if (!user) return null;
    return { user, teams: await listMyTeams({ user }) };
  } catch (error) {
    // Next signals dynamic rendering by throwing: let its own errors through.
    unstable_rethrow(error);
    // The header must not take the page down with it (e.g. database briefly unavailable).
    logger.error("user-menu", { error });
    return null;
  }
}

async function UserMenuContent() {
  const menu = await loadMenu();
  if (!menu) return <SignInLink />;
  const { user, teams } = menu;
  return (
    <div className="flex flex-wrap items-center gap-3 text-sm" data-testid="user-menu">
      {teams.length > 0 ? <ActiveTeamPicker teams={teams.map(({ id, name }) => ({ id, name }))} activeTeamId={user.activeTeamId} action={setActiveTeamAction} /> : null}
      {hasSiteRole(user, "admin") ? <Link href="/admin/users">Admin</Link> : null}
      <Link href="/account" data-testid="user-email" className="max-w-48 truncate">
        {user.email}
      </Link>
      <form action={signOutAction}>
        <button type="submit" data-testid="signout-button" className="text-slate-700 hover:underline dark:text-slate-300">
          Sign out
        </button>
      </form>
    </div>
  );
}

/** Header: the signed-in email, active team picker and sign-out; a "Sign in" link otherwise. */
export function UserMenu() {
  return (
    <Suspense fallback={<span className="text-sm text-slate-400">…</span>}>
      <UserMenuContent />
    </Suspense>
  );
}
