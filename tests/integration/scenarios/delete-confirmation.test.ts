import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { DELETE as deleteRoute } from "@/app/api/v1/scenarios/[id]/route";
import { toActionState } from "@/lib/auth/action-state";
import { deleteScenario } from "@/lib/data/scenarios/delete-scenario";
import { getDeletionImpact } from "@/lib/data/scenarios/get-deletion-impact";
import { setDefaultScenario } from "@/lib/data/scenarios/set-default-scenario";
import { updateScenario } from "@/lib/data/scenarios/update-scenario";
import { db } from "@/lib/db";
import { ForbiddenError, ValidationError } from "@/lib/errors";
import { callRoute } from "@/tests/support/call-route";

import { createScenarioWorld, type ScenarioWorld } from "./scenario-fixtures";

let w: ScenarioWorld;

beforeAll(async () => {
  w = await createScenarioWorld();
});

afterAll(async () => {
  await db.$disconnect();
});

// A team scenario with two revisions that two people use as their default: what the new user lost in one click.
async function sharedDefault(): Promise<string> {
  const id = await w.newTeam("teamAAdmin");
  await updateScenario({ id, user: w.caller("teamAAdmin"), input: { name: "team A by teamAAdmin", visibility: "team", teamId: w.ids.teamA.id, params: {} } });
  await setDefaultScenario({ user: w.caller("teamAMember"), scenarioId: id });
  await setDefaultScenario({ user: w.caller("teamAOwner"), scenarioId: id });
  return id;
}

const stillThere = async (id: string) => ({
  scenario: await db.scenario.count({ where: { id } }),
  revisions: await db.scenarioRevision.count({ where: { scenarioId: id } }),
  defaults: await db.user.count({ where: { defaultScenarioId: id } }),
});

describe("deleting a scenario from its page needs its name typed", () => {
  it.each([
    ["nothing typed", "", "Type the scenario's name to confirm"],
    ["a wrong name", "team A", "Does not match the scenario name"],
    ["the name in other case", "TEAM A BY TEAMAADMIN", "Does not match the scenario name"],
  ])("%s: a field error at confirm, nothing deleted", async (_label, typed, message) => {
    const id = await sharedDefault();
    const error = await deleteScenario({ id, user: w.caller("teamAAdmin"), confirmName: typed }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).status).toBe(422);
    // What the form shows: the message at the confirm field.
    expect(toActionState(error).fieldErrors).toEqual({ confirm: message });
    expect(await stillThere(id)).toEqual({ scenario: 1, revisions: 2, defaults: 2 });
  });

  it("the right name (spaces around ignored) deletes it with its revisions and clears the defaults", async () => {
    const id = await sharedDefault();
    await expect(deleteScenario({ id, user: w.caller("teamAAdmin"), confirmName: "  team A by teamAAdmin " })).resolves.toEqual({ id });
    expect(await stillThere(id)).toEqual({ scenario: 0, revisions: 0, defaults: 0 });
  });

  it("a reader who may not delete gets 403 whatever they type, and nothing is deleted", async () => {
    const id = await sharedDefault();
    for (const typed of ["", "team A by teamAAdmin"]) {
      await expect(deleteScenario({ id, user: w.caller("teamAMember"), confirmName: typed })).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect(await stillThere(id)).toEqual({ scenario: 1, revisions: 2, defaults: 2 });
  });

  it("the API DELETE keeps its contract: the call is the confirmation (204)", async () => {
    const id = await sharedDefault();
    const res = await callRoute(deleteRoute, `/api/v1/scenarios/${id}`, { method: "DELETE", headers: w.headers("teamAAdmin"), params: { id } });
    expect(res.status, res.text).toBe(204);
    expect(await stillThere(id)).toEqual({ scenario: 0, revisions: 0, defaults: 0 });
  });
});

describe("getDeletionImpact: what the page says will be lost", () => {
  it("counts revisions and the people using it as their default, for editors only", async () => {
    const id = await sharedDefault();
    expect(await getDeletionImpact({ id, user: w.caller("teamAAdmin") })).toEqual({ revisions: 2, defaultForPeople: 2 });
    expect(await getDeletionImpact({ id: w.privateId, user: w.caller("user") })).toEqual({ revisions: 1, defaultForPeople: 0 });
    await expect(getDeletionImpact({ id, user: w.caller("teamAMember") })).rejects.toBeInstanceOf(ForbiddenError);
  });
});
