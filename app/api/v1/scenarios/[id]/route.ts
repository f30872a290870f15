import { NextResponse } from "next/server";

import { scenarioApiCaller } from "@/lib/data/scenarios/api-caller";
import { deleteScenario } from "@/lib/data/scenarios/delete-scenario";
import { getScenario } from "@/lib/data/scenarios/get-scenario";
import { updateScenario } from "@/lib/data/scenarios/update-scenario";
import { parseQuery, readJsonBody, withErrors } from "@/lib/http/handler";
import { json } from "@/lib/http/json";
import { scenarioResponseSchema } from "@/lib/validation/responses";
import { revisionQuerySchema } from "@/lib/validation/scenario-query";

type Context = { params: Promise<{ id: string }> };

export const GET = withErrors(async (request, { params }: Context) => {
  const caller = await scenarioApiCaller(request, "scenarios:read");
  const { revision } = parseQuery(revisionQuerySchema, request.url);
  return json(scenarioResponseSchema, { scenario: await getScenario({ id: (await params).id, user: caller, revision }) });
});

// Adds a revision: earlier revisions stay as they were.
export const PUT = withErrors(async (request, { params }: Context) => {
  const caller = await scenarioApiCaller(request, "scenarios:write");
  const body = await readJsonBody(request);
  return json(scenarioResponseSchema, { scenario: await updateScenario({ id: (await params).id, user: caller, input: body }) });
});

export const DELETE = withErrors(async (request, { params }: Context) => {
  const caller = await scenarioApiCaller(request, "scenarios:write");
  await deleteScenario({ id: (await params).id, user: caller });
  return new NextResponse(null, { status: 204 });
});
