import "server-only";

import type { UserRef } from "@/lib/auth/types";
import { db } from "@/lib/db";
import { planInputsSchema, type PlanInputs } from "@/lib/validation/plan";
import { scenarioParamsSchema, type ScenarioParams } from "@/lib/validation/scenario-params";

import { scenarioNotFound } from "./access";
import { loadReadableScenario, type Client } from "./load-scenario";

export type ScenarioPerson = { id: string; name: string };

export type ScenarioDetail = {
  id: string;
  name: string;
  visibility: "private" | "team";
  team: { id: string; slug: string; name: string } | null;
  owner: ScenarioPerson;
  latestRevision: number;
  /** The revision whose parameters are in `params` (the latest unless one was asked for). */
  revision: number;
  revisionCreatedAt: Date;
  revisionAuthor: ScenarioPerson | null;
  params: ScenarioParams;
  /** Capacity-planner inputs of this revision; null for scenarios not saved from /plan. */
  plan: PlanInputs | null;
  createdAt: Date;
  updatedAt: Date;
  canEdit: boolean;
  /** Only the owner moves a scenario between private and a team. */
  canChangeSharing: boolean;
  isDefault: boolean;
};

// A name is optional: without one, the email identifies the person. Only the owner and the scenario's
// team read a scenario, and team members see each other's emails on the team page already.
export const personName = (user: { name: string | null; email: string }) => user.name?.trim() || user.email;

export async function readScenarioDetail(client: Client, id: unknown, user: UserRef | null, revision?: number): Promise<ScenarioDetail> {
  const { scenario, access } = await loadReadableScenario(client, id, user);
  const wanted = revision ?? scenario.latestRevision;
  // Sequential on purpose: inside a transaction all queries share one connection.
  const row = await client.scenarioRevision.findUnique({
    where: { scenarioId_revision: { scenarioId: scenario.id, revision: wanted } },
    select: {
      revision: true,
      params: true,
      plan: true,
      createdAt: true,
      author: { select: { id: true, name: true, email: true } },
      scenario: { select: { owner: { select: { name: true, email: true } }, team: { select: { id: true, slug: true, name: true } } } },
    },
  });
  // user is non-null here: loadReadableScenario refuses anonymous users.
  const me = await client.user.findUnique({ where: { id: user!.id }, select: { defaultScenarioId: true } });
  if (!row) throw scenarioNotFound(`${scenario.id} revision ${wanted}`);
  return {
    id: scenario.id,
    name: scenario.name,
    visibility: scenario.visibility,
    team: scenario.visibility === "team" ? row.scenario.team : null,
    owner: { id: scenario.ownerId, name: personName(row.scenario.owner) },
    latestRevision: scenario.latestRevision,
    revision: row.revision,
    revisionCreatedAt: row.createdAt,
    revisionAuthor: row.author ? { id: row.author.id, name: personName(row.author) } : null,
    params: scenarioParamsSchema.parse(row.params),
    plan: row.plan ? (planInputsSchema.safeParse(row.plan).data ?? null) : null,
    createdAt: scenario.createdAt,
    updatedAt: scenario.updatedAt,
    canEdit: access.canEdit,
    canChangeSharing: scenario.ownerId === user!.id,
    isDefault: me?.defaultScenarioId === scenario.id,
  };
}

/** One scenario with the parameters of its latest (or a pinned) revision, for a user who may read it. */
export async function getScenario({ id, user, revision }: { id: unknown; user: UserRef | null; revision?: number }): Promise<ScenarioDetail> {
  return readScenarioDetail(db, id, user, revision);
}
