"use server";
import { AuthError } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { signIn } from "@/lib/auth";
import { fieldErrorsOf, formString, toActionState, type ActionState } from "@/lib/auth/action-state";
import { clientIpFromHeaders } from "@/lib/auth/client-ip";
import { getSignUpLimiter } from "@/lib/auth/rate-limit";
import { safeRedirectPath } from "@/lib/auth/safe-redirect";
import { registerUser } from "@/lib/data/users/register-user";
import { signUpSchema } from "@/lib/validation/auth";

export async function signUpAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  const values = { email: formString(formData, "email"), name: formString(formData, "name") };
  const parsed = signUpSchema.safeParse({
    email: formData.get("email"),
    name: formString(formData, "name"),
    password: formData.get("password"),
    confirmPassword: formData.get("confirmPassword"),
  });
  if (!parsed.success) return { status: "error", message: "Please correct the highlighted fields", fieldErrors: fieldErrorsOf(parsed.error), values };
  const redirectTo = safeRedirectPath(formData.get("callbackUrl"), "/account");
  const ip = clientIpFromHeaders(await headers());
  try {
    const limiter = getSignUpLimiter();
    await limiter.assertAllowed(ip);
    await registerUser({ email: parsed.data.email, password: parsed.data.password, name: parsed.data.name, ip });
    await limiter.hit(ip);
    await signIn("credentials", { email: parsed.data.email, password: parsed.data.password, redirect: false });
  } catch (error) {
    if (error instanceof AuthError) redirect(`/signin?${new URLSearchParams({ callbackUrl: redirectTo })}`);
    return toActionState(error, values);
  }
  redirect(redirectTo);
}
