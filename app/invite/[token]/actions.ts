"use server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { formString, toActionState, type ActionState } from "@/lib/auth/action-state";
import { clientIpFromHeaders } from "@/lib/auth/client-ip";
import { requireUser } from "@/lib/auth/session";
import { acceptInvitation } from "@/lib/data/teams/accept-invitation";

export async function acceptInvitationAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  let teamId: string;
  try {
    const result = await acceptInvitation({
      user: await requireUser(),
      token: formString(formData, "token"),
      ip: clientIpFromHeaders(await headers()),
    });
    teamId = result.teamId;
  } catch (error) {
    return toActionState(error);
  }
  revalidatePath("/", "layout");
  redirect(`/teams/${encodeURIComponent(teamId)}`);
}
