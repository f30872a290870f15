import "server-only";

import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";

export async function getVendor({ slug }: { slug: string }) {
  const vendor = await db.vendor.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      name: true,
      kind: true,
      website: true,
      description: true,
      sourceUrl: true,
      sourceDate: true,
      accelerators: { select: { slug: true, name: true, family: true, memoryGb: true }, orderBy: { name: "asc" } },
    },
  });
  if (!vendor) throw new NotFoundError(`No vendor "${slug}"`);
  return vendor;
}
