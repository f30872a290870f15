import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { loadUserRefById } from "@/lib/auth/session-store";
import type { UserRef } from "@/lib/auth/types";
import { acceptInvitation } from "@/lib/data/teams/accept-invitation";
import { changeMemberRole } from "@/lib/data/teams/change-member-role";
import { createInvitation } from "@/lib/data/teams/create-invitation";
import { createTeam } from "@/lib/data/teams/create-team";
import { deleteTeam } from "@/lib/data/teams/delete-team";
import { getInvitation } from "@/lib/data/teams/get-invitation";
import { getTeam } from "@/lib/data/teams/get-team";
import { leaveTeam } from "@/lib/data/teams/leave-team";
import { listInvitations } from "@/lib/data/teams/list-invitations";
import { listMyTeams } from "@/lib/data/teams/list-my-teams";
import { removeMember } from "@/lib/data/teams/remove-member";
import { revokeInvitation } from "@/lib/data/teams/revoke-invitation";
import { setActiveTeam } from "@/lib/data/teams/set-active-team";
import { transferOwnership } from "@/lib/data/teams/transfer-ownership";
import { getDisplayProfile } from "@/lib/data/users/get-display-profile";
import { db } from "@/lib/db";
import { createIdentities, type Identities, type IdentityKey } from "@/tests/support/identities";

let ids: Identities;

async function as(key: IdentityKey): Promise<UserRef> {
  const user = await loadUserRefById(ids.identities[key].userId!);
  if (!user) throw new Error(`no user for ${key}`);
  return user;
}

// The active team as pages and the header menu see it (membership-checked).
const activeTeamOf = async (user: UserRef) => (await getDisplayProfile({ user })).activeTeamId;

beforeAll(async () => {
  ids = await createIdentities(db);
});

afterAll(async () => {
  await db.$disconnect();
});

describe("team data functions check the caller", () => {
  it("shows a team to its members only; outsiders get the same 404 as a missing team", async () => {
    const team = await getTeam({ user: await as("teamAMember"), teamId: ids.teamA.id });
    expect(team.name).toBe(ids.teamA.name);
    expect(team.myRole).toBe("member");
    expect(team.members.map((m) => m.email).sort()).toEqual(
      [ids.identities.teamAOwner.email, ids.identities.teamAAdmin.email, ids.identities.teamAMember.email].sort(),
    );

    for (const outsider of ["teamBMember", "teamBOwner", "user", "moderator", "admin"] as const) {
      await expect(getTeam({ user: await as(outsider), teamId: ids.teamA.id })).rejects.toMatchObject({ status: 404 });
    }
    await expect(getTeam({ user: await as("teamAMember"), teamId: "does-not-exist" })).rejects.toMatchObject({ status: 404 });
  });

  it("refuses a missing caller or an undefined team id instead of dropping the filter", async () => {
    await expect(getTeam({ user: undefined as unknown as UserRef, teamId: ids.teamA.id })).rejects.toMatchObject({ status: 401 });
    await expect(getTeam({ user: await as("teamAOwner"), teamId: undefined as unknown as string })).rejects.toMatchObject({ status: 404 });
    await expect(listMyTeams({ user: { id: undefined } as unknown as UserRef })).rejects.toMatchObject({ status: 401 });
    await expect(removeMember({ user: await as("teamAOwner"), teamId: ids.teamA.id, memberUserId: undefined as unknown as string })).rejects.toMatchObject({
      status: 404,
    });
    // Nothing was removed by the refused calls.
    expect(await db.membership.count({ where: { teamId: ids.teamA.id } })).toBe(3);
  });

  it("lists only the caller's own teams", async () => {
    const teams = await listMyTeams({ user: await as("teamBMember") });
    expect(teams.map((t) => t.id)).toEqual([ids.teamB.id]);
    expect(teams[0]).toMatchObject({ role: "member", memberCount: 2, active: true });
  });

  it("lets only owners and admins invite, and only owners invite admins", async () => {
    await expect(createInvitation({ user: await as("teamAMember"), teamId: ids.teamA.id })).rejects.toMatchObject({ status: 403 });
    await expect(createInvitation({ user: await as("teamBOwner"), teamId: ids.teamA.id })).rejects.toMatchObject({ status: 404 });
    await expect(createInvitation({ user: await as("teamAAdmin"), teamId: ids.teamA.id, role: "admin" })).rejects.toMatchObject({ status: 403 });
    const { token, invitation } = await createInvitation({ user: await as("teamAAdmin"), teamId: ids.teamA.id });
    expect(token).toMatch(/^tci_[A-Za-z0-9_-]{43}$/);
    expect(invitation.role).toBe("member");
    // Only the hash is stored.
    const stored = await db.teamInvitation.findUniqueOrThrow({ where: { id: invitation.id }, select: { tokenHash: true } });
    expect(stored.tokenHash).not.toContain(token.slice(4));
    expect(stored.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    await expect(listInvitations({ user: await as("teamAMember"), teamId: ids.teamA.id })).rejects.toMatchObject({ status: 403 });
    const open = await listInvitations({ user: await as("teamAOwner"), teamId: ids.teamA.id });
    expect(open.map((i) => i.id)).toContain(invitation.id);
    expect(JSON.stringify(open)).not.toContain("tokenHash");
  });

  it("runs the whole membership life cycle with the right checks at each step", async () => {
    const owner = await as("user");
    const team = await createTeam({ user: owner, name: "Life cycle" });
    expect(await activeTeamOf(owner)).toBe(team.id);

    const { token } = await createInvitation({ user: owner, teamId: team.id, role: "member" });
    const joiner = await as("teamBMember");
    const accepted = await acceptInvitation({ user: joiner, token });
    expect(accepted).toEqual({ teamId: team.id, role: "member" });
    // A link works once.
    await expect(acceptInvitation({ user: await as("moderator"), token })).rejects.toMatchObject({ status: 409 });

    // Only the owner changes roles; a member cannot promote themselves.
    await expect(changeMemberRole({ user: joiner, teamId: team.id, memberUserId: joiner.id, role: "admin" })).rejects.toMatchObject({ status: 403 });
    await changeMemberRole({ user: owner, teamId: team.id, memberUserId: joiner.id, role: "admin" });
    expect((await getTeam({ user: owner, teamId: team.id })).members.find((m) => m.userId === joiner.id)?.role).toBe("admin");
    // The owner's role is not changeable except by transfer.
    await expect(changeMemberRole({ user: owner, teamId: team.id, memberUserId: owner.id, role: "member" })).rejects.toMatchObject({ status: 409 });

    // An admin cannot remove the owner; the owner cannot leave.
    await expect(removeMember({ user: joiner, teamId: team.id, memberUserId: owner.id })).rejects.toMatchObject({ status: 403 });
    await expect(leaveTeam({ user: owner, teamId: team.id })).rejects.toMatchObject({ status: 409 });

    // Transfer: the old owner becomes admin; then only the new owner can delete.
    await expect(transferOwnership({ user: joiner, teamId: team.id, newOwnerUserId: joiner.id })).rejects.toMatchObject({ status: 403 });
    await transferOwnership({ user: owner, teamId: team.id, newOwnerUserId: joiner.id });
    const afterTransfer = await getTeam({ user: owner, teamId: team.id });
    expect(afterTransfer.myRole).toBe("admin");
    expect(afterTransfer.members.find((m) => m.userId === joiner.id)?.role).toBe("owner");
    await expect(deleteTeam({ user: owner, teamId: team.id })).rejects.toMatchObject({ status: 403 });

    // The new owner removes the old one, who loses access and the active-team pointer at once.
    await removeMember({ user: joiner, teamId: team.id, memberUserId: owner.id });
    await expect(getTeam({ user: owner, teamId: team.id })).rejects.toMatchObject({ status: 404 });
    expect(await activeTeamOf(owner)).toBeNull();

    await deleteTeam({ user: joiner, teamId: team.id });
    expect(await db.team.findUnique({ where: { id: team.id } })).toBeNull();

    const actions = await db.auditLog.findMany({ where: { targetType: "team", targetId: team.id }, orderBy: { createdAt: "asc" }, select: { action: true } });
    expect(actions.map((a) => a.action)).toEqual([
      "team.create",
      "team.invitation.create",
      "team.invitation.accept",
      "team.member.role_change",
      "team.ownership.transfer",
      "team.member.remove",
      "team.delete",
    ]);
  });

  it("honours invitations restricted to an email, and revocation", async () => {
    const owner = await as("teamBOwner");
    const forModerator = await createInvitation({ user: owner, teamId: ids.teamB.id, email: ids.identities.moderator.email! });
    // The caller's email is read from the database: only the named person sees the invitation as theirs.
    expect(await getInvitation({ user: await as("user"), token: forModerator.token })).toMatchObject({ forOtherEmail: true, status: "open" });
    expect(await getInvitation({ user: await as("moderator"), token: forModerator.token })).toMatchObject({ forOtherEmail: false, alreadyMember: false });
    await expect(acceptInvitation({ user: await as("user"), token: forModerator.token })).rejects.toMatchObject({ status: 403 });
    await revokeInvitation({ user: owner, teamId: ids.teamB.id, invitationId: forModerator.invitation.id });
    await expect(acceptInvitation({ user: await as("moderator"), token: forModerator.token })).rejects.toMatchObject({ status: 409 });
    await expect(acceptInvitation({ user: await as("moderator"), token: "tci_not-a-real-token" })).rejects.toMatchObject({ status: 404 });
  });

  it("sets the active team only to a team the caller belongs to", async () => {
    const member = await as("teamAMember");
    await expect(setActiveTeam({ user: member, teamId: ids.teamB.id })).rejects.toMatchObject({ status: 404 });
    expect(await activeTeamOf(member)).toBe(ids.teamA.id);
    await setActiveTeam({ user: member, teamId: null });
    expect(await activeTeamOf(member)).toBeNull();
    expect((await listMyTeams({ user: member })).map((t) => t.active)).toEqual([false]);
    await setActiveTeam({ user: member, teamId: ids.teamA.id });
    expect(await activeTeamOf(member)).toBe(ids.teamA.id);
    expect((await listMyTeams({ user: member })).map((t) => ({ id: t.id, active: t.active }))).toEqual([{ id: ids.teamA.id, active: true }]);
  });
});
