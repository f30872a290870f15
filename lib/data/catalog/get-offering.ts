import "server-only";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { pricingBasisFromDb } from "./pricing-basis";

export async function getOffering({ slug }: { slug: string }) {
  const offering = await db.offering.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      name: true,
      kind: true,
      region: true,
      acceleratorsPerUnit: true,
      allInKwPerUnit: true,
      notes: true,
      sourceUrl: true,
      sourceDate: true,
      provider: { select: { slug: true, name: true } },
      accelerator: { select: { slug: true, name: true, allInKwPerAccelerator: true } },
      prices: {
        orderBy: { effectiveFrom: "desc" },
        select: { pricingBasis: true, usdPerUnitHour: true, capexUsdPerUnit: true, effectiveFrom: true, sourceUrl: true },
      },
    },
  });
  if (!offering) throw new NotFoundError(`No offering "${slug}"`);
  return { ...offering, prices: offering.prices.map((p) => ({ ...p, pricingBasis: pricingBasisFromDb(p.pricingBasis) })) };
}
