"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";

import { serverAction } from "@/lib/auth/server-action";
import { acceptInvitation } from "@/lib/data/teams/accept-invitation";

export const acceptInvitationAction = serverAction({}, async ({ user, input, ip }) => {
  const { teamId } = await acceptInvitation({ user, token: input.token ?? "", ip });
  revalidatePath("/", "layout");
  redirect(`/teams/${encodeURIComponent(teamId)}`);
});
