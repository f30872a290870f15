import "server-only";

import {
  capexUsdPerAccelerator,
  cloudUsdPerAcceleratorHour,
  DEFAULT_ASSUMPTIONS,
  estimateUsdPerAcceleratorHour,
  offeringCostInput,
  onpremUsdPerAcceleratorHour,
  priceInEffect,
  resolveKwPerAccelerator,
} from "@/lib/cost";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { endOfDayUtc } from "@/lib/format/dates";

import { pricingBasisFromDb } from "./pricing-basis";

export type OfferingHourCost =
  | { kind: "cloud"; usdPerAcceleratorHour: number }
  | { kind: "estimate"; usdPerAcceleratorHour: number }
  | { kind: "onprem"; capexUsdPerAccelerator: number; usdPerAcceleratorHour: number | null };

// One offering with its price history, the price in effect on the as-of date (not simply the newest
// row: a price announced for next month is not the current one) and what that price means per
// accelerator-hour, computed by lib/cost under the default assumptions.
export async function getOffering({ slug, asOf }: { slug: string; asOf?: string }) {
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
      provider: { select: { slug: true, name: true, kind: true } },
      accelerator: { select: { slug: true, name: true, allInKwPerAccelerator: true } },
      prices: {
        orderBy: { effectiveFrom: "desc" },
        select: { pricingBasis: true, usdPerUnitHour: true, capexUsdPerUnit: true, effectiveFrom: true, sourceUrl: true },
      },
    },
  });
  if (!offering) throw new NotFoundError(`No offering "${slug}"`);
  const prices = offering.prices.map((p) => ({ ...p, pricingBasis: pricingBasisFromDb(p.pricingBasis) }));
  const asOfDay = asOf ?? new Date().toISOString().slice(0, 10);
  const current = priceInEffect(prices, endOfDayUtc(asOfDay).getTime());
  return { ...offering, prices, asOf: asOfDay, current, hourCost: current ? hourCost(offering, current) : null };
}

function hourCost(
  offering: {
    kind: "cloud" | "onprem" | "estimate";
    acceleratorsPerUnit: number;
    allInKwPerUnit: number | null;
    accelerator: { allInKwPerAccelerator: number | null };
  },
  price: { usdPerUnitHour: number | null; capexUsdPerUnit: number | null },
): OfferingHourCost | null {
  const input = offeringCostInput(offering, price);
  if (!input) return null;
  if (input.kind === "cloud")
    return { kind: "cloud", usdPerAcceleratorHour: cloudUsdPerAcceleratorHour({ ...input, discount: DEFAULT_ASSUMPTIONS.cloudDiscount }) };
  if (input.kind === "estimate") return { kind: "estimate", usdPerAcceleratorHour: estimateUsdPerAcceleratorHour(input) };
  const capex = capexUsdPerAccelerator(input.capexUsdPerUnit, input.acceleratorsPerUnit);
  const kw = resolveKwPerAccelerator({
    offeringAllInKwPerUnit: input.allInKwPerUnit,
    acceleratorsPerUnit: input.acceleratorsPerUnit,
    acceleratorProvisionedKw: offering.accelerator.allInKwPerAccelerator,
  });
  const hourly = kw
    ? onpremUsdPerAcceleratorHour({
        capexUsdPerAccelerator: capex,
        amortizationYears: DEFAULT_ASSUMPTIONS.amortizationYears,
        annualOpexRate: DEFAULT_ASSUMPTIONS.annualOpexRate,
        kwPerAccelerator: kw.kwPerAccelerator,
        kwIncludesFacility: kw.includesFacility,
        pue: DEFAULT_ASSUMPTIONS.pue,
        electricityUsdPerKwh: DEFAULT_ASSUMPTIONS.electricityUsdPerKwh,
      }).usdPerAcceleratorHour
    : null;
  return { kind: "onprem", capexUsdPerAccelerator: capex, usdPerAcceleratorHour: hourly };
}
