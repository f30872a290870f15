import { scenarioApiCaller } from "@/lib/data/scenarios/api-caller";
import { listRevisions } from "@/lib/data/scenarios/list-revisions";
import { withErrors } from "@/lib/http/handler";
import { json } from "@/lib/http/json";
import { revisionListResponseSchema } from "@/lib/validation/responses";

export const GET = withErrors(async (request, { params }: { params: Promise<{ id: string }> }) => {
  const caller = await scenarioApiCaller(request, "scenarios:read");
  return json(revisionListResponseSchema, { revisions: await listRevisions({ id: (await params).id, user: caller }) });
});
