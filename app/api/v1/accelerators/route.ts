import { NextResponse } from "next/server";
import { listAccelerators } from "@/lib/data/catalog/list-accelerators";
import { parseQuery, withErrors } from "@/lib/http/handler";
import { acceleratorListQuerySchema } from "@/lib/validation/catalog";

export const GET = withErrors(async (request) => {
  const query = parseQuery(acceleratorListQuerySchema, request.url);
  const accelerators = await listAccelerators(query);
  return NextResponse.json({
    accelerators: accelerators.map(({ _count, ...a }) => ({ ...a, offeringCount: _count.offerings, approvedResultCount: _count.submissions })),
  });
});
