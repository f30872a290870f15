"use server";
import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { formString, toActionState, type ActionState } from "@/lib/auth/action-state";
import { clientIpFromHeaders } from "@/lib/auth/client-ip";
import { requireRole } from "@/lib/auth/session";
import { setUserRole } from "@/lib/data/users/set-user-role";
import type { SiteRole } from "@/lib/auth/types";

export async function setUserRoleAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  try {
    const updated = await setUserRole({
      user: await requireRole("admin"),
      targetUserId: formString(formData, "userId"),
      role: formString(formData, "role") as SiteRole,
      ip: clientIpFromHeaders(await headers()),
    });
    revalidatePath("/admin/users");
    return { status: "ok", message: `${updated.email} is now ${updated.role}` };
  } catch (error) {
    return toActionState(error);
  }
}
