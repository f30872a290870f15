"use server";

import { revalidatePath } from "next/cache";

import { serverAction } from "@/lib/auth/server-action";
import type { SiteRole } from "@/lib/auth/types";
import { setUserRole } from "@/lib/data/users/set-user-role";

// setUserRole validates the role and refuses what an admin may not do (it is shared with the admin CLI).
export const setUserRoleAction = serverAction({ role: "admin" }, async ({ user, input, ip }) => {
  const updated = await setUserRole({ user, targetUserId: input.userId ?? "", role: (input.role ?? "") as SiteRole, ip });
  revalidatePath("/admin/users");
  return { status: "ok", message: `${updated.email} is now ${updated.role}` };
});
