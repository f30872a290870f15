import { listOfferings } from "@/lib/data/catalog/list-offerings";
import { parseQuery, withErrors } from "@/lib/http/handler";
import { json } from "@/lib/http/json";
import { offeringListQuerySchema } from "@/lib/validation/catalog";
import { offeringListResponseSchema } from "@/lib/validation/responses";

export const GET = withErrors(async (request) => {
  const query = parseQuery(offeringListQuerySchema, request.url);
  const { offerings, total, page, pageSize, pageCount } = await listOfferings(query);
  return json(offeringListResponseSchema, { total, page, pageSize, pageCount, offerings });
});
