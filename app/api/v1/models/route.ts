import { NextResponse } from "next/server";
import { listModelsWithCoverage } from "@/lib/data/catalog/list-models";
import { parseQuery, withErrors } from "@/lib/http/handler";
import { modelListQuerySchema } from "@/lib/validation/catalog";

export const GET = withErrors(async (request) => {
  const query = parseQuery(modelListQuerySchema, request.url);
  return NextResponse.json({ models: await listModelsWithCoverage(query) });
});
