import { listAcceleratorsWithCoverage } from "@/lib/data/catalog/list-accelerators";
import { parseQuery, withErrors } from "@/lib/http/handler";
import { json } from "@/lib/http/json";
import { acceleratorListQuerySchema } from "@/lib/validation/catalog";
import { acceleratorListResponseSchema } from "@/lib/validation/responses";

export const GET = withErrors(async (request) => {
  const query = parseQuery(acceleratorListQuerySchema, request.url);
  return json(acceleratorListResponseSchema, { accelerators: await listAcceleratorsWithCoverage(query) });
});
