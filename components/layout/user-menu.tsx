"use client";

import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";

import { signOutAction } from "@/app/signout/actions";
import { setActiveTeamAction } from "@/app/teams/actions";
import { ActiveTeamPicker } from "@/components/teams/active-team-picker";
import { Link } from "@/components/ui/link";
import { hasSessionHint } from "@/lib/auth/session-hint";
import type { SessionMenu } from "@/lib/data/account/get-session-menu";

// The one per-user part of the shared page shell: pages are rendered (and cached) the same for every
// visitor, and this hole is filled in the browser from /api/session/menu, which is never cached. A
// browser without the session hint (lib/auth/session-hint.ts) holds no session: it gets "Sign in"
// without asking.
type State = { status: "loading" } | { status: "ready"; menu: SessionMenu };

function SignInLink() {
  return (
    <Link href="/signin" className="text-sm" data-testid="signin-link">
      Sign in
    </Link>
  );
}

/** Header: the signed-in email, active team picker and sign-out; a "Sign in" link otherwise. */
export function UserMenu() {
  const pathname = usePathname();
  const [state, setState] = useState<State>({ status: "loading" });

  // Re-read on navigation: signing in or out, or switching team, ends on another page or a refresh.
  // The hint is read in a task of its own: document.cookie is a call to the browser process, and the
  // hydration task it would otherwise join is long enough already.
  useEffect(() => {
    const controller = new AbortController();
    const timer = setTimeout(() => {
      if (!hasSessionHint(document.cookie)) {
        setState({ status: "ready", menu: { user: null } });
        return;
      }
      fetch("/api/session/menu", { cache: "no-store", credentials: "same-origin", signal: controller.signal })
        .then((res) => (res.ok ? (res.json() as Promise<SessionMenu>) : { user: null }))
        .then((menu) => setState({ status: "ready", menu }))
        .catch((error: unknown) => {
          // The header must not take the page down (e.g. database briefly unavailable).
          if (!controller.signal.aborted) setState({ status: "ready", menu: { user: null } });
          return error;
        });
    }, 0);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [pathname]);

  if (state.status === "loading") return <span className="text-sm text-slate-400">…</span>;
  const user = state.menu.user;
  if (!user) return <SignInLink />;
  return (
    // On a phone the team, Admin, email and Sign out share one row: the email and team name are cut
    // shorter there (the email's whole text is its title), or Sign out wrapped onto a third header row.
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm" data-testid="user-menu">
      {user.teams.length > 0 ? <ActiveTeamPicker teams={user.teams} activeTeamId={user.activeTeamId} action={setActiveTeamAction} /> : null}
      {user.isAdmin ? <Link href="/admin/users">Admin</Link> : null}
      <Link href="/account" data-testid="user-email" className="max-w-28 truncate sm:max-w-48" title={user.email}>
        {user.email}
      </Link>
      <form
        action={async () => {
          setState({ status: "ready", menu: { user: null } });
          await signOutAction();
        }}
      >
        <button type="submit" data-testid="signout-button" className="text-slate-700 hover:underline dark:text-slate-300">
          Sign out
        </button>
      </form>
    </div>
  );
}
