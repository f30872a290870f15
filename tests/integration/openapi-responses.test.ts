// Acceptance: every operation's success response in /api/openapi.json has a JSON schema, and real
// responses of every operation validate against it. The document is fetched from its own route, so what
// is checked is what clients generate their types from.
import { randomInt } from "node:crypto";
import { Ajv2020 } from "ajv/dist/2020.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { GET as healthRoute } from "@/app/api/health/route";
import { GET as openapiRoute } from "@/app/api/openapi.json/route";
import { GET as readyRoute } from "@/app/api/ready/route";
import { GET as acceleratorsRoute } from "@/app/api/v1/accelerators/route";
import { POST as importsRoute } from "@/app/api/v1/imports/route";
import { GET as leaderboardRoute } from "@/app/api/v1/leaderboard/route";
import { GET as meRoute } from "@/app/api/v1/me/route";
import { GET as modelsRoute } from "@/app/api/v1/models/route";
import { GET as offeringsRoute } from "@/app/api/v1/offerings/route";
import { GET as planRoute } from "@/app/api/v1/plan/route";
import { GET as resultsRoute } from "@/app/api/v1/results/route";
import { GET as revisionsRoute } from "@/app/api/v1/scenarios/[id]/revisions/route";
import { DELETE as deleteScenarioRoute, GET as getScenarioRoute, PUT as putScenarioRoute } from "@/app/api/v1/scenarios/[id]/route";
import { POST as createScenarioRoute, GET as listScenariosRoute } from "@/app/api/v1/scenarios/route";
import { POST as reviewRoute } from "@/app/api/v1/submissions/[id]/review/route";
import { GET as getSubmissionRoute } from "@/app/api/v1/submissions/[id]/route";
import { POST as postSubmissionsRoute } from "@/app/api/v1/submissions/route";
import { GET as vendorsRoute } from "@/app/api/v1/vendors/route";
import { createPrismaClient, type PrismaClient } from "@/lib/db/client";
import { callRoute } from "@/tests/support/call-route";
import { createIdentities, type Identities } from "@/tests/support/identities";

import { jsonPost, multipartPost, plausibleSubmission, readFixture } from "./submissions/submission-fixtures";

type Doc = { paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: object }> }> }>> };
type Called = { status: number; body: unknown; text: string };

let prisma: PrismaClient;
let ids: Identities;
let doc: Doc;
const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
const exercised = new Set<string>();

beforeAll(async () => {
  prisma = createPrismaClient();
  ids = await createIdentities(prisma);
  doc = (await callRoute(openapiRoute, "/api/openapi.json")).body as Doc;
});

afterAll(async () => {
  await prisma.$disconnect();
});

/** Validates a real response against the schema the document gives for its method, path and status. */
function expectDocumented(method: string, path: string, res: Called, expectedStatus: number) {
  expect(res.status, res.text.slice(0, 500)).toBe(expectedStatus);
  const schema = doc.paths[path]?.[method]?.responses[String(res.status)]?.content?.["application/json"]?.schema;
  expect(schema, `${method.toUpperCase()} ${path} ${res.status} has no JSON schema`).toBeDefined();
  const validate = ajv.compile(schema!);
  const valid = validate(res.body);
  expect(validate.errors ?? [], `${method.toUpperCase()} ${path}`).toEqual([]);
  expect(valid).toBe(true);
  exercised.add(`${method} ${path}`);
}

const auth = (key: Parameters<Identities["authHeaders"]>[0]) => ids.authHeaders(key);
const JSON_TYPE = { "content-type": "application/json" };

describe("API responses match /api/openapi.json", () => {
  it("ops and identity", async () => {
    expectDocumented("get", "/api/health", await callRoute(healthRoute, "/api/health"), 200);
    expectDocumented("get", "/api/ready", await callRoute(readyRoute, "/api/ready"), 200);
    expectDocumented("get", "/api/v1/me", await callRoute(meRoute, "/api/v1/me", { headers: auth("user") }), 200);
  });

  it("catalog and leaderboard", async () => {
    expectDocumented("get", "/api/v1/vendors", await callRoute(vendorsRoute, "/api/v1/vendors"), 200);
    expectDocumented("get", "/api/v1/accelerators", await callRoute(acceleratorsRoute, "/api/v1/accelerators"), 200);
    expectDocumented("get", "/api/v1/models", await callRoute(modelsRoute, "/api/v1/models"), 200);
    expectDocumented("get", "/api/v1/offerings", await callRoute(offeringsRoute, "/api/v1/offerings"), 200);
    expectDocumented("get", "/api/v1/results", await callRoute(resultsRoute, "/api/v1/results?pageSize=50"), 200);
    expectDocumented("get", "/api/v1/plan", await callRoute(planRoute, "/api/v1/plan?model=llama-2-70b&outputTokensPerDay=1e9"), 200);
    const board = await callRoute(leaderboardRoute, "/api/v1/leaderboard?limit=50");
    expectDocumented("get", "/api/v1/leaderboard", board, 200);
    expect((board.body as { rows: unknown[] }).rows.length).toBeGreaterThan(0);
  });

  it("scenarios: create, read, list, edit, history, delete", async () => {
    const headers = { ...auth("user"), ...JSON_TYPE };
    const created = await callRoute(createScenarioRoute, "/api/v1/scenarios", {
      method: "POST",
      headers,
      body: JSON.stringify({ name: "Documented", params: { pue: 1.3 } }),
    });
    expectDocumented("post", "/api/v1/scenarios", created, 201);
    const id = (created.body as { scenario: { id: string } }).scenario.id;
    const params = { id };
    expectDocumented("get", "/api/v1/scenarios", await callRoute(listScenariosRoute, "/api/v1/scenarios", { headers }), 200);
    expectDocumented("get", "/api/v1/scenarios/{id}", await callRoute(getScenarioRoute, `/api/v1/scenarios/${id}`, { headers, params }), 200);
    const edited = await callRoute(putScenarioRoute, `/api/v1/scenarios/${id}`, {
      method: "PUT",
      headers,
      params,
      body: JSON.stringify({ name: "Documented 2", params: { pue: 1.4 } }),
    });
    expectDocumented("put", "/api/v1/scenarios/{id}", edited, 200);
    expectDocumented("get", "/api/v1/scenarios/{id}/revisions", await callRoute(revisionsRoute, `/api/v1/scenarios/${id}/revisions`, { headers, params }), 200);
    const deleted = await callRoute(deleteScenarioRoute, `/api/v1/scenarios/${id}`, { method: "DELETE", headers, params });
    expect(deleted.status).toBe(204);
    exercised.add("delete /api/v1/scenarios/{id}");
  });

  it("submissions: one, a batch, read, review", async () => {
    const one = await callRoute(postSubmissionsRoute, "/api/v1/submissions", jsonPost(plausibleSubmission(), auth("user")));
    expectDocumented("post", "/api/v1/submissions", one, 201);
    const batch = await callRoute(
      postSubmissionsRoute,
      "/api/v1/submissions",
      jsonPost({ submissions: [plausibleSubmission(), plausibleSubmission({ acceleratorCount: 2, outputTokensPerSecond: 3000 })] }, auth("user")),
    );
    expectDocumented("post", "/api/v1/submissions", batch, 201);
    const id = (one.body as { id: string }).id;
    expectDocumented(
      "get",
      "/api/v1/submissions/{id}",
      await callRoute(getSubmissionRoute, `/api/v1/submissions/${id}`, { headers: auth("user"), params: { id } }),
      200,
    );
    const reviewed = await callRoute(reviewRoute, `/api/v1/submissions/${id}/review`, {
      ...jsonPost({ decision: "reject", note: "Documented response check" }, auth("moderator")),
      params: { id },
    });
    expectDocumented("post", "/api/v1/submissions/{id}/review", reviewed, 200);
  });

  it("imports: a dry run", async () => {
    // Whitespace makes the file new (its SHA-256 differs), whatever other tests imported before.
    const bytes = `${readFixture("tests/fixtures/vllm/vllm-bench-serve-llama3.1-8b-c4.json")}\n${" ".repeat(randomInt(1, 10_000))}`;
    const defaults = { accelerator: "h100-sxm", acceleratorCount: "1", precision: "BF16", dryRun: "true" };
    const res = await callRoute(importsRoute, "/api/v1/imports", multipartPost(defaults, { bytes, name: "documented.json" }, auth("user")));
    expectDocumented("post", "/api/v1/imports", res, 200);
    // The form that was accepted is one the documented multipart body allows (the file part as its text).
    const body = (doc.paths["/api/v1/imports"].post as { requestBody?: { content: Record<string, { schema: object }> } }).requestBody;
    const form = body?.content["multipart/form-data"]?.schema;
    expect(form, "POST /api/v1/imports documents no multipart/form-data body").toBeDefined();
    const validate = ajv.compile(form!);
    expect(validate({ ...defaults, file: bytes }) ? [] : validate.errors).toEqual([]);
    expect(validate({ ...defaults, dryRun: "yes", file: bytes }), "an undocumented dryRun value").toBe(false);
    expect(validate(defaults), "no file part").toBe(false);
  });

  it("imports: any other content type is the documented 415, nothing written", async () => {
    const res = await callRoute(importsRoute, "/api/v1/imports", jsonPost({ file: "{}" }, auth("user")));
    expect(res.status).toBe(415);
    expect(res.body).toEqual({ errors: [{ path: "(body)", message: expect.stringMatching(/multipart\/form-data/) }] });
    expect(doc.paths["/api/v1/imports"].post.responses["415"]).toBeDefined();
  });

  it("exercised every documented operation", () => {
    const documented = Object.entries(doc.paths).flatMap(([path, methods]) => Object.keys(methods).map((method) => `${method} ${path}`));
    expect(documented.filter((op) => !exercised.has(op))).toEqual([]);
  });
});
