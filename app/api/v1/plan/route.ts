import { NextResponse } from "next/server";

import { getScenarioCaller } from "@/lib/auth/scenario-caller";
import { getPlanForQuery } from "@/lib/data/plans/get-plan-for-query";
import { parseQuery, withErrors } from "@/lib/http/handler";
import { json } from "@/lib/http/json";
import { planToCsv, serializePlan } from "@/lib/serializers/plan";
import { planQuerySchema } from "@/lib/validation/plan";
import { planResponseSchema } from "@/lib/validation/responses";

export const GET = withErrors(async (request) => {
  const query = parseQuery(planQuerySchema, request.url);
  const caller = query.scenario ? await getScenarioCaller(request) : null;
  const plan = await getPlanForQuery({ query, user: caller });
  if (query.format === "csv") {
    return new NextResponse(planToCsv(plan), {
      headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": 'attachment; filename="tokencost-plan.csv"' },
    });
  }
  return json(planResponseSchema, serializePlan(plan));
});
