import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { GET as leaderboardRoute } from "@/app/api/v1/leaderboard/route";
import { GET as getRoute, PUT as putRoute } from "@/app/api/v1/scenarios/[id]/route";
import { POST as createRoute } from "@/app/api/v1/scenarios/route";
import { toActionState } from "@/lib/auth/action-state";
import { createScenario } from "@/lib/data/scenarios/create-scenario";
import { getModelNames } from "@/lib/data/scenarios/get-model-names";
import { listRevisions } from "@/lib/data/scenarios/list-revisions";
import { updateScenario } from "@/lib/data/scenarios/update-scenario";
import { db } from "@/lib/db";
import { formDataToScenarioInput } from "@/lib/validation/scenario";
import { callRoute } from "@/tests/support/call-route";

import { createScenarioWorld, type ScenarioWorld } from "./scenario-fixtures";

let w: ScenarioWorld;
// In the seeded catalog.
const KNOWN_MODEL = "llama-2-70b";

beforeAll(async () => {
  w = await createScenarioWorld();
});

afterAll(async () => {
  await db.$disconnect();
});

const JSON_TYPE = { "content-type": "application/json" };
const post = (body: unknown) =>
  callRoute(createRoute, "/api/v1/scenarios", { method: "POST", headers: w.headers("user", JSON_TYPE), body: JSON.stringify(body) });
const put = (id: string, body: unknown) =>
  callRoute(putRoute, `/api/v1/scenarios/${id}`, { method: "PUT", headers: w.headers("user", JSON_TYPE), params: { id }, body: JSON.stringify(body) });
// Scoped to this world's user: other test files write scenarios at the same time.
const counts = async () => {
  const ownerId = w.caller("user")!.id;
  return { scenarios: await db.scenario.count({ where: { ownerId } }), revisions: await db.scenarioRevision.count({ where: { scenario: { ownerId } } }) };
};

describe("POST /api/v1/scenarios: unknown model types and models are a 422 at their field, nothing written", () => {
  it.each([
    ["unknown model type", { modelType: "nonexistent" }, [{ path: "params.modelType", message: 'Unknown model type "nonexistent"' }]],
    ["unknown model", { models: ["nope-model"] }, [{ path: "params.models", message: 'Unknown model "nope-model"' }]],
    [
      "unknown models among known ones",
      { models: [KNOWN_MODEL, "nope-model", "other-model", "nope-model"] },
      [{ path: "params.models", message: 'Unknown models "nope-model", "other-model"' }],
    ],
  ])("%s", async (_label, params, errors) => {
    const before = await counts();
    const res = await post({ name: "x", params });
    expect(res.status, res.text).toBe(422);
    expect(res.body.errors).toEqual(errors);
    expect(await counts()).toEqual(before);
  });

  it("known model types and models still save", async () => {
    const res = await post({ name: "known", params: { modelType: "dense-70b", models: [KNOWN_MODEL] } });
    expect(res.status, res.text).toBe(201);
    expect(res.body.scenario.params).toMatchObject({ modelType: "dense-70b", models: [KNOWN_MODEL] });
  });
});

describe("PUT /api/v1/scenarios/:id: the same checks, no revision added", () => {
  it.each([
    ["unknown model type", { modelType: "nonexistent" }, "params.modelType", 'Unknown model type "nonexistent"'],
    ["unknown model", { models: ["nope-model"] }, "params.models", 'Unknown model "nope-model"'],
  ])("%s", async (_label, params, path, message) => {
    const id = await w.newPrivate();
    const before = await counts();
    const res = await put(id, { name: "edited", params });
    expect(res.status, res.text).toBe(422);
    expect(res.body.errors).toEqual([{ path, message }]);
    expect(await counts()).toEqual(before);
    expect(await db.scenario.findUniqueOrThrow({ where: { id }, select: { latestRevision: true, name: true } })).toEqual({
      latestRevision: 1,
      name: "private of user",
    });
  });
});

describe("the scenario form: same data functions, the error lands on the form field", () => {
  const form = (models: string[], modelType?: string) => {
    const data = new FormData();
    data.set("name", "From the form");
    if (modelType) data.set("modelType", modelType);
    for (const m of models) data.append("models", m);
    return formDataToScenarioInput(data);
  };
  const stateOf = async (run: () => Promise<unknown>) => {
    try {
      await run();
    } catch (error) {
      return toActionState(error);
    }
    throw new Error("expected the save to be refused");
  };

  it("create: unknown model at params.models, nothing written", async () => {
    const before = await counts();
    const state = await stateOf(() => createScenario({ user: w.caller("user"), input: form(["nope-model"]) }));
    expect(state.fieldErrors).toEqual({ "params.models": 'Unknown model "nope-model"' });
    expect(await counts()).toEqual(before);
  });

  it("edit: unknown model type at params.modelType, no revision added", async () => {
    const id = await w.newPrivate();
    const before = await counts();
    const state = await stateOf(() => updateScenario({ id, user: w.caller("user"), input: form([KNOWN_MODEL], "dense-999b") }));
    expect(state.fieldErrors).toEqual({ "params.modelType": 'Unknown model type "dense-999b"' });
    expect(await counts()).toEqual(before);
  });
});

describe("scenarios saved before the check, with unknown slugs", () => {
  it("still open and list their revisions; the leaderboard under them is a clear 400", async () => {
    const id = await w.newPrivate();
    await db.scenarioRevision.update({
      where: { scenarioId_revision: { scenarioId: id, revision: 1 } },
      data: { params: { modelType: "nonexistent", models: ["nope-model"] } },
    });
    const got = await callRoute(getRoute, `/api/v1/scenarios/${id}`, { headers: w.headers("user"), params: { id } });
    expect(got.status, got.text).toBe(200);
    expect(got.body.scenario.params.modelType).toBe("nonexistent");
    expect((await listRevisions({ id, user: w.caller("user") }))[0].params.models).toEqual(["nope-model"]);
    const board = await callRoute(leaderboardRoute, `/api/v1/leaderboard?scenario=${id}`, { headers: w.headers("user") });
    expect(board.status).toBe(400);
    expect(board.body.errors).toEqual([{ path: "modelType", message: 'Unknown model type "nonexistent"' }]);
  });
});

describe("getModelNames", () => {
  it("names the catalog's models in one map and leaves unknown slugs out", async () => {
    const model = await db.model.findUniqueOrThrow({ where: { slug: KNOWN_MODEL }, select: { name: true } });
    expect(await getModelNames({ slugs: [KNOWN_MODEL, "nope-model", KNOWN_MODEL] })).toEqual({ [KNOWN_MODEL]: model.name });
    expect(await getModelNames({ slugs: [] })).toEqual({});
  });
});
