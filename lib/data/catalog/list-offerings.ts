import "server-only";

import { db } from "@/lib/db";
import { endOfDayUtc } from "@/lib/format/dates";
import { OFFERINGS_PAGE_SIZE, type OfferingListQuery } from "@/lib/validation/catalog";
import { clampPage } from "@/lib/validation/pagination";

import { pricingBasisFromDb, pricingBasisToDb } from "./pricing-basis";

type ListOfferingsInput = Partial<OfferingListQuery>;

/**
 * One page of offerings with the price in effect (today or asOf), sorted. Prices are versioned and the
 * sort keys are computed from the price in effect, so the filtered list is sorted here, then only the
 * requested page goes out (a vendor or the whole catalog can have hundreds). A page past the last
 * gives the last page.
 */
export async function listOfferings(query: ListOfferingsInput = {}) {
  const sorted = await sortedOfferings(query);
  const pageSize = query.pageSize ?? OFFERINGS_PAGE_SIZE;
  const { page, pageCount } = clampPage(query.page ?? 1, sorted.length, pageSize);
  return { offerings: sorted.slice((page - 1) * pageSize, page * pageSize), total: sorted.length, page, pageSize, pageCount };
}

async function sortedOfferings(query: ListOfferingsInput) {
  const asOf = endOfDayUtc(query.asOf);
  const rows = await db.offering.findMany({
    where: {
      ...(query.provider ? { provider: { slug: query.provider } } : {}),
      ...(query.accelerator ? { accelerator: { slug: query.accelerator } } : {}),
      ...(query.kind ? { kind: query.kind } : {}),
      ...(query.pricingBasis ? { prices: { some: { pricingBasis: pricingBasisToDb(query.pricingBasis) } } } : {}),
    },
    select: {
      slug: true,
      name: true,
      kind: true,
      region: true,
      acceleratorsPerUnit: true,
      allInKwPerUnit: true,
      sourceUrl: true,
      sourceDate: true,
      provider: { select: { slug: true, name: true } },
      accelerator: { select: { slug: true, name: true } },
      prices: {
        where: { effectiveFrom: { lte: asOf }, ...(query.pricingBasis ? { pricingBasis: pricingBasisToDb(query.pricingBasis) } : {}) },
        orderBy: { effectiveFrom: "desc" },
        take: 1,
        select: { pricingBasis: true, usdPerUnitHour: true, capexUsdPerUnit: true, effectiveFrom: true, sourceUrl: true },
      },
    },
  });

  const offerings = rows
    .filter((row) => row.prices.length > 0)
    .map(({ prices, ...row }) => {
      const price = prices[0];
      const unitPrice = row.kind === "onprem" ? price.capexUsdPerUnit : price.usdPerUnitHour;
      return {
        ...row,
        pricingBasis: pricingBasisFromDb(price.pricingBasis),
        usdPerUnitHour: price.usdPerUnitHour,
        capexUsdPerUnit: price.capexUsdPerUnit,
        // Per-accelerator figure in the offering's own unit ($/h for cloud and estimates, $ capex for on-prem).
        pricePerAccelerator: unitPrice == null ? null : unitPrice / row.acceleratorsPerUnit,
        priceEffectiveFrom: price.effectiveFrom,
        priceSourceUrl: price.sourceUrl,
      };
    });

  const sort = query.sort ?? "pricePerAccelerator";
  const direction = query.dir === "desc" ? -1 : 1;
  const keyOf = (o: (typeof offerings)[number]): string | number => {
    switch (sort) {
      case "name":
        return o.name;
      case "provider":
        return o.provider.name;
      case "accelerator":
        return o.accelerator.name;
      case "kind":
        return o.kind;
      case "price":
        return o.kind === "onprem" ? (o.capexUsdPerUnit ?? 0) : (o.usdPerUnitHour ?? 0);
      default:
        return o.pricePerAccelerator ?? 0;
    }
  };
  // Cloud $/h, ownership-estimate $/h and on-prem capex are different things: sort by kind first
  // whenever a price is the key (cloud, then estimates, then on-prem).
  const byPrice = sort === "price" || sort === "pricePerAccelerator";
  const kindOrder = { cloud: 0, estimate: 1, onprem: 2 } as const;
  return offerings.sort((a, b) => {
    if (byPrice && a.kind !== b.kind) return kindOrder[a.kind] - kindOrder[b.kind];
    const ka = keyOf(a);
    const kb = keyOf(b);
    const cmp = typeof ka === "number" && typeof kb === "number" ? ka - kb : String(ka).localeCompare(String(kb));
    return cmp * direction || a.slug.localeCompare(b.slug);
  });
}

export type OfferingListItem = Awaited<ReturnType<typeof sortedOfferings>>[number];
export type OfferingPage = Awaited<ReturnType<typeof listOfferings>>;
