import { NextResponse } from "next/server";
import { listModels } from "@/lib/data/catalog/list-models";
import { parseQuery, withErrors } from "@/lib/http/handler";
import { modelListQuerySchema } from "@/lib/validation/catalog";

export const GET = withErrors(async (request) => {
  const query = parseQuery(modelListQuerySchema, request.url);
  const models = await listModels(query);
  return NextResponse.json({ models: models.map(({ _count, ...m }) => ({ ...m, approvedResultCount: _count.submissions })) });
});
