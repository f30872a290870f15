import { NextResponse } from "next/server";
import { listVendors } from "@/lib/data/catalog/list-vendors";
import { parseQuery, withErrors } from "@/lib/http/handler";
import { vendorListQuerySchema } from "@/lib/validation/catalog";

export const GET = withErrors(async (request) => {
  const query = parseQuery(vendorListQuerySchema, request.url);
  const vendors = await listVendors(query);
  return NextResponse.json({
    vendors: vendors.map(({ _count, ...v }) => ({ ...v, acceleratorCount: _count.accelerators, offeringCount: _count.offerings })),
  });
});
