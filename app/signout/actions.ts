"use server";
import { redirect } from "next/navigation";
import { signOut } from "@/lib/auth";

/** Ends this browser's session: the cookie is cleared and its server-side record deleted (events.signOut). */
export async function signOutAction(): Promise<void> {
  await signOut({ redirect: false });
  redirect("/");
}
