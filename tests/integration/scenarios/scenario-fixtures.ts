import type { UserRef } from "@/lib/auth/types";
import { createScenario } from "@/lib/data/scenarios/create-scenario";
import { db } from "@/lib/db";
import { createIdentities, type Identities, type IdentityKey } from "@/tests/support/identities";

export type ScenarioWorld = {
  ids: Identities;
  caller(key: IdentityKey): UserRef | null;
  headers(key: IdentityKey, extra?: Record<string, string>): Record<string, string>;
  /** A private scenario of `user`. */
  privateId: string;
  /** A team A scenario created by team A's admin. */
  teamId: string;
  newPrivate(owner?: IdentityKey, params?: Record<string, unknown>): Promise<string>;
  newTeam(author?: IdentityKey, params?: Record<string, unknown>): Promise<string>;
};

export async function createScenarioWorld(): Promise<ScenarioWorld> {
  const ids = await createIdentities(db);
  const caller = (key: IdentityKey): UserRef | null => {
    const identity = ids.identities[key];
    return identity.userId ? { id: identity.userId, role: identity.siteRole ?? "user" } : null;
  };
  const newPrivate = async (owner: IdentityKey = "user", params: Record<string, unknown> = { electricityUsdPerKwh: 0.05 }) =>
    (await createScenario({ user: caller(owner), input: { name: `private of ${owner}`, visibility: "private", params } })).id;
  const newTeam = async (author: IdentityKey = "teamAAdmin", params: Record<string, unknown> = { utilization: 0.4 }) =>
    (await createScenario({ user: caller(author), input: { name: `team A by ${author}`, visibility: "team", teamId: ids.teamA.id, params } })).id;
  return {
    ids,
    caller,
    headers: (key, extra = {}) => ({ ...ids.authHeaders(key), ...extra }),
    privateId: await newPrivate(),
    teamId: await newTeam(),
    newPrivate,
    newTeam,
  };
}
