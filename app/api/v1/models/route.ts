import { listModelsWithCoverage } from "@/lib/data/catalog/list-models";
import { parseQuery, withErrors } from "@/lib/http/handler";
import { json } from "@/lib/http/json";
import { modelListQuerySchema } from "@/lib/validation/catalog";
import { modelListResponseSchema } from "@/lib/validation/responses";

export const GET = withErrors(async (request) => {
  const query = parseQuery(modelListQuerySchema, request.url);
  return json(modelListResponseSchema, { models: await listModelsWithCoverage(query) });
});
