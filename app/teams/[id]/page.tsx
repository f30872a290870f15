import type { Metadata } from "next";

import { DateTime } from "@/components/auth/date-time";
import { DeleteTeamForm } from "@/components/teams/delete-team-form";
import { InviteForm } from "@/components/teams/invite-form";
import { MemberActions } from "@/components/teams/member-actions";
import { ActionForm } from "@/components/ui/action-form";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { SubmitButton } from "@/components/ui/submit-button";
import { TableWrap } from "@/components/ui/table-wrap";
import { requirePageUser } from "@/lib/auth/page-guards";
import { getTeam } from "@/lib/data/teams/get-team";
import { listInvitations } from "@/lib/data/teams/list-invitations";
import { orNotFound } from "@/lib/http/page-helpers";

import {
  changeMemberRoleAction,
  createInvitationAction,
  deleteTeamAction,
  leaveTeamAction,
  removeMemberAction,
  revokeInvitationAction,
  transferOwnershipAction,
} from "../actions";

export const metadata: Metadata = { title: "Team" };

export default async function TeamPage({ params }: PageProps<"/teams/[id]">) {
  const { id } = await params;
  const user = await requirePageUser(`/teams/${id}`);
  // Non-members get the same 404 as a team that does not exist.
  const team = await orNotFound(getTeam({ user, teamId: id }));
  const isOwner = team.myRole === "owner";
  const canManage = isOwner || team.myRole === "admin";
  const invitations = canManage ? await listInvitations({ user, teamId: team.id }) : [];
  const memberActions = { changeRole: changeMemberRoleAction, remove: removeMemberAction, transfer: transferOwnershipAction };

  return (
    <div className="space-y-8">
      <div>
        <h1 data-testid="team-name-heading">{team.name}</h1>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Your role: <strong data-testid="my-team-role">{team.myRole}</strong>
        </p>
      </div>

      <section className="space-y-2">
        <h2>Members</h2>
        <TableWrap label="Members">
          <table data-testid="members-table" className="stack-on-phone">
            <thead>
              <tr>
                <th scope="col">Member</th>
                <th scope="col">Role</th>
                <th scope="col">Joined</th>
                <th scope="col">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {team.members.map((member) => {
                const self = member.userId === user.id;
                const canRemove = !self && member.role !== "owner" && (isOwner || (team.myRole === "admin" && member.role === "member"));
                return (
                  <tr key={member.userId} data-testid="member-row" data-email={member.email} data-role={member.role}>
                    <td className="cell-main wrap-anywhere">
                      {member.name ? `${member.name} · ` : ""}
                      {member.email}
                      {self ? " (you)" : ""}
                    </td>
                    <td className="cell-key" data-testid="member-role">
                      {member.role}
                    </td>
                    <td data-label="Joined">
                      <DateTime value={member.joinedAt} />
                    </td>
                    <td className="cell-wide">
                      {self ? null : (
                        <MemberActions
                          teamId={team.id}
                          member={member}
                          canChangeRole={isOwner && member.role !== "owner"}
                          canRemove={canRemove}
                          canTransfer={isOwner && member.role !== "owner"}
                          actions={memberActions}
                        />
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableWrap>
      </section>

      {canManage ? (
        <section className="space-y-3">
          <h2>Invite people</h2>
          <p className="max-w-prose text-sm text-slate-600 dark:text-slate-400">
            Create a link and send it yourself; whoever opens it while signed in joins with the chosen role. Each link works once.
          </p>
          <InviteForm action={createInvitationAction} teamId={team.id} canInviteAdmins={isOwner} />
          {invitations.length > 0 ? (
            <TableWrap label="Open invitations">
              <table data-testid="invitations-table" className="stack-on-phone">
                <thead>
                  <tr>
                    <th scope="col">Role</th>
                    <th scope="col">For</th>
                    <th scope="col">Created</th>
                    <th scope="col">Expires</th>
                    <th scope="col">
                      <span className="sr-only">Actions</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {invitations.map((invitation) => (
                    <tr key={invitation.id} data-testid="invitation-row">
                      <td className="cell-key">{invitation.role}</td>
                      <td className="cell-main wrap-anywhere">{invitation.email ?? "anyone with the link"}</td>
                      <td data-label="Created">
                        <DateTime value={invitation.createdAt} />
                      </td>
                      <td data-label="Expires">
                        <DateTime value={invitation.expiresAt} />
                      </td>
                      <td className="cell-wide">
                        <ActionForm action={revokeInvitationAction}>
                          <input type="hidden" name="teamId" value={team.id} />
                          <input type="hidden" name="invitationId" value={invitation.id} />
                          <SubmitButton variant="secondary" testId="revoke-invitation">
                            Revoke
                          </SubmitButton>
                        </ActionForm>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
          ) : null}
        </section>
      ) : null}

      {isOwner ? (
        <section className="max-w-md space-y-3">
          <h2>Delete team</h2>
          <p className="text-sm">Deletes the team, its memberships, invitations and team scenarios. This cannot be undone.</p>
          <DeleteTeamForm action={deleteTeamAction} teamId={team.id} teamName={team.name} />
        </section>
      ) : (
        <section className="space-y-3">
          <h2>Leave team</h2>
          <ActionForm action={leaveTeamAction} testId="leave-team-form">
            <input type="hidden" name="teamId" value={team.id} />
            <ConfirmSubmit
              label="Leave team"
              question={`Leave ${team.name}? You lose access to its scenarios at once and need a new invitation to come back.`}
              confirmLabel="Yes, leave"
              testId="leave-team"
            />
          </ActionForm>
        </section>
      )}
    </div>
  );
}
