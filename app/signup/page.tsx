import type { Metadata } from "next";
import { redirect } from "next/navigation";

import { SignUpForm } from "@/components/auth/sign-up-form";
import { Link } from "@/components/ui/link";
import { safeRedirectPath } from "@/lib/auth/safe-redirect";
import { getCurrentUser } from "@/lib/auth/session";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, PASSWORD_RECOMMENDED_LENGTH } from "@/lib/validation/auth";

import { signUpAction } from "./actions";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage({ searchParams }: PageProps<"/signup">) {
  const params = await searchParams;
  const raw = Array.isArray(params.callbackUrl) ? params.callbackUrl[0] : params.callbackUrl;
  const callbackUrl = safeRedirectPath(raw, "/account");
  if (await getCurrentUser()) redirect(callbackUrl);
  return (
    <div className="mx-auto max-w-sm space-y-6">
      <h1>Create an account</h1>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        An account lets you submit benchmark results, save scenarios and work in teams. Browsing needs no account.
      </p>
      <SignUpForm
        action={signUpAction}
        callbackUrl={callbackUrl}
        minLength={PASSWORD_MIN_LENGTH}
        maxLength={PASSWORD_MAX_LENGTH}
        recommendedLength={PASSWORD_RECOMMENDED_LENGTH}
      />
      <p className="text-sm">
        Already have an account? <Link href={`/signin?${new URLSearchParams({ callbackUrl })}`}>Sign in</Link>
      </p>
    </div>
  );
}
