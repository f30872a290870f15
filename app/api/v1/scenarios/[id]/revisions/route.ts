import { NextResponse } from "next/server";
import { withErrors } from "@/lib/http/handler";
import { scenarioApiCaller } from "@/lib/data/scenarios/api-caller";
import { listRevisions } from "@/lib/data/scenarios/list-revisions";

export const GET = withErrors(async (request, { params }: { params: Promise<{ id: string }> }) => {
  const caller = await scenarioApiCaller(request, "scenarios:read");
  return NextResponse.json({ revisions: await listRevisions({ id: (await params).id, caller }) });
});
