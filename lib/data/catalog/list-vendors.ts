import "server-only";

import type { z } from "zod";

import { db } from "@/lib/db";
import type { vendorListQuerySchema } from "@/lib/validation/catalog";

export async function listVendors(query: z.infer<typeof vendorListQuerySchema> = {}) {
  return db.vendor.findMany({
    where: query.kind ? { kind: query.kind } : {},
    orderBy: { name: "asc" },
    select: {
      slug: true,
      name: true,
      kind: true,
      website: true,
      description: true,
      sourceUrl: true,
      sourceDate: true,
      _count: { select: { accelerators: true, offerings: true } },
    },
  });
}
