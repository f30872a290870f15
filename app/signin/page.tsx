import type { Metadata } from "next";
import { redirect } from "next/navigation";

import { OAuthButtons } from "@/components/auth/oauth-buttons";
import { SignInForm } from "@/components/auth/sign-in-form";
import { Link } from "@/components/ui/link";
import { enabledOAuthProviders } from "@/lib/auth/config";
import { safeRedirectPath } from "@/lib/auth/safe-redirect";
import { getCurrentUser } from "@/lib/auth/session";

import { oauthSignInAction, signInAction } from "./actions";

export const metadata: Metadata = { title: "Sign in" };

// Auth.js redirects here with ?error=<type> when a sign-in through its own endpoints fails.
const AUTH_ERRORS: Record<string, string> = {
  CredentialsSignin: "Wrong email or password",
  OAuthAccountNotLinked: "This email already has an account: sign in with your password first",
  AccessDenied: "Sign-in was refused",
  Configuration: "Sign-in is not available right now",
};

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export default async function SignInPage({ searchParams }: PageProps<"/signin">) {
  const params = await searchParams;
  const callbackUrl = safeRedirectPath(first(params.callbackUrl), "/account");
  if (await getCurrentUser()) redirect(callbackUrl);
  const errorType = first(params.error);
  const initialError = errorType ? (AUTH_ERRORS[errorType] ?? "Sign-in failed") : undefined;
  const notice = first(params.notice);
  return (
    <div className="mx-auto max-w-sm space-y-6">
      <h1>Sign in</h1>
      {notice === "password-changed" ? (
        <p role="status" className="text-sm text-emerald-700 dark:text-emerald-300" data-testid="signin-notice">
          Password changed: every session was signed out. Sign in with your new password.
        </p>
      ) : null}
      {notice === "signed-up" ? (
        <p role="status" className="text-sm text-emerald-700 dark:text-emerald-300" data-testid="signin-notice">
          Thank you. If this email had no account yet, it has one now: sign in with the email and password you chose.
        </p>
      ) : null}
      {notice === "signed-out-everywhere" ? (
        <p role="status" className="text-sm text-emerald-700 dark:text-emerald-300" data-testid="signin-notice">
          You were signed out on every device.
        </p>
      ) : null}
      <SignInForm action={signInAction} callbackUrl={callbackUrl} initialError={initialError} />
      <OAuthButtons providers={enabledOAuthProviders()} callbackUrl={callbackUrl} action={oauthSignInAction} />
      <p className="text-sm">
        No account yet?{" "}
        <Link href={`/signup?${new URLSearchParams({ callbackUrl })}`} data-testid="signup-link">
          Create one
        </Link>
      </p>
    </div>
  );
}
