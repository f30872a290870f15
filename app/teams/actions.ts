"use server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { formString, toActionState, type ActionState } from "@/lib/auth/action-state";
import { clientIpFromHeaders } from "@/lib/auth/client-ip";
import { linkOrigin } from "@/lib/auth/host-trust";
import { safeRedirectPath } from "@/lib/auth/safe-redirect";
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

async function requestIp(): Promise<string> {
  return clientIpFromHeaders(await headers());
}

function teamPath(teamId: string): string {
  return `/teams/${encodeURIComponent(teamId)}`;
}

export async function createTeamAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  const values = { name: formString(formData, "name") };
  let teamId: string;
  try {
    const team = await createTeam({ user: await requireUser(), name: values.name, ip: await requestIp() });
    teamId = team.id;
  } catch (error) {
    return toActionState(error, values);
  }
  revalidatePath("/", "layout");
  redirect(teamPath(teamId));
}

/** The invitation link is absolute so it can be pasted anywhere; the token is shown only now. */
async function invitationUrl(token: string): Promise<string> {
  // Never from X-Forwarded-Host: a forged header must not turn the link into someone else's site.
  return `${linkOrigin(await headers())}/invite/${token}`;
}

export async function createInvitationAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  const teamId = formString(formData, "teamId");
  const values = { email: formString(formData, "email"), role: formString(formData, "role") };
  try {
    const { token, invitation } = await createInvitation({
      user: await requireUser(),
      teamId,
      role: values.role === "admin" ? "admin" : "member",
      email: values.email || null,
      expiresInDays: Number(formString(formData, "expiresInDays") || 7),
      ip: await requestIp(),
    });
    revalidatePath(teamPath(teamId));
    return {
      status: "ok",
      message: `Invitation link for a${invitation.role === "admin" ? "n admin" : " member"} created. Share it now: it is shown only once.`,
      secret: await invitationUrl(token),
    };
  } catch (error) {
    return toActionState(error, values);
  }
}

export async function revokeInvitationAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  const teamId = formString(formData, "teamId");
  try {
    await revokeInvitation({ user: await requireUser(), teamId, invitationId: formString(formData, "invitationId"), ip: await requestIp() });
  } catch (error) {
    return toActionState(error);
  }
  revalidatePath(teamPath(teamId));
  return { status: "ok", message: "Invitation revoked" };
}

export async function changeMemberRoleAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  const teamId = formString(formData, "teamId");
  try {
    const role = formString(formData, "role");
    await changeMemberRole({
      user: await requireUser(),
      teamId,
      memberUserId: formString(formData, "memberUserId"),
      role: role as "admin" | "member",
      ip: await requestIp(),
    });
  } catch (error) {
    return toActionState(error);
  }
  revalidatePath(teamPath(teamId));
  return { status: "ok", message: "Role changed" };
}

export async function removeMemberAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  const teamId = formString(formData, "teamId");
  try {
    await removeMember({ user: await requireUser(), teamId, memberUserId: formString(formData, "memberUserId"), ip: await requestIp() });
  } catch (error) {
    return toActionState(error);
  }
  revalidatePath(teamPath(teamId));
  return { status: "ok", message: "Member removed" };
}

export async function transferOwnershipAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  const teamId = formString(formData, "teamId");
  try {
    await transferOwnership({ user: await requireUser(), teamId, newOwnerUserId: formString(formData, "memberUserId"), ip: await requestIp() });
  } catch (error) {
    return toActionState(error);
  }
  revalidatePath(teamPath(teamId));
  return { status: "ok", message: "Ownership transferred: you are now an admin of this team" };
}

export async function leaveTeamAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  try {
    await leaveTeam({ user: await requireUser(), teamId: formString(formData, "teamId"), ip: await requestIp() });
  } catch (error) {
    return toActionState(error);
  }
  revalidatePath("/", "layout");
  redirect("/teams");
}

export async function deleteTeamAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  const teamId = formString(formData, "teamId");
  const confirm = formString(formData, "confirm");
  try {
    const user = await requireUser();
    const team = await getTeam({ user, teamId });
    if (confirm.trim() !== team.name) {
      return { status: "error", message: "Type the team's name to confirm", fieldErrors: { confirm: "Does not match the team name" } };
    }
    await deleteTeam({ user, teamId, ip: await requestIp() });
  } catch (error) {
    return toActionState(error);
  }
  revalidatePath("/", "layout");
  redirect("/teams");
}

/** The header's team picker; returns to the page it was used on. */
export async function setActiveTeamAction(formData: FormData): Promise<void> {
  const raw = formString(formData, "teamId");
  try {
    await setActiveTeam({ user: await requireUser(), teamId: raw === "" ? null : raw });
  } catch (error) {
    // A stale picker (team left or deleted meanwhile) just refreshes.
    const status = (error as { status?: number }).status;
    if (status !== 404 && status !== 403 && status !== 401) throw error;
  }
  revalidatePath("/", "layout");
  redirect(safeRedirectPath(formString(formData, "returnTo"), "/"));
}
