import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { UserRef } from "@/lib/auth/types";
import { cloneScenario } from "@/lib/data/scenarios/clone-scenario";
import { compareScenarios } from "@/lib/data/scenarios/compare-scenarios";
import { deleteScenario } from "@/lib/data/scenarios/delete-scenario";
import { diffRevisions } from "@/lib/data/scenarios/diff-revisions";
import { getScenario } from "@/lib/data/scenarios/get-scenario";
import { getScenarioParamsForCaller } from "@/lib/data/scenarios/get-scenario-params";
import { getScenarioSensitivity } from "@/lib/data/scenarios/get-scenario-sensitivity";
import { listRevisions } from "@/lib/data/scenarios/list-revisions";
import { listScenarios } from "@/lib/data/scenarios/list-scenarios";
import { setDefaultScenario } from "@/lib/data/scenarios/set-default-scenario";
import { updateScenario } from "@/lib/data/scenarios/update-scenario";
import { db } from "@/lib/db";
import { ForbiddenError, NotFoundError, UnauthorizedError } from "@/lib/errors";
import type { IdentityKey } from "@/tests/support/identities";

import { createScenarioWorld, type ScenarioWorld } from "./scenario-fixtures";

let w: ScenarioWorld;
let model: string;

beforeAll(async () => {
  w = await createScenarioWorld();
  // A model with approved results, for the ranking-based functions.
  const withData = await db.benchmarkSubmission.findFirstOrThrow({ where: { status: "approved" }, select: { model: { select: { slug: true } } } });
  model = withData.model.slug;
});

afterAll(async () => {
  await db.$disconnect();
});

type Outcome = "ok" | "404" | "403" | "401";

async function outcome(run: () => Promise<unknown>): Promise<Outcome> {
  try {
    await run();
    return "ok";
  } catch (error) {
    if (error instanceof NotFoundError) return "404";
    if (error instanceof ForbiddenError) return "403";
    if (error instanceof UnauthorizedError) return "401";
    throw error;
  }
}

const CALLERS: IdentityKey[] = ["user", "teamAOwner", "teamAAdmin", "teamAMember", "teamBOwner", "teamBMember", "admin", "anonymous"];

// Every read function, by caller: the private scenario is its owner's only, the team one team A's only.
const READS: [string, (id: string, caller: UserRef | null) => Promise<unknown>][] = [
  ["getScenario", (id, caller) => getScenario({ id, user: caller })],
  ["getScenarioParamsForCaller", (id, caller) => getScenarioParamsForCaller({ id, user: caller })],
  ["getScenarioParamsForCaller pinned", (id, caller) => getScenarioParamsForCaller({ id, revision: 1, user: caller })],
  ["listRevisions", (id, caller) => listRevisions({ id, user: caller })],
  ["diffRevisions", (id, caller) => diffRevisions({ id, user: caller, from: 1, to: 1 })],
  ["compareScenarios", (id, caller) => compareScenarios({ user: caller, a: { id }, b: { id }, model })],
  ["getScenarioSensitivity", (id, caller) => getScenarioSensitivity({ id, user: caller, model })],
  [
    "setDefaultScenario",
    async (id, caller) => {
      await setDefaultScenario({ user: caller, scenarioId: id });
      await setDefaultScenario({ user: caller, scenarioId: null });
    },
  ],
];

describe("scenario read functions by caller", () => {
  for (const [name, read] of READS) {
    it(name, async () => {
      for (const key of CALLERS) {
        const privateExpected: Outcome = key === "user" ? "ok" : key === "anonymous" && name === "setDefaultScenario" ? "401" : "404";
        const teamExpected: Outcome = ["teamAOwner", "teamAAdmin", "teamAMember"].includes(key)
          ? "ok"
          : key === "anonymous" && name === "setDefaultScenario"
            ? "401"
            : "404";
        expect(await outcome(() => read(w.privateId, w.caller(key))), `${name} private by ${key}`).toBe(privateExpected);
        expect(await outcome(() => read(w.teamId, w.caller(key))), `${name} team by ${key}`).toBe(teamExpected);
      }
    });
  }

  it("compareScenarios refuses when either side is unreadable, even if the other is", async () => {
    expect(await outcome(() => compareScenarios({ user: w.caller("user"), a: { id: w.privateId }, b: { id: w.teamId }, model }))).toBe("404");
    expect(await outcome(() => compareScenarios({ user: w.caller("teamAMember"), a: { id: w.teamId }, b: { id: w.privateId }, model }))).toBe("404");
  });

  it("never runs a lookup with an undefined or blank id", async () => {
    for (const id of [undefined, null, "", "   ", 42, "x".repeat(65)]) {
      expect(await outcome(() => getScenario({ id, user: w.caller("user") })), String(id)).toBe("404");
      expect(await outcome(() => updateScenario({ id, user: w.caller("user"), input: { name: "x", params: {} } })), String(id)).toBe("404");
      expect(await outcome(() => deleteScenario({ id, user: w.caller("user") })), String(id)).toBe("404");
    }
  });

  it("listScenarios refuses anonymous callers and lists exactly mine + my teams'", async () => {
    expect(await outcome(() => listScenarios({ user: null }))).toBe("401");
    const member = await listScenarios({ user: w.caller("teamAMember") });
    expect(member.map((s) => s.id)).toContain(w.teamId);
    expect(member.map((s) => s.id)).not.toContain(w.privateId);
    expect(member.find((s) => s.id === w.teamId)).toMatchObject({ canEdit: false, team: { id: w.ids.teamA.id } });
    const admin = await listScenarios({ user: w.caller("teamAAdmin") });
    expect(admin.find((s) => s.id === w.teamId)?.canEdit).toBe(true);
    const other = await listScenarios({ user: w.caller("teamBOwner") });
    expect(other.some((s) => s.team?.id === w.ids.teamA.id)).toBe(false);
  });
});

describe("scenario write functions by caller", () => {
  const input = (name: string) => ({ name, visibility: "team", teamId: w.ids.teamA.id, params: { utilization: 0.55 } });
  const EDIT_TEAM: Record<string, Outcome> = {
    teamAAdmin: "ok",
    teamAOwner: "ok",
    teamAMember: "403",
    teamBOwner: "404",
    teamBMember: "404",
    user: "404",
    admin: "404",
    anonymous: "401",
  };

  it("updateScenario on a team scenario", async () => {
    const id = await w.newTeam();
    for (const key of CALLERS) {
      expect(await outcome(() => updateScenario({ id, user: w.caller(key), input: input(`by ${key}`) })), key).toBe(EDIT_TEAM[key]);
    }
    expect((await getScenario({ id, user: w.caller("teamAMember") })).latestRevision).toBe(3);
  });

  it("deleteScenario on a team scenario", async () => {
    for (const key of CALLERS) {
      const id = await w.newTeam();
      expect(await outcome(() => deleteScenario({ id, user: w.caller(key) })), key).toBe(EDIT_TEAM[key]);
      expect(await db.scenario.count({ where: { id } }), key).toBe(EDIT_TEAM[key] === "ok" ? 0 : 1);
    }
  });

  it("updateScenario and deleteScenario on a private scenario: the owner only", async () => {
    for (const key of CALLERS) {
      const id = await w.newPrivate();
      const expected: Outcome = key === "user" ? "ok" : key === "anonymous" ? "401" : "404";
      expect(await outcome(() => updateScenario({ id, user: w.caller(key), input: { name: "x", params: {} } })), key).toBe(expected);
      expect(await outcome(() => deleteScenario({ id, user: w.caller(key) })), key).toBe(expected);
    }
  });

  it("cloneScenario: readers get their own private copy, others the same 404 as a missing id", async () => {
    for (const key of CALLERS) {
      const expected: Outcome = ["teamAOwner", "teamAAdmin", "teamAMember"].includes(key) ? "ok" : key === "anonymous" ? "401" : "404";
      expect(await outcome(() => cloneScenario({ id: w.teamId, user: w.caller(key) })), key).toBe(expected);
    }
    const copy = await cloneScenario({ id: w.teamId, user: w.caller("teamAMember"), input: { name: "My copy" } });
    expect(copy).toMatchObject({
      name: "My copy",
      visibility: "private",
      owner: { id: w.ids.identities.teamAMember.userId },
      latestRevision: 1,
      canEdit: true,
    });
    expect(copy.params).toEqual((await getScenario({ id: w.teamId, user: w.caller("teamAMember") })).params);
    // The copy is private: the team's admin cannot see it.
    expect(await outcome(() => getScenario({ id: copy.id, user: w.caller("teamAAdmin") }))).toBe("404");
  });
});
