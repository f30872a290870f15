"use server";
import { AuthError } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { signIn } from "@/lib/auth";
import { fieldErrorsOf, formString, toActionState, type ActionState } from "@/lib/auth/action-state";
import { clientIpFromHeaders } from "@/lib/auth/client-ip";
import { enabledOAuthProviders } from "@/lib/auth/config";
import { getSignInLimiter } from "@/lib/auth/rate-limit";
import { safeRedirectPath } from "@/lib/auth/safe-redirect";
import { RateLimitError } from "@/lib/errors";
import { signInSchema } from "@/lib/validation/auth";

export async function signInAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  const values = { email: formString(formData, "email") };
  const parsed = signInSchema.safeParse({ email: formData.get("email"), password: formData.get("password") });
  if (!parsed.success) return { status: "error", message: "Please correct the highlighted fields", fieldErrors: fieldErrorsOf(parsed.error), values };
  const redirectTo = safeRedirectPath(formData.get("callbackUrl"), "/account");
  try {
    // Checked here too so a blocked account gets a clear message rather than "wrong password".
    await getSignInLimiter().assertAllowed({ ip: clientIpFromHeaders(await headers()), email: parsed.data.email });
    await signIn("credentials", { email: parsed.data.email, password: parsed.data.password, redirect: false });
  } catch (error) {
    if (error instanceof AuthError) {
      const cause = (error.cause as { err?: unknown } | undefined)?.err;
      if (cause instanceof RateLimitError) return toActionState(cause, values);
      return { status: "error", message: "Wrong email or password", values };
    }
    return toActionState(error, values);
  }
  redirect(redirectTo);
}

export async function oauthSignInAction(formData: FormData): Promise<void> {
  const provider = formString(formData, "provider");
  if (!(enabledOAuthProviders() as string[]).includes(provider)) redirect("/signin");
  await signIn(provider, { redirectTo: safeRedirectPath(formData.get("callbackUrl"), "/account") });
}
