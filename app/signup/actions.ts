"use server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { fieldErrorsOf, formString, toActionState, type ActionState } from "@/lib/auth/action-state";
import { clientIpFromHeaders } from "@/lib/auth/client-ip";
import { getSignUpLimiter } from "@/lib/auth/rate-limit";
import { safeRedirectPath } from "@/lib/auth/safe-redirect";
import { registerUserQuietly } from "@/lib/data/users/register-user";
import { signUpSchema } from "@/lib/validation/auth";

// Every attempt counts against the per-IP limit, valid or not; a new and an already registered email
// get the same answer (a redirect to sign in), so the form cannot tell anyone who has an account.
export async function signUpAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  const values = { email: formString(formData, "email"), name: formString(formData, "name") };
  const ip = clientIpFromHeaders(await headers());
  try {
    await getSignUpLimiter().take(ip);
  } catch (error) {
    return toActionState(error, values);
  }
  const parsed = signUpSchema.safeParse({
    email: formData.get("email"),
    name: formString(formData, "name"),
    password: formData.get("password"),
    confirmPassword: formData.get("confirmPassword"),
  });
  if (!parsed.success) return { status: "error", message: "Please correct the highlighted fields", fieldErrors: fieldErrorsOf(parsed.error), values };
  const callbackUrl = safeRedirectPath(formData.get("callbackUrl"), "/account");
  try {
    await registerUserQuietly({ email: parsed.data.email, password: parsed.data.password, name: parsed.data.name, ip });
  } catch (error) {
    return toActionState(error, values);
  }
  redirect(`/signin?${new URLSearchParams({ notice: "signed-up", callbackUrl })}`);
}
