import type { Metadata } from "next";

import { DateTime } from "@/components/auth/date-time";
import { ActionForm } from "@/components/ui/action-form";
import { Link } from "@/components/ui/link";
import { SubmitButton } from "@/components/ui/submit-button";
import { requirePageUser } from "@/lib/auth/page-guards";
import { getCurrentProfile } from "@/lib/auth/session";
import { getInvitation } from "@/lib/data/teams/get-invitation";
import { orNotFound } from "@/lib/http/page-helpers";

import { acceptInvitationAction, declineInvitationAction } from "./actions";

export const metadata: Metadata = { title: "Team invitation", referrer: "no-referrer" };

const STATUS_TEXT = {
  accepted: "This invitation has already been used.",
  revoked: "This invitation was revoked.",
  expired: "This invitation has expired. Ask for a new link.",
} as const;

export default async function InvitePage({ params }: PageProps<"/invite/[token]">) {
  const { token } = await params;
  const user = await requirePageUser(`/invite/${token}`);
  const [invitation, profile] = await Promise.all([orNotFound(getInvitation({ user, token })), getCurrentProfile()]);
  return (
    <div className="mx-auto max-w-md space-y-4">
      <h1>Join {invitation.teamName}</h1>
      <p className="text-sm">
        You are invited as <strong data-testid="invitation-role">{invitation.role}</strong>.
        {invitation.status === "open" ? (
          <>
            {" "}
            The link is valid until <DateTime value={invitation.expiresAt} />.
          </>
        ) : null}
      </p>
      {invitation.alreadyMember ? (
        <p className="text-sm" data-testid="invitation-already-member">
          You are already a member of this team. <Link href="/teams">Your teams</Link>
        </p>
      ) : invitation.status !== "open" ? (
        <p className="text-sm" data-testid="invitation-status">
          {STATUS_TEXT[invitation.status]}
        </p>
      ) : invitation.forOtherEmail ? (
        <p className="text-sm" data-testid="invitation-other-email">
          This invitation is for a different email address than {profile?.email}. <Link href="/signout">Sign out</Link>, then open this link again and sign in
          with the invited address.
        </p>
      ) : (
        <div className="flex flex-wrap items-start gap-3">
          <ActionForm action={acceptInvitationAction} testId="accept-invitation-form">
            <input type="hidden" name="token" value={token} />
            <SubmitButton testId="accept-invitation">Join {invitation.teamName}</SubmitButton>
          </ActionForm>
          <ActionForm action={declineInvitationAction} testId="decline-invitation-form">
            <input type="hidden" name="token" value={token} />
            <SubmitButton variant="secondary" testId="decline-invitation">
              Decline
            </SubmitButton>
          </ActionForm>
        </div>
      )}
    </div>
  );
}
