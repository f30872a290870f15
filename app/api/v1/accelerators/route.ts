import { listAccelerators } from "@/lib/data/catalog/list-accelerators";
import { parseQuery, withErrors } from "@/lib/http/handler";
import { acceleratorListQuerySchema } from "@/lib/validation/catalog";
import { acceleratorListResponseSchema } from "@/lib/validation/responses";
import { json } from "@/lib/http/json";

export const GET = withErrors(async (request) => {
  const query = parseQuery(acceleratorListQuerySchema, request.url);
  const accelerators = await listAccelerators(query);
  return json(acceleratorListResponseSchema, {
    accelerators: accelerators.map(({ _count, ...a }) => ({ ...a, offeringCount: _count.offerings, approvedResultCount: _count.submissions })),
  });
});
