// Invitations as new users meet them: who can be invited by email, and declining.
import { afterAll, describe, expect, it } from "vitest";

import { loadUserRefById } from "@/lib/auth/session-store";
import type { UserRef } from "@/lib/auth/types";
import { acceptInvitation } from "@/lib/data/teams/accept-invitation";
import { createInvitation } from "@/lib/data/teams/create-invitation";
import { createTeam } from "@/lib/data/teams/create-team";
import { declineInvitation } from "@/lib/data/teams/decline-invitation";
import { getInvitation } from "@/lib/data/teams/get-invitation";
import { listInvitations } from "@/lib/data/teams/list-invitations";
import { revokeInvitation } from "@/lib/data/teams/revoke-invitation";
import { db } from "@/lib/db";
import { createUser } from "@/prisma/seed/factories";

async function newUser(): Promise<UserRef & { email: string }> {
  const created = await createUser(db);
  const ref = await loadUserRefById(created.id);
  if (!ref) throw new Error("no user");
  return { ...ref, email: created.email };
}

async function teamOf(owner: UserRef) {
  return createTeam({ user: owner, name: `Invitations ${Date.now()}` });
}

afterAll(async () => {
  await db.$disconnect();
});

describe("inviting by email", () => {
  it("refuses the inviter's own email at the email field and writes nothing", async () => {
    const alice = await newUser();
    const team = await teamOf(alice);
    await expect(createInvitation({ user: alice, teamId: team.id, email: alice.email.toUpperCase() })).rejects.toMatchObject({
      status: 422,
      errors: [{ path: "email", message: "This is your own email: you are already in this team" }],
    });
    expect(await db.teamInvitation.count({ where: { teamId: team.id } })).toBe(0);
  });

  it("refuses an existing member's email", async () => {
    const alice = await newUser();
    const bob = await newUser();
    const team = await teamOf(alice);
    const { token } = await createInvitation({ user: alice, teamId: team.id, email: bob.email });
    await acceptInvitation({ user: bob, token });
    await expect(createInvitation({ user: alice, teamId: team.id, email: bob.email })).rejects.toMatchObject({
      status: 422,
      errors: [{ path: "email", message: `${bob.email} is already a member of this team` }],
    });
    expect(await listInvitations({ user: alice, teamId: team.id })).toEqual([]);
  });

  it("refuses a second open invitation for one email until the first is revoked", async () => {
    const alice = await newUser();
    const bob = await newUser();
    const team = await teamOf(alice);
    const first = await createInvitation({ user: alice, teamId: team.id, email: bob.email });
    await expect(createInvitation({ user: alice, teamId: team.id, email: ` ${bob.email.toUpperCase()} ` })).rejects.toMatchObject({
      status: 422,
      errors: [{ path: "email", message: `${bob.email} already has an open invitation: revoke it below to create a new link` }],
    });
    expect((await listInvitations({ user: alice, teamId: team.id })).map((i) => i.id)).toEqual([first.invitation.id]);
    await revokeInvitation({ user: alice, teamId: team.id, invitationId: first.invitation.id });
    const second = await createInvitation({ user: alice, teamId: team.id, email: bob.email });
    expect((await listInvitations({ user: alice, teamId: team.id })).map((i) => i.id)).toEqual([second.invitation.id]);
    // Links without an email stay unlimited (each is for whoever it is handed to).
    await createInvitation({ user: alice, teamId: team.id });
    await createInvitation({ user: alice, teamId: team.id });
    expect(await listInvitations({ user: alice, teamId: team.id })).toHaveLength(3);
  });

  it("says which field is wrong for a bad email or validity", async () => {
    const alice = await newUser();
    const team = await teamOf(alice);
    await expect(createInvitation({ user: alice, teamId: team.id, email: "bob@localhost" })).rejects.toMatchObject({
      status: 422,
      errors: [{ path: "email", message: "Enter a valid email address" }],
    });
    await expect(createInvitation({ user: alice, teamId: team.id, expiresInDays: Number("soon") })).rejects.toMatchObject({
      status: 422,
      errors: [{ path: "expiresInDays", message: "Choose how many days the link is valid" }],
    });
    expect(await db.teamInvitation.count({ where: { teamId: team.id } })).toBe(0);
  });
});

describe("declining an invitation", () => {
  it("closes the link for good and leaves the team's open list", async () => {
    const alice = await newUser();
    const bob = await newUser();
    const team = await teamOf(alice);
    const { token } = await createInvitation({ user: alice, teamId: team.id, email: bob.email });
    expect(await declineInvitation({ user: bob, token })).toEqual({ teamId: team.id });
    expect(await listInvitations({ user: alice, teamId: team.id })).toEqual([]);
    expect(await getInvitation({ user: bob, token })).toMatchObject({ status: "revoked" });
    await expect(acceptInvitation({ user: bob, token })).rejects.toMatchObject({ status: 409 });
    await expect(declineInvitation({ user: bob, token })).rejects.toMatchObject({ status: 409 });
    expect(await db.membership.count({ where: { teamId: team.id } })).toBe(1);
    const audit = await db.auditLog.findFirst({ where: { action: "team.invitation.decline", targetId: team.id }, select: { actorId: true } });
    expect(audit?.actorId).toBe(bob.id);
  });

  it("lets only the invited address decline an email-bound link", async () => {
    const alice = await newUser();
    const bob = await newUser();
    const carol = await newUser();
    const team = await teamOf(alice);
    const { token } = await createInvitation({ user: alice, teamId: team.id, email: bob.email });
    await expect(declineInvitation({ user: carol, token })).rejects.toMatchObject({ status: 403 });
    await expect(declineInvitation({ user: carol, token: "tci_not-a-token" })).rejects.toMatchObject({ status: 404 });
    expect(await listInvitations({ user: alice, teamId: team.id })).toHaveLength(1);
    await acceptInvitation({ user: bob, token });
  });
});
