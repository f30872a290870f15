// The world every authorization-matrix row runs against: identities, scenarios and submissions
// created directly with Prisma. `world` is a live binding, set by createWorld() in the runner.
import { randomBytes } from "node:crypto";

import { db, type Prisma } from "@/lib/db";
import { createScenario, createSubmission } from "@/prisma/seed/factories";
import { createIdentities, IDENTITY_KEYS, type Identities, type IdentityKey } from "@/tests/support/identities";

import { SIGNED_IN, TEAM_A, TEAM_B } from "./expectations";

export const ORIGIN = "http://127.0.0.1:3210";

// ---------------------------------------------------------------------------------------------
// The world every route row runs against, created directly with Prisma.

export type Secret = { label: string; value: string; visibleTo: IdentityKey[] };

export interface World {
  ids: Identities;
  run: string;
  modelId: string;
  acceleratorId: string;
  /** Private scenario of team A's owner. */
  privateA: { id: string; name: string };
  /** Team A scenario authored by team A's admin. */
  teamAScenario: { id: string; name: string };
  /** Team B scenario authored by team B's owner. */
  teamBScenario: { id: string; name: string };
  /** Pending submission of `user`. */
  pending: { id: string; notes: string };
  /** Approved submission of team B's owner (public). */
  approved: { id: string };
  /** Values that must appear in no response body of an identity outside `visibleTo`. */
  secrets: Secret[];
  /** Values that must appear in no response body at all. */
  neverShown: { label: string; value: string }[];
}

export let world: World;

export function userIdOf(key: IdentityKey, ids: Identities = world.ids): string {
  const id = ids.identities[key].userId;
  if (!id) throw new Error(`${key} has no user`);
  return id;
}

export async function createScenarioRow(input: { name: string; ownerId: string; teamId: string | null; params?: Prisma.InputJsonObject }) {
  return createScenario(db, input);
}

export async function createSubmissionRow(submitterId: string, status: "pending" | "approved", notes: string) {
  return createSubmission(db, {
    modelId: world.modelId,
    acceleratorId: world.acceleratorId,
    acceleratorCount: 1,
    precision: "FP8",
    engine: "vLLM",
    engineVersion: "0.9.1",
    inputTokens: 1024,
    outputTokens: 1024,
    concurrency: 16,
    outputTokensPerSecond: 1763.6,
    interactivityTokensPerSecondPerUser: 112.3,
    sourceUrl: "https://example.com/authz-matrix",
    notes,
    submitterId,
    status,
    ...(status === "approved" ? { reviewedAt: new Date() } : {}),
  });
}

export async function createWorld(): Promise<World> {
  const ids = await createIdentities(db);
  const run = randomBytes(4).toString("hex");
  const model = await db.model.findUniqueOrThrow({ where: { slug: "llama-3.1-8b" }, select: { id: true } });
  const accelerator = await db.accelerator.findUniqueOrThrow({ where: { slug: "h100-sxm" }, select: { id: true } });
  world = { ids, run, modelId: model.id, acceleratorId: accelerator.id } as World;

  world.privateA = await createScenarioRow({ name: `Owner-only plan ${run}`, ownerId: userIdOf("teamAOwner"), teamId: null });
  world.teamAScenario = await createScenarioRow({ name: `Team-A plan ${run}`, ownerId: userIdOf("teamAAdmin"), teamId: ids.teamA.id });
  world.teamBScenario = await createScenarioRow({ name: `Team-B plan ${run}`, ownerId: userIdOf("teamBOwner"), teamId: ids.teamB.id });
  const pendingNotes = `pending-result-notes-${run}`;
  world.pending = { id: (await createSubmissionRow(userIdOf("user"), "pending", pendingNotes)).id, notes: pendingNotes };
  world.approved = await createSubmissionRow(userIdOf("teamBOwner"), "approved", `approved-notes-${run}`);

  const usersWithSecrets = await db.user.findMany({
    where: { id: { in: SIGNED_IN.concat("revokedToken", "tokenWithoutScope").map((key) => userIdOf(key)) } },
    select: { passwordHash: true },
  });
  const tokenRows = await db.apiToken.findMany({
    where: { userId: { in: IDENTITY_KEYS.filter((k) => k !== "anonymous").map((key) => userIdOf(key)) } },
    select: { tokenHash: true },
  });
  world.secrets = [
    { label: "private scenario id", value: world.privateA.id, visibleTo: ["teamAOwner"] },
    { label: "private scenario name", value: world.privateA.name, visibleTo: ["teamAOwner"] },
    { label: "team A scenario id", value: world.teamAScenario.id, visibleTo: TEAM_A },
    { label: "team A scenario name", value: world.teamAScenario.name, visibleTo: TEAM_A },
    { label: "team A name", value: ids.teamA.name, visibleTo: TEAM_A },
    { label: "team A id", value: ids.teamA.id, visibleTo: TEAM_A },
    { label: "team B scenario id", value: world.teamBScenario.id, visibleTo: TEAM_B },
    { label: "team B scenario name", value: world.teamBScenario.name, visibleTo: TEAM_B },
    { label: "team B name", value: ids.teamB.name, visibleTo: TEAM_B },
    { label: "team B id", value: ids.teamB.id, visibleTo: TEAM_B },
    { label: "user's pending submission id", value: world.pending.id, visibleTo: ["user", "moderator", "admin"] },
    { label: "user's pending submission notes", value: world.pending.notes, visibleTo: ["user", "moderator", "admin"] },
    ...IDENTITY_KEYS.filter((key) => ids.identities[key].email).map((key) => ({
      label: `${key}'s email`,
      value: ids.identities[key].email!,
      visibleTo: [key],
    })),
  ];
  world.neverShown = [
    { label: "the word passwordHash", value: "passwordHash" },
    { label: "the word tokenHash", value: "tokenHash" },
    ...[...new Set(usersWithSecrets.map((u) => u.passwordHash!))].map((value) => ({ label: "a password hash", value })),
    ...tokenRows.map((row) => ({ label: "a token hash", value: row.tokenHash })),
    ...IDENTITY_KEYS.filter((key) => ids.identities[key].token).map((key) => ({ label: `${key}'s raw token`, value: ids.identities[key].token! })),
  ];
  return world;
}
