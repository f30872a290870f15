// Action table of the authorization matrix: every server action with the lib/data functions it
// calls and the outcome each identity gets from them (the HTTP side, with real action calls against
// the production server, is e2e/authz-actions.spec.ts).
import { randomBytes } from "node:crypto";
import { expect } from "vitest";

import { verifyCredentials } from "@/lib/auth/credentials";
import { sha256Hex } from "@/lib/auth/secrets";
import { loadUserRefById } from "@/lib/auth/session-store";
import type { UserRef } from "@/lib/auth/types";
import { cloneScenario } from "@/lib/data/scenarios/clone-scenario";
import { createScenario } from "@/lib/data/scenarios/create-scenario";
import { deleteScenario } from "@/lib/data/scenarios/delete-scenario";
import { setDefaultScenario } from "@/lib/data/scenarios/set-default-scenario";
import { updateScenario } from "@/lib/data/scenarios/update-scenario";
import { createSubmissions } from "@/lib/data/submissions/create-submissions";
import { reviewSubmission } from "@/lib/data/submissions/review-submission";
import { acceptInvitation } from "@/lib/data/teams/accept-invitation";
import { changeMemberRole } from "@/lib/data/teams/change-member-role";
import { createInvitation } from "@/lib/data/teams/create-invitation";
import { createTeam } from "@/lib/data/teams/create-team";
import { declineInvitation } from "@/lib/data/teams/decline-invitation";
import { deleteTeam } from "@/lib/data/teams/delete-team";
import { getTeam } from "@/lib/data/teams/get-team";
import { leaveTeam } from "@/lib/data/teams/leave-team";
import { removeMember } from "@/lib/data/teams/remove-member";
import { revokeInvitation } from "@/lib/data/teams/revoke-invitation";
import { setActiveTeam } from "@/lib/data/teams/set-active-team";
import { transferOwnership } from "@/lib/data/teams/transfer-ownership";
import { createApiToken } from "@/lib/data/tokens/create-api-token";
import { revokeApiToken } from "@/lib/data/tokens/revoke-api-token";
import { changePassword } from "@/lib/data/users/change-password";
import { registerUser, registerUserQuietly } from "@/lib/data/users/register-user";
import { revokeSession, signOutEverywhere } from "@/lib/data/users/sessions";
import { setUserRole } from "@/lib/data/users/set-user-role";
import { updateProfile } from "@/lib/data/users/update-profile";
import { db } from "@/lib/db";
import { UnauthorizedError } from "@/lib/errors";
import { submissionInputSchema } from "@/lib/validation/submission";
import { createUser } from "@/prisma/seed/factories";
import { plausibleSubmission } from "@/tests/integration/submissions/submission-fixtures";
import { createSessionCookie, IDENTITY_PASSWORD, type Identities, type IdentityKey } from "@/tests/support/identities";

import { each, NO_SESSION, sessionOnly, table, TEAM_A, type Outcome, type Table } from "./expectations";
import { scenarioParams } from "./route-table";
import { createScenarioRow, createSubmissionRow, userIdOf, world } from "./world";

// ---------------------------------------------------------------------------------------------
// Server actions: each resolves the caller from the session cookie (bearer tokens never reach an
// action, so the no-session identities are a null caller) and hands it to lib/data functions.

export interface ActionContext {
  ids: Identities;
  /** The caller an action hands to lib/data for this identity (null without a session). */
  user: UserRef | null;
  key: IdentityKey;
}

export interface ActionCase {
  name: string;
  /** Fresh identities and teams for every call: the function changes memberships, roles or credentials. */
  freshWorld?: boolean;
  run(ctx: ActionContext): Promise<unknown>;
  expect: Table<Outcome>;
}

export interface ActionRow {
  /** How the action finds its caller: a call in its body (`requireUser()`...), or why it needs none. */
  resolves: string;
  /** The lib/data (or lib/auth) functions the action calls; each must appear in its body. */
  calls: string[];
  cases: ActionCase[];
  /** Set when no identity can change what the action does; says why and where it is covered. */
  noCallerReason?: string;
}

export async function actionCallerOf(ids: Identities, key: IdentityKey): Promise<UserRef | null> {
  if (NO_SESSION.includes(key)) return null;
  const user = await loadUserRefById(userIdOf(key, ids));
  if (!user) throw new Error(`no user for ${key}`);
  return user;
}

// Data functions receive exactly what the action passes: possibly null (typed as UserRef there).
const asUser = (user: UserRef | null) => user as UserRef;
const uniqueIp = () => `198.51.100.${1 + Math.floor(Math.random() * 250)}`;

async function ownerOf(ids: Identities): Promise<UserRef> {
  return (await actionCallerOf(ids, "teamAOwner"))!;
}

export const ACTIONS: Record<string, Record<string, ActionRow>> = {
  "app/account/actions.ts": {
    updateProfileAction: {
      resolves: "requireUser()",
      calls: ["updateProfile"],
      cases: [{ name: "own profile", run: ({ user, key }) => updateProfile({ user: asUser(user), name: `Renamed ${key}` }), expect: sessionOnly("ok") }],
    },
    changePasswordAction: {
      resolves: "requireUser()",
      calls: ["changePassword"],
      cases: [
        {
          name: "own password, with the current one",
          freshWorld: true,
          run: ({ user, ids }) =>
            changePassword({
              user: asUser(user),
              currentPassword: ids.password,
              newPassword: "a new long passphrase",
              confirmPassword: "a new long passphrase",
              ip: uniqueIp(),
            }),
          expect: sessionOnly("ok"),
        },
      ],
    },
    createTokenAction: {
      resolves: "requireUser()",
      calls: ["createApiToken"],
      cases: [
        {
          name: "scenarios:read token",
          run: ({ user }) => createApiToken({ user: asUser(user), reauth: { password: IDENTITY_PASSWORD }, name: "matrix", scopes: ["scenarios:read"] }),
          expect: sessionOnly("ok"),
        },
        {
          name: "submissions:review token (moderators and admins only)",
          run: ({ user }) =>
            createApiToken({ user: asUser(user), reauth: { password: IDENTITY_PASSWORD }, name: "matrix review", scopes: ["submissions:review"] }),
          expect: sessionOnly(403, { moderator: "ok", admin: "ok" }),
        },
      ],
    },
    revokeTokenAction: {
      resolves: "requireUser()",
      calls: ["revokeApiToken"],
      cases: [
        {
          name: "a fresh token of team A's member (owner, or a site admin)",
          run: async ({ user, ids }) => {
            const raw = `tc_matrix_${randomBytes(12).toString("hex")}`;
            const token = await db.apiToken.create({
              data: { userId: userIdOf("teamAMember", ids), name: "to revoke", prefix: raw.slice(0, 12), tokenHash: sha256Hex(raw), scopes: [] },
              select: { id: true },
            });
            return revokeApiToken({ user: asUser(user), tokenId: token.id });
          },
          expect: sessionOnly(404, { teamAMember: "ok", admin: "ok" }),
        },
      ],
    },
    revokeSessionAction: {
      resolves: "requireUser()",
      calls: ["revokeSession"],
      cases: [
        {
          name: "a fresh session of team A's member (only its own user; a site admin too gets 404)",
          run: async ({ user, ids }) => {
            await createSessionCookie(db, userIdOf("teamAMember", ids));
            const session = await db.session.findFirstOrThrow({
              where: { userId: userIdOf("teamAMember", ids) },
              orderBy: { expires: "desc" },
              select: { id: true },
            });
            return revokeSession({ user: asUser(user), sessionId: session.id });
          },
          expect: sessionOnly(404, { teamAMember: "ok" }),
        },
      ],
    },
    signOutEverywhereAction: {
      resolves: "requireUser()",
      calls: ["signOutEverywhere"],
      cases: [{ name: "own sessions", freshWorld: true, run: ({ user }) => signOutEverywhere({ user: asUser(user) }), expect: sessionOnly("ok") }],
    },
  },
  "app/admin/actions.ts": {
    setUserRoleAction: {
      resolves: 'requireRole("admin")',
      calls: ["setUserRole"],
      cases: [
        {
          name: "make a fresh user a moderator (site admins only)",
          run: async ({ user, key }) => {
            const target = await createUser(db, { email: `role-target-${key}-${randomBytes(4).toString("hex")}@matrix.test` });
            return setUserRole({ user: asUser(user), targetUserId: target.id, role: "moderator" });
          },
          expect: sessionOnly(403, { admin: "ok" }),
        },
      ],
    },
  },
  "app/invite/[token]/actions.ts": {
    acceptInvitationAction: {
      resolves: "requireUser()",
      calls: ["acceptInvitation"],
      cases: [
        {
          name: "an open team A member invitation",
          freshWorld: true,
          run: async ({ user, ids }) => {
            const { token } = await createInvitation({ user: await ownerOf(ids), teamId: ids.teamA.id, role: "member" });
            return acceptInvitation({ user: asUser(user), token });
          },
          expect: sessionOnly("ok", each(TEAM_A, 409 as Outcome)),
        },
        {
          name: "an invitation bound to `user`'s email",
          freshWorld: true,
          run: async ({ user, ids }) => {
            const { token } = await createInvitation({ user: await ownerOf(ids), teamId: ids.teamA.id, role: "member", email: ids.identities.user.email });
            return acceptInvitation({ user: asUser(user), token });
          },
          expect: sessionOnly(403, { user: "ok" }),
        },
      ],
    },
    declineInvitationAction: {
      resolves: "requireUser()",
      calls: ["declineInvitation"],
      cases: [
        {
          name: "an open team A member invitation",
          freshWorld: true,
          run: async ({ user, ids }) => {
            const { token } = await createInvitation({ user: await ownerOf(ids), teamId: ids.teamA.id, role: "member" });
            return declineInvitation({ user: asUser(user), token });
          },
          expect: sessionOnly("ok", each(TEAM_A, 409 as Outcome)),
        },
        {
          name: "an invitation bound to `user`'s email",
          freshWorld: true,
          run: async ({ user, ids }) => {
            const { token } = await createInvitation({ user: await ownerOf(ids), teamId: ids.teamA.id, role: "member", email: ids.identities.user.email });
            return declineInvitation({ user: asUser(user), token });
          },
          expect: sessionOnly(403, { user: "ok" }),
        },
      ],
    },
  },
  "app/review/actions.ts": {
    reviewAction: {
      resolves: "requireUser()",
      calls: ["reviewSubmission"],
      cases: [
        {
          name: "approve a fresh pending submission of `user` (moderators and admins)",
          run: async ({ user }) => {
            const target = await createSubmissionRow(userIdOf("user"), "pending", "action review target");
            return reviewSubmission({ user: asUser(user), id: target.id, body: { decision: "approve" } });
          },
          expect: sessionOnly(403, { moderator: "ok", admin: "ok" }),
        },
        {
          name: "review one's own pending submission (refused for moderators; admins are trusted)",
          run: async ({ user }) => {
            const target = await createSubmissionRow(user?.id ?? userIdOf("user"), "pending", "own review target");
            return reviewSubmission({ user: asUser(user), id: target.id, body: { decision: "approve" } });
          },
          expect: sessionOnly(403, { admin: "ok" }),
        },
      ],
    },
  },
  "app/scenarios/actions.ts": {
    createScenarioAction: {
      resolves: "requireUser()",
      calls: ["createScenario"],
      cases: [
        {
          name: "private scenario",
          run: ({ user, key }) => createScenario({ user, input: { name: `action private ${key}`, visibility: "private", params: scenarioParams } }),
          expect: sessionOnly("ok"),
        },
        {
          name: "team A scenario (owners/admins; members 403; non-members 422)",
          run: ({ user, key, ids }) =>
            createScenario({
              user,
              input: { name: `action team ${key}`, visibility: "team", teamId: ids.teamA.id, params: scenarioParams },
            }),
          expect: sessionOnly(422, { teamAOwner: "ok", teamAAdmin: "ok", teamAMember: 403 }),
        },
      ],
    },
    updateScenarioAction: {
      resolves: "requireUser()",
      calls: ["updateScenario"],
      cases: [
        {
          name: "team A scenario",
          run: ({ user }) =>
            updateScenario({
              id: world.teamAScenario.id,
              user,
              input: { name: world.teamAScenario.name, visibility: "team", teamId: world.ids.teamA.id, params: scenarioParams },
            }),
          expect: sessionOnly(404, { teamAOwner: "ok", teamAAdmin: "ok", teamAMember: 403 }),
        },
        {
          name: "private scenario of team A's owner",
          run: ({ user }) =>
            updateScenario({
              id: world.privateA.id,
              user,
              input: { name: world.privateA.name, visibility: "private", params: scenarioParams },
            }),
          expect: sessionOnly(404, { teamAOwner: "ok" }),
        },
      ],
    },
    cloneScenarioAction: {
      resolves: "requireUser()",
      calls: ["cloneScenario"],
      cases: [
        {
          name: "team A scenario (readers)",
          run: ({ user }) => cloneScenario({ id: world.teamAScenario.id, user: user }),
          expect: sessionOnly(404, each(TEAM_A, "ok" as Outcome)),
        },
        {
          name: "private scenario",
          run: ({ user }) => cloneScenario({ id: world.privateA.id, user: user }),
          expect: sessionOnly(404, { teamAOwner: "ok" }),
        },
      ],
    },
    deleteScenarioAction: {
      resolves: "requireUser()",
      calls: ["deleteScenario"],
      cases: [
        {
          name: "a fresh team A scenario by team A's admin",
          run: async ({ user, key }) => {
            const target = await createScenarioRow({ name: `action delete ${key}`, ownerId: userIdOf("teamAAdmin"), teamId: world.ids.teamA.id });
            return deleteScenario({ id: target.id, user: user });
          },
          expect: sessionOnly(404, { teamAOwner: "ok", teamAAdmin: "ok", teamAMember: 403 }),
        },
      ],
    },
    setDefaultScenarioAction: {
      resolves: "requireUser()",
      calls: ["setDefaultScenario"],
      cases: [
        {
          name: "team A scenario as default (readers)",
          run: ({ user }) => setDefaultScenario({ user, scenarioId: world.teamAScenario.id }),
          expect: sessionOnly(404, each(TEAM_A, "ok" as Outcome)),
        },
        { name: "clear the default", run: ({ user }) => setDefaultScenario({ user, scenarioId: null }), expect: sessionOnly("ok") },
      ],
    },
  },
  "app/plan/actions.ts": {
    savePlanAction: {
      resolves: "requireUser()",
      calls: ["createScenario", "updateScenario"],
      cases: [
        {
          name: "new team A scenario carrying a plan (owners/admins; members 403; non-members 422)",
          run: ({ user, key, ids }) =>
            createScenario({
              user,
              input: { name: `plan team ${key}`, visibility: "team", teamId: ids.teamA.id, params: scenarioParams, plan: { outputTokensPerDay: 1e9 } },
            }),
          expect: sessionOnly(422, { teamAOwner: "ok", teamAAdmin: "ok", teamAMember: 403 }),
        },
        {
          name: "next revision of the team A scenario with a plan",
          run: ({ user }) =>
            updateScenario({
              id: world.teamAScenario.id,
              user,
              input: {
                name: world.teamAScenario.name,
                visibility: "team",
                teamId: world.ids.teamA.id,
                params: scenarioParams,
                plan: { mode: "power", powerCapMw: 5 },
              },
            }),
          expect: sessionOnly(404, { teamAOwner: "ok", teamAAdmin: "ok", teamAMember: 403 }),
        },
      ],
    },
  },
  "app/signin/actions.ts": {
    signInAction: {
      resolves: "getSignInLimiter().assertAllowed",
      calls: ["signIn"],
      cases: [
        {
          // signIn("credentials") ends in Auth.js's authorize → verifyCredentials; the person behind a
          // revoked or scope-less token still signs in with the password.
          name: "verifyCredentials with the identity's email and password (anonymous: none)",
          run: async ({ key, ids }) => {
            const email = ids.identities[key].email;
            const verified = await verifyCredentials({ email: email ?? "", password: email ? ids.password : "" }, uniqueIp());
            if (!verified) throw new UnauthorizedError();
            expect(verified.id).toBe(ids.identities[key].userId);
          },
          expect: table<Outcome>("ok", { anonymous: 401 }),
        },
      ],
    },
    oauthSignInAction: {
      resolves: "enabledOAuthProviders()",
      calls: ["signIn", "safeRedirectPath"],
      cases: [],
      noCallerReason:
        "Starts an OAuth redirect for an enabled provider; it reads no caller and no data (providers are off in tests). The redirect target is same-site only (safeRedirectPath, unit-tested).",
    },
  },
  "app/signout/actions.ts": {
    signOutAction: {
      resolves: "signOut(",
      calls: ["signOut"],
      cases: [],
      noCallerReason:
        "Ends the requesting browser's own session only (Auth.js signOut on its cookie); covered by e2e/auth.spec.ts and the /api/auth route rows.",
    },
  },
  "app/signup/actions.ts": {
    signUpAction: {
      resolves: "getSignUpLimiter().take",
      calls: ["registerUserQuietly"],
      cases: [
        {
          name: "register a new account (open to anyone; the caller is irrelevant)",
          run: ({ key }) => registerUser({ email: `signup-${key}-${randomBytes(4).toString("hex")}@matrix.test`, password: "a long passphrase here" }),
          expect: table<Outcome>("ok"),
        },
        {
          name: "register an existing email (409 whoever asks)",
          run: ({ ids }) => registerUser({ email: ids.identities.teamBMember.email!, password: "a long passphrase here" }),
          expect: table<Outcome>(409),
        },
        {
          name: "what the form does with an existing email: the same answer as for a new one",
          run: ({ ids }) => registerUserQuietly({ email: ids.identities.teamBMember.email!, password: "a long passphrase here" }),
          expect: table<Outcome>("ok"),
        },
      ],
    },
  },
  "app/submit/actions.ts": {
    submitResultAction: {
      resolves: "requireUser()",
      calls: ["createSubmissions", "previewSubmission"],
      cases: [
        {
          name: "submit one result (previewSubmission takes no caller and writes nothing)",
          run: ({ user, key }) =>
            createSubmissions({ user: asUser(user), inputs: [submissionInputSchema.parse(plausibleSubmission({ notes: `action by ${key}` }))] }),
          expect: sessionOnly("ok"),
        },
      ],
    },
  },
  "app/teams/actions.ts": {
    createTeamAction: {
      resolves: "requireUser()",
      calls: ["createTeam"],
      cases: [
        {
          name: "a new team",
          run: ({ user, key }) => createTeam({ user: asUser(user), name: `Matrix team ${key} ${randomBytes(3).toString("hex")}` }),
          expect: sessionOnly("ok"),
        },
      ],
    },
    createInvitationAction: {
      resolves: "requireUser()",
      calls: ["createInvitation"],
      cases: [
        {
          name: "member invitation to team A (owners/admins)",
          run: ({ user, ids }) => createInvitation({ user: asUser(user), teamId: ids.teamA.id, role: "member" }),
          expect: sessionOnly(404, { teamAOwner: "ok", teamAAdmin: "ok", teamAMember: 403 }),
        },
        {
          name: "admin invitation to team A (owner only)",
          run: ({ user, ids }) => createInvitation({ user: asUser(user), teamId: ids.teamA.id, role: "admin" }),
          expect: sessionOnly(404, { teamAOwner: "ok", teamAAdmin: 403, teamAMember: 403 }),
        },
      ],
    },
    revokeInvitationAction: {
      resolves: "requireUser()",
      calls: ["revokeInvitation"],
      cases: [
        {
          name: "a fresh team A invitation",
          run: async ({ user, ids }) => {
            const { invitation } = await createInvitation({ user: await ownerOf(ids), teamId: ids.teamA.id, role: "member" });
            return revokeInvitation({ user: asUser(user), teamId: ids.teamA.id, invitationId: invitation.id });
          },
          expect: sessionOnly(404, { teamAOwner: "ok", teamAAdmin: "ok", teamAMember: 403 }),
        },
      ],
    },
    changeMemberRoleAction: {
      resolves: "requireUser()",
      calls: ["changeMemberRole"],
      cases: [
        {
          name: "make team A's member an admin (owner only)",
          freshWorld: true,
          run: ({ user, ids }) => changeMemberRole({ user: asUser(user), teamId: ids.teamA.id, memberUserId: userIdOf("teamAMember", ids), role: "admin" }),
          expect: sessionOnly(404, { teamAOwner: "ok", teamAAdmin: 403, teamAMember: 403 }),
        },
      ],
    },
    removeMemberAction: {
      resolves: "requireUser()",
      calls: ["removeMember"],
      cases: [
        {
          name: "remove team A's member (owner, admin)",
          freshWorld: true,
          run: ({ user, ids }) => removeMember({ user: asUser(user), teamId: ids.teamA.id, memberUserId: userIdOf("teamAMember", ids) }),
          // The member removing themselves is told to use "leave" (409) after the role check (403 first).
          expect: sessionOnly(404, { teamAOwner: "ok", teamAAdmin: "ok", teamAMember: 403 }),
        },
        {
          name: "remove team A's admin (owner only)",
          freshWorld: true,
          run: ({ user, ids }) => removeMember({ user: asUser(user), teamId: ids.teamA.id, memberUserId: userIdOf("teamAAdmin", ids) }),
          expect: sessionOnly(404, { teamAOwner: "ok", teamAAdmin: 409, teamAMember: 403 }),
        },
      ],
    },
    transferOwnershipAction: {
      resolves: "requireUser()",
      calls: ["transferOwnership"],
      cases: [
        {
          name: "hand team A to its admin (owner only)",
          freshWorld: true,
          run: ({ user, ids }) => transferOwnership({ user: asUser(user), teamId: ids.teamA.id, newOwnerUserId: userIdOf("teamAAdmin", ids) }),
          expect: sessionOnly(404, { teamAOwner: "ok", teamAAdmin: 403, teamAMember: 403 }),
        },
      ],
    },
    leaveTeamAction: {
      resolves: "requireUser()",
      calls: ["leaveTeam"],
      cases: [
        {
          name: "leave team A (members; the owner must transfer first)",
          freshWorld: true,
          run: ({ user, ids }) => leaveTeam({ user: asUser(user), teamId: ids.teamA.id }),
          expect: sessionOnly(404, { teamAOwner: 409, teamAAdmin: "ok", teamAMember: "ok" }),
        },
      ],
    },
    deleteTeamAction: {
      resolves: "requireUser()",
      calls: ["getTeam", "deleteTeam"],
      cases: [
        {
          name: "read team A (the name check before deleting: members)",
          run: ({ user, ids }) => getTeam({ user: asUser(user), teamId: ids.teamA.id }),
          expect: sessionOnly(404, each(TEAM_A, "ok" as Outcome)),
        },
        {
          name: "delete team A (owner only)",
          freshWorld: true,
          run: ({ user, ids }) => deleteTeam({ user: asUser(user), teamId: ids.teamA.id }),
          expect: sessionOnly(404, { teamAOwner: "ok", teamAAdmin: 403, teamAMember: 403 }),
        },
      ],
    },
    setActiveTeamAction: {
      resolves: "requireUser()",
      calls: ["setActiveTeam"],
      cases: [
        {
          name: "pick team A (members only)",
          run: ({ user, ids }) => setActiveTeam({ user: asUser(user), teamId: ids.teamA.id }),
          expect: sessionOnly(404, each(TEAM_A, "ok" as Outcome)),
        },
        { name: "clear the active team", run: ({ user }) => setActiveTeam({ user: asUser(user), teamId: null }), expect: sessionOnly("ok") },
      ],
    },
  },
};
