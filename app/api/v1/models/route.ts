import { listModels } from "@/lib/data/catalog/list-models";
import { parseQuery, withErrors } from "@/lib/http/handler";
import { modelListQuerySchema } from "@/lib/validation/catalog";
import { modelListResponseSchema } from "@/lib/validation/responses";
import { json } from "@/lib/http/json";

export const GET = withErrors(async (request) => {
  const query = parseQuery(modelListQuerySchema, request.url);
  const models = await listModels(query);
  return json(modelListResponseSchema, { models: models.map(({ _count, ...m }) => ({ ...m, approvedResultCount: _count.submissions })) });
});
