"use server";

import { AuthError } from "next-auth";
import { redirect } from "next/navigation";

import { signIn } from "@/lib/auth";
import { formString, toActionState } from "@/lib/auth/action-state";
import { enabledOAuthProviders } from "@/lib/auth/config";
import { getSignInLimiter } from "@/lib/auth/rate-limit";
import { safeRedirectPath } from "@/lib/auth/safe-redirect";
import { serverAction } from "@/lib/auth/server-action";
import { setSessionHint } from "@/lib/auth/session-hint-cookie";
import { RateLimitError } from "@/lib/errors";
import { signInSchema } from "@/lib/validation/auth";

const signInForm = (formData: FormData) => ({ email: formData.get("email"), password: formData.get("password") });

export const signInAction = serverAction({ auth: "anyone", schema: signInSchema, fromForm: signInForm, echo: ["email"] }, async ({ input, formData, ip }) => {
  const redirectTo = safeRedirectPath(formData.get("callbackUrl"), "/account");
  const values = { email: formString(formData, "email") };
  try {
    // Checked here too so a blocked account gets a clear message rather than "wrong password".
    await getSignInLimiter().assertAllowed({ ip, email: input.email });
    await signIn("credentials", { email: input.email, password: input.password, redirect: false });
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    const cause = (error.cause as { err?: unknown } | undefined)?.err;
    if (cause instanceof RateLimitError) return toActionState(cause, values);
    return { status: "error", message: "Wrong email or password", values };
  }
  await setSessionHint();
  redirect(redirectTo);
});

export const oauthSignInAction = serverAction({ auth: "anyone" }, async ({ formData }) => {
  const provider = formString(formData, "provider");
  if (!(enabledOAuthProviders() as string[]).includes(provider)) redirect("/signin");
  await signIn(provider, { redirectTo: safeRedirectPath(formData.get("callbackUrl"), "/account") });
});
