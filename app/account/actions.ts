"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";

import { formString } from "@/lib/auth/action-state";
import { clearSessionCookie } from "@/lib/auth/clear-session-cookie";
import { serverAction } from "@/lib/auth/server-action";
import { createApiToken } from "@/lib/data/tokens/create-api-token";
import { revokeApiToken } from "@/lib/data/tokens/revoke-api-token";
import { changePassword } from "@/lib/data/users/change-password";
import { revokeSession, signOutEverywhere } from "@/lib/data/users/sessions";
import { updateProfile } from "@/lib/data/users/update-profile";

// Each data function validates its own input (they are shared with the API and the admin CLI).

export const updateProfileAction = serverAction({ echo: ["name"] }, async ({ user, input }) => {
  await updateProfile({ user, name: input.name ?? "" });
  revalidatePath("/", "layout");
  return { status: "ok", message: "Profile saved", values: { name: input.name ?? "" } };
});

export const changePasswordAction = serverAction({}, async ({ user, input, ip }) => {
  await changePassword({
    user,
    currentPassword: input.currentPassword ?? "",
    newPassword: input.newPassword ?? "",
    confirmPassword: input.confirmPassword ?? "",
    ip,
    revokeTokens: input.revokeTokens === "on",
  });
  // Every session (this one too) has ended; drop the dead cookie and ask for the new password.
  await clearSessionCookie();
  redirect("/signin?notice=password-changed");
});

// Everything the token form sends except the password, echoed back on failure (ActionState.input) so
// a wrong password does not cost the visitor their scopes; the password is read from the form itself.
const tokenForm = (formData: FormData) => ({
  name: formString(formData, "name"),
  scopes: formData.getAll("scopes").filter((s): s is string => typeof s === "string"),
  expiresInDays: formString(formData, "expiresInDays"),
});

export const createTokenAction = serverAction({ fromForm: tokenForm, echoInput: true }, async ({ user, formData, ip }) => {
  const { name, scopes, expiresInDays: expires } = tokenForm(formData);
  const { token, apiToken } = await createApiToken({
    user,
    name,
    scopes,
    expiresInDays: expires === "" ? undefined : expires === "never" ? "never" : Number(expires),
    ip,
    reauth: { password: formString(formData, "password") },
  });
  revalidatePath("/account/tokens");
  return { status: "ok", message: `Token “${apiToken.name}” created. Copy it now: it is shown only once.`, secret: token };
});

export const revokeTokenAction = serverAction({}, async ({ user, input, ip }) => {
  const token = await revokeApiToken({ user, tokenId: input.tokenId ?? "", ip });
  revalidatePath("/account/tokens");
  return { status: "ok", message: `Token “${token.name}” revoked` };
});

export const revokeSessionAction = serverAction({}, async ({ user, input }) => {
  await revokeSession({ user, sessionId: input.sessionId ?? "" });
  revalidatePath("/account/sessions");
  return { status: "ok", message: "Session signed out" };
});

export const signOutEverywhereAction = serverAction({}, async ({ user, input, ip }) => {
  await signOutEverywhere({ user, ip, revokeTokens: input.revokeTokens === "on" });
  await clearSessionCookie();
  redirect("/signin?notice=signed-out-everywhere");
});
