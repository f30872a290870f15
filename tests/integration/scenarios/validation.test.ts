import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { PUT as putRoute } from "@/app/api/v1/scenarios/[id]/route";
import { POST as createRoute } from "@/app/api/v1/scenarios/route";
import { db } from "@/lib/db";
import { callRoute } from "@/tests/support/call-route";

import { createScenarioWorld, type ScenarioWorld } from "./scenario-fixtures";

let w: ScenarioWorld;

beforeAll(async () => {
  w = await createScenarioWorld();
});

afterAll(async () => {
  await db.$disconnect();
});

const post = (body: unknown) =>
  callRoute(createRoute, "/api/v1/scenarios", {
    method: "POST",
    headers: w.headers("user", { "content-type": "application/json" }),
    body: typeof body === "string" ? body : JSON.stringify(body),
  });

describe("scenario bodies: 422 with field paths, nothing written", () => {
  const cases: [string, unknown, { path: string; message: string }[]][] = [
    [
      "utilization above 1",
      { name: "x", params: { utilization: 1.5 } },
      [{ path: "params.utilization", message: "Must be between 0.01 and 1 share of hours" }],
    ],
    [
      "negative electricity",
      { name: "x", params: { electricityUsdPerKwh: -0.1 } },
      [{ path: "params.electricityUsdPerKwh", message: "Must be between 0 and 1 $/kWh" }],
    ],
    ["PUE as text", { name: "x", params: { pue: "1.2" } }, [{ path: "params.pue", message: "PUE must be a number" }]],
    ["unknown precision", { name: "x", params: { precisions: ["FP8", "FP3"] } }, [{ path: "params.precisions.1", message: expect.any(String) }]],
    ["unknown parameter", { name: "x", params: { colour: "blue" } }, [{ path: "params.colour", message: 'Unknown field "colour"' }]],
    ["unknown top-level field", { name: "x", params: {}, ownerId: "someone" }, [{ path: "ownerId", message: 'Unknown field "ownerId"' }]],
    ["missing params", { name: "x" }, [{ path: "params", message: expect.any(String) }]],
    ["blank name", { name: "  ", params: {} }, [{ path: "name", message: "Enter a scenario name" }]],
    ["team without teamId", { name: "x", visibility: "team", params: {} }, [{ path: "teamId", message: "Choose the team to share this scenario with" }]],
    ["bad token basis", { name: "x", params: { tokenBasis: "input" } }, [{ path: "params.tokenBasis", message: expect.any(String) }]],
  ];
  for (const [label, body, errors] of cases) {
    it(label, async () => {
      const before = await db.scenario.count();
      const res = await post(body);
      expect(res.status, res.text).toBe(422);
      expect(res.body.errors).toEqual(errors);
      expect(await db.scenario.count()).toBe(before);
    });
  }

  it("malformed JSON is a 400, not a 500", async () => {
    const res = await post("{not json");
    expect(res.status).toBe(400);
    expect(res.body.errors[0].path).toBe("(body)");
  });

  it("PUT validates the same way and adds no revision", async () => {
    const id = await w.newPrivate();
    const res = await callRoute(putRoute, `/api/v1/scenarios/${id}`, {
      method: "PUT",
      headers: w.headers("user", { "content-type": "application/json" }),
      params: { id },
      body: JSON.stringify({ name: "x", params: { amortizationYears: 0 }, expectedRevision: 0 }),
    });
    expect(res.status).toBe(422);
    expect(res.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(["expectedRevision", "params.amortizationYears"]);
    expect(await db.scenarioRevision.count({ where: { scenarioId: id } })).toBe(1);
  });
});
