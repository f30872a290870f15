import type { Metadata } from "next";

import { ActionForm } from "@/components/ui/action-form";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { requirePageUser } from "@/lib/auth/page-guards";
import { getProfile } from "@/lib/data/users/get-profile";
import { formatDay } from "@/lib/format/dates";

import { updateProfileAction } from "./actions";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage() {
  const user = await requirePageUser("/account");
  const profile = await getProfile({ user });
  return (
    <>
      <h1>Your account</h1>
      <dl className="grid max-w-md grid-cols-[8rem_1fr] gap-y-1 text-sm">
        <dt className="font-medium">Email</dt>
        <dd data-testid="account-email">{profile.email}</dd>
        <dt className="font-medium">Site role</dt>
        <dd data-testid="account-role">{profile.role}</dd>
        <dt className="font-medium">Member since</dt>
        <dd>{formatDay(profile.createdAt)}</dd>
        <dt className="font-medium">Sign-in</dt>
        <dd>{[profile.hasPassword ? "password" : null, ...profile.providers].filter(Boolean).join(", ") || "—"}</dd>
      </dl>
      <section className="max-w-md space-y-3">
        <h2>Profile</h2>
        <ActionForm action={updateProfileAction} className="space-y-3" testId="profile-form">
          <Field label="Display name" name="name" defaultValue={profile.name ?? ""} maxLength={80} autoComplete="name" />
          <SubmitButton testId="profile-submit">Save</SubmitButton>
        </ActionForm>
      </section>
    </>
  );
}
