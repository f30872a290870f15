import type { Metadata } from "next";

import { PasswordForm } from "@/components/auth/password-form";
import { requirePageUser } from "@/lib/auth/page-guards";
import { getProfile } from "@/lib/data/users/get-profile";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, PASSWORD_RECOMMENDED_LENGTH } from "@/lib/validation/auth";

import { changePasswordAction } from "../actions";

export const metadata: Metadata = { title: "Password" };

export default async function PasswordPage() {
  const user = await requirePageUser("/account/password");
  const profile = await getProfile({ user });
  return (
    <>
      <h1>Password</h1>
      <p className="max-w-prose text-sm text-slate-600 dark:text-slate-400">
        Changing your password signs you out everywhere, this browser included. API tokens keep working; revoke them on the API tokens page.
      </p>
      <PasswordForm
        action={changePasswordAction}
        hasPassword={profile.hasPassword}
        minLength={PASSWORD_MIN_LENGTH}
        maxLength={PASSWORD_MAX_LENGTH}
        recommendedLength={PASSWORD_RECOMMENDED_LENGTH}
      />
    </>
  );
}
