"use server";

import { redirect } from "next/navigation";

import { signOut } from "@/lib/auth";
import { serverAction } from "@/lib/auth/server-action";
import { dropSessionHint } from "@/lib/auth/session-hint-cookie";

/** Ends this browser's session: the cookie is cleared and its server-side record deleted (events.signOut). */
export const signOutAction = serverAction({ auth: "anyone" }, async () => {
  await signOut({ redirect: false });
  await dropSessionHint();
  redirect("/");
});
