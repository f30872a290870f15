"use server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { formString, toActionState, type ActionState } from "@/lib/auth/action-state";
import { clearSessionCookie } from "@/lib/auth/clear-session-cookie";
import { clientIpFromHeaders } from "@/lib/auth/client-ip";
import { requireUser } from "@/lib/auth/session";
import { createApiToken } from "@/lib/data/tokens/create-api-token";
import { revokeApiToken } from "@/lib/data/tokens/revoke-api-token";
import { changePassword } from "@/lib/data/users/change-password";
import { revokeSession, signOutEverywhere } from "@/lib/data/users/sessions";
import { updateProfile } from "@/lib/data/users/update-profile";

async function requestIp(): Promise<string> {
  return clientIpFromHeaders(await headers());
}

export async function updateProfileAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  const values = { name: formString(formData, "name") };
  try {
    await updateProfile({ user: await requireUser(), name: values.name });
  } catch (error) {
    return toActionState(error, values);
  }
  revalidatePath("/", "layout");
  return { status: "ok", message: "Profile saved", values };
}

export async function changePasswordAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  try {
    await changePassword({
      user: await requireUser(),
      currentPassword: formString(formData, "currentPassword"),
      newPassword: formString(formData, "newPassword"),
      confirmPassword: formString(formData, "confirmPassword"),
      ip: await requestIp(),
      revokeTokens: formString(formData, "revokeTokens") === "on",
    });
  } catch (error) {
    return toActionState(error);
  }
  // Every session (this one too) has ended; drop the dead cookie and ask for the new password.
  await clearSessionCookie();
  redirect("/signin?notice=password-changed");
}

export async function createTokenAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  const values = { name: formString(formData, "name") };
  const expires = formString(formData, "expiresInDays");
  try {
    const { token, apiToken } = await createApiToken({
      user: await requireUser(),
      name: values.name,
      scopes: formData.getAll("scopes").filter((s): s is string => typeof s === "string"),
      expiresInDays: expires === "" ? undefined : expires === "never" ? "never" : Number(expires),
      ip: await requestIp(),
      reauth: { password: formString(formData, "password") },
    });
    revalidatePath("/account/tokens");
    return { status: "ok", message: `Token “${apiToken.name}” created. Copy it now: it is shown only once.`, secret: token };
  } catch (error) {
    return toActionState(error, values);
  }
}

export async function revokeTokenAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  try {
    const token = await revokeApiToken({ user: await requireUser(), tokenId: formString(formData, "tokenId"), ip: await requestIp() });
    revalidatePath("/account/tokens");
    return { status: "ok", message: `Token “${token.name}” revoked` };
  } catch (error) {
    return toActionState(error);
  }
}

export async function revokeSessionAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  try {
    await revokeSession({ user: await requireUser(), sessionId: formString(formData, "sessionId") });
    revalidatePath("/account/sessions");
    return { status: "ok", message: "Session signed out" };
  } catch (error) {
    return toActionState(error);
  }
}

export async function signOutEverywhereAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  try {
    await signOutEverywhere({ user: await requireUser(), ip: await requestIp(), revokeTokens: formString(formData, "revokeTokens") === "on" });
  } catch (error) {
    return toActionState(error);
  }
  await clearSessionCookie();
  redirect("/signin?notice=signed-out-everywhere");
}
