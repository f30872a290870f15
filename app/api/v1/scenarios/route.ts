import { scenarioApiCaller } from "@/lib/data/scenarios/api-caller";
import { createScenario } from "@/lib/data/scenarios/create-scenario";
import { listScenarios } from "@/lib/data/scenarios/list-scenarios";
import { readJsonBody, withErrors } from "@/lib/http/handler";
import { json } from "@/lib/http/json";
import { scenarioListResponseSchema, scenarioResponseSchema } from "@/lib/validation/responses";

export const GET = withErrors(async (request) => {
  const caller = await scenarioApiCaller(request, "scenarios:read");
  return json(scenarioListResponseSchema, { scenarios: await listScenarios({ user: caller }) });
});

// createScenario parses the body: one validation boundary for the API, the form action and the CLIs.
export const POST = withErrors(async (request) => {
  const caller = await scenarioApiCaller(request, "scenarios:write");
  const body = await readJsonBody(request);
  const scenario = await createScenario({ user: caller, input: body });
  return json(scenarioResponseSchema, { scenario }, { status: 201, headers: { Location: `/api/v1/scenarios/${scenario.id}` } });
});
