"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";

import { serverAction } from "@/lib/auth/server-action";
import { acceptInvitation } from "@/lib/data/teams/accept-invitation";
import { declineInvitation } from "@/lib/data/teams/decline-invitation";

export const acceptInvitationAction = serverAction({}, async ({ user, input, ip }) => {
  const { teamId } = await acceptInvitation({ user, token: input.token ?? "", ip });
  revalidatePath("/", "layout");
  redirect(`/teams/${encodeURIComponent(teamId)}`);
});

export const declineInvitationAction = serverAction({}, async ({ user, input, ip }) => {
  const { teamId } = await declineInvitation({ user, token: input.token ?? "", ip });
  revalidatePath(`/teams/${encodeURIComponent(teamId)}`);
  redirect("/teams?notice=invitation-declined");
});
