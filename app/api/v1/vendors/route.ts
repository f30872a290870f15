import { listVendors } from "@/lib/data/catalog/list-vendors";
import { parseQuery, withErrors } from "@/lib/http/handler";
import { json } from "@/lib/http/json";
import { vendorListQuerySchema } from "@/lib/validation/catalog";
import { vendorListResponseSchema } from "@/lib/validation/responses";

export const GET = withErrors(async (request) => {
  const query = parseQuery(vendorListQuerySchema, request.url);
  const vendors = await listVendors(query);
  return json(vendorListResponseSchema, {
    vendors: vendors.map(({ _count, ...v }) => ({ ...v, acceleratorCount: _count.accelerators, offeringCount: _count.offerings })),
  });
});
