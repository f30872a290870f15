import { NextResponse } from "next/server";
import { listAcceleratorsWithCoverage } from "@/lib/data/catalog/list-accelerators";
import { parseQuery, withErrors } from "@/lib/http/handler";
import { acceleratorListQuerySchema } from "@/lib/validation/catalog";

export const GET = withErrors(async (request) => {
  const query = parseQuery(acceleratorListQuerySchema, request.url);
  return NextResponse.json({ accelerators: await listAcceleratorsWithCoverage(query) });
});
