import type { Metadata } from "next";

import { Link } from "@/components/ui/link";
import { SubmitButton } from "@/components/ui/submit-button";
import { getCurrentProfile } from "@/lib/auth/session";

import { signOutAction } from "./actions";

export const metadata: Metadata = { title: "Sign out" };

export default async function SignOutPage() {
  const profile = await getCurrentProfile();
  if (!profile) {
    return (
      <div className="mx-auto max-w-sm space-y-4">
        <h1>Signed out</h1>
        <p className="text-sm">
          You are not signed in. <Link href="/signin">Sign in</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-sm space-y-4">
      <h1>Sign out</h1>
      <p className="text-sm">
        Signed in as <strong>{profile.email}</strong>. To end your sessions on other devices too, use <Link href="/account/sessions">Sessions</Link>.
      </p>
      <form action={signOutAction}>
        <SubmitButton testId="signout-confirm">Sign out</SubmitButton>
      </form>
    </div>
  );
}
