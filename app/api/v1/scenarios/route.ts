import { NextResponse } from "next/server";
import { parseJsonBody, withErrors } from "@/lib/http/handler";
import { scenarioBodySchema } from "@/lib/validation/scenario";
import { scenarioApiCaller } from "@/lib/data/scenarios/api-caller";
import { listScenarios } from "@/lib/data/scenarios/list-scenarios";
import { createScenario } from "@/lib/data/scenarios/create-scenario";

export const GET = withErrors(async (request) => {
  const caller = await scenarioApiCaller(request, "scenarios:read");
  return NextResponse.json({ scenarios: await listScenarios({ caller }) });
});

export const POST = withErrors(async (request) => {
  const caller = await scenarioApiCaller(request, "scenarios:write");
  const body = await parseJsonBody(scenarioBodySchema, request, 422);
  const scenario = await createScenario({ caller, input: body });
  return NextResponse.json({ scenario }, { status: 201, headers: { Location: `/api/v1/scenarios/${scenario.id}` } });
});
