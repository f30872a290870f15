"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";

import { linkOrigin } from "@/lib/auth/host-trust";
import { safeRedirectPath } from "@/lib/auth/safe-redirect";
import { serverAction } from "@/lib/auth/server-action";
import { requireUser } from "@/lib/auth/session";
import { changeMemberRole } from "@/lib/data/teams/change-member-role";
import { createInvitation } from "@/lib/data/teams/create-invitation";
import { createTeam } from "@/lib/data/teams/create-team";
import { deleteTeam } from "@/lib/data/teams/delete-team";
import { getTeam } from "@/lib/data/teams/get-team";
import { leaveTeam } from "@/lib/data/teams/leave-team";
import { removeMember } from "@/lib/data/teams/remove-member";
import { revokeInvitation } from "@/lib/data/teams/revoke-invitation";
import { setActiveTeam } from "@/lib/data/teams/set-active-team";
import { transferOwnership } from "@/lib/data/teams/transfer-ownership";

// The team data functions validate ids, roles and names themselves and check the caller's team role.

function teamPath(teamId: string): string {
  return `/teams/${encodeURIComponent(teamId)}`;
}

export const createTeamAction = serverAction({ echo: ["name"] }, async ({ user, input, ip }) => {
  const team = await createTeam({ user, name: input.name ?? "", ip });
  revalidatePath("/", "layout");
  redirect(teamPath(team.id));
});

/** The invitation link is absolute so it can be pasted anywhere; the token is shown only now. */
async function invitationUrl(token: string): Promise<string> {
  // Never from X-Forwarded-Host: a forged header must not turn the link into someone else's site.
  return `${linkOrigin(await headers())}/invite/${token}`;
}

export const createInvitationAction = serverAction({ echo: ["email", "role"] }, async ({ user, input, ip }) => {
  const teamId = input.teamId ?? "";
  const { token, invitation } = await createInvitation({
    user,
    teamId,
    role: input.role === "admin" ? "admin" : "member",
    email: input.email || null,
    expiresInDays: Number(input.expiresInDays || 7),
    ip,
  });
  revalidatePath(teamPath(teamId));
  return {
    status: "ok",
    message: `Invitation link for a${invitation.role === "admin" ? "n admin" : " member"} created. Share it now: it is shown only once.`,
    secret: await invitationUrl(token),
  };
});

export const revokeInvitationAction = serverAction({}, async ({ user, input, ip }) => {
  const teamId = input.teamId ?? "";
  await revokeInvitation({ user, teamId, invitationId: input.invitationId ?? "", ip });
  revalidatePath(teamPath(teamId));
  return { status: "ok", message: "Invitation revoked" };
});

export const changeMemberRoleAction = serverAction({}, async ({ user, input, ip }) => {
  const teamId = input.teamId ?? "";
  await changeMemberRole({ user, teamId, memberUserId: input.memberUserId ?? "", role: (input.role ?? "") as "admin" | "member", ip });
  revalidatePath(teamPath(teamId));
  return { status: "ok", message: "Role changed" };
});

export const removeMemberAction = serverAction({}, async ({ user, input, ip }) => {
  const teamId = input.teamId ?? "";
  await removeMember({ user, teamId, memberUserId: input.memberUserId ?? "", ip });
  revalidatePath(teamPath(teamId));
  return { status: "ok", message: "Member removed" };
});

export const transferOwnershipAction = serverAction({}, async ({ user, input, ip }) => {
  const teamId = input.teamId ?? "";
  await transferOwnership({ user, teamId, newOwnerUserId: input.memberUserId ?? "", ip });
  revalidatePath(teamPath(teamId));
  return { status: "ok", message: "Ownership transferred: you are now an admin of this team" };
});

export const leaveTeamAction = serverAction({}, async ({ user, input, ip }) => {
  await leaveTeam({ user, teamId: input.teamId ?? "", ip });
  revalidatePath("/", "layout");
  redirect("/teams");
});

export const deleteTeamAction = serverAction({}, async ({ user, input, ip }) => {
  const teamId = input.teamId ?? "";
  const team = await getTeam({ user, teamId });
  if ((input.confirm ?? "").trim() !== team.name) {
    return { status: "error", message: "Type the team's name to confirm", fieldErrors: { confirm: "Does not match the team name" } };
  }
  await deleteTeam({ user, teamId, ip });
  revalidatePath("/", "layout");
  redirect("/teams");
});

/**
 * The header's team picker; returns to the page it was used on. A stale picker (session ended, team
 * left or deleted meanwhile) just refreshes, so the session is resolved inside the guarded call.
 */
export const setActiveTeamAction = serverAction({ auth: "anyone" }, async ({ input }) => {
  try {
    await setActiveTeam({ user: await requireUser(), teamId: input.teamId ? input.teamId : null });
  } catch (error) {
    const status = (error as { status?: number }).status;
    if (status !== 404 && status !== 403 && status !== 401) throw error;
  }
  revalidatePath("/", "layout");
  redirect(safeRedirectPath(input.returnTo ?? "", "/"));
});
