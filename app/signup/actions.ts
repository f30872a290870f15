"use server";

import { redirect } from "next/navigation";

import { formString } from "@/lib/auth/action-state";
import { getSignUpLimiter } from "@/lib/auth/rate-limit";
import { safeRedirectPath } from "@/lib/auth/safe-redirect";
import { serverAction } from "@/lib/auth/server-action";
import { registerUserQuietly } from "@/lib/data/users/register-user";
import { signUpSchema } from "@/lib/validation/auth";

const signUpForm = (formData: FormData) => ({
  email: formData.get("email"),
  name: formString(formData, "name"),
  password: formData.get("password"),
  confirmPassword: formData.get("confirmPassword"),
});

// Every attempt counts against the per-IP limit, valid or not; a new and an already registered email
// get the same answer (a redirect to sign in), so the form cannot tell anyone who has an account.
export const signUpAction = serverAction(
  { auth: "anyone", before: ({ ip }) => getSignUpLimiter().take(ip), schema: signUpSchema, fromForm: signUpForm, echo: ["email", "name"] },
  async ({ input, formData, ip }) => {
    const callbackUrl = safeRedirectPath(formData.get("callbackUrl"), "/account");
    await registerUserQuietly({ email: input.email, password: input.password, name: input.name, ip });
    redirect(`/signin?${new URLSearchParams({ notice: "signed-up", callbackUrl })}`);
  },
);
