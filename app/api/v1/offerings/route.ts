import { NextResponse } from "next/server";
import { listOfferings } from "@/lib/data/catalog/list-offerings";
import { parseQuery, withErrors } from "@/lib/http/handler";
import { offeringListQuerySchema } from "@/lib/validation/catalog";

export const GET = withErrors(async (request) => {
  const query = parseQuery(offeringListQuerySchema, request.url);
  const offerings = await listOfferings(query);
  return NextResponse.json({ offerings });
});
