import "server-only";

import { DEFAULT_ASSUMPTIONS, type CostAssumptions } from "@/lib/cost/assumptions";
import { offeringCostInput } from "@/lib/cost/offering-cost";
import { compareRows, computeRow, type OfferingCostInput, type OfferingKind, type RankedRow } from "@/lib/cost/rank";
import { paidAcceleratorCount, tokensPerSecondPerAccelerator } from "@/lib/cost/throughput";
import { db } from "@/lib/db";

// What a result would cost per million tokens if approved: on the cheapest catalog offering of its
// accelerator (any provider, cloud or on-prem, current price), under the portal's default
// assumptions. The numbers come from lib/cost, exactly as the leaderboard computes them.

export type CostPreviewPoint = {
  acceleratorId: string;
  acceleratorCount: number;
  prefillAcceleratorCount?: number | null;
  decodeAcceleratorCount?: number | null;
  outputTokensPerSecond: number;
  inputTokensPerSecond?: number | null;
  interactivityTokensPerSecondPerUser?: number | null;
  averagePowerWatts?: number | null;
};

export type CostPreview =
  | {
      available: true;
      tokenBasis: CostAssumptions["tokenBasis"];
      tokensPerSecondPerAccelerator: number;
      usdPerMillionTokens: number;
      usdPerAcceleratorHour: number;
      offering: { slug: string; name: string; kind: OfferingKind; pricingBasis: string };
      offeringsCompared: number;
      utilization: number;
    }
  | { available: false; tokensPerSecondPerAccelerator: number | null; reason: string };

type OfferingWithPrice = { slug: string; name: string; kind: OfferingKind; pricingBasis: string; cost: OfferingCostInput; provisionedKw: number | null };

export type OfferingPriceBook = Map<string, OfferingWithPrice[]>;

// Newest price of each offering effective today (any pricing basis), keyed by accelerator id.
export async function loadOfferingPriceBook(acceleratorIds: Iterable<string>, now = new Date()): Promise<OfferingPriceBook> {
  const ids = [...new Set(acceleratorIds)];
  const book: OfferingPriceBook = new Map();
  if (ids.length === 0) return book;
  const offerings = await db.offering.findMany({
    where: { acceleratorId: { in: ids } },
    select: {
      slug: true,
      name: true,
      kind: true,
      acceleratorId: true,
      acceleratorsPerUnit: true,
      allInKwPerUnit: true,
      accelerator: { select: { allInKwPerAccelerator: true } },
      prices: {
        where: { effectiveFrom: { lte: now } },
        orderBy: { effectiveFrom: "desc" },
        take: 1,
        select: { pricingBasis: true, usdPerUnitHour: true, capexUsdPerUnit: true },
      },
    },
  });
  for (const offering of offerings) {
    const price = offering.prices[0];
    if (!price) continue;
    const cost: OfferingCostInput | null = offeringCostInput(offering, price);
    if (!cost) continue;
    const list = book.get(offering.acceleratorId) ?? [];
    list.push({
      slug: offering.slug,
      name: offering.name,
      kind: offering.kind,
      pricingBasis: price.pricingBasis.replace("_", "-"),
      cost,
      provisionedKw: offering.accelerator.allInKwPerAccelerator,
    });
    book.set(offering.acceleratorId, list);
  }
  return book;
}

export function previewCostFromBook(point: CostPreviewPoint, book: OfferingPriceBook, assumptions: CostAssumptions = DEFAULT_ASSUMPTIONS): CostPreview {
  const throughputInput = { ...point, tokenBasis: assumptions.tokenBasis };
  const perAccelerator = tokensPerSecondPerAccelerator(throughputInput);
  if (perAccelerator == null || !(perAccelerator > 0)) {
    return { available: false, tokensPerSecondPerAccelerator: perAccelerator, reason: `No throughput on the ${assumptions.tokenBasis} token basis` };
  }
  const offerings = book.get(point.acceleratorId) ?? [];
  if (offerings.length === 0) {
    return { available: false, tokensPerSecondPerAccelerator: perAccelerator, reason: "No offering of this accelerator has a current price in the catalog" };
  }
  const measuredWattsPerAccelerator = point.averagePowerWatts ? point.averagePowerWatts / paidAcceleratorCount(throughputInput) : null;
  let best: { row: Omit<RankedRow<OfferingWithPrice>, "rank"> } | null = null;
  for (const offering of offerings) {
    const result = computeRow(
      {
        offeringSlug: offering.slug,
        modelSlug: "",
        offering: offering.cost,
        acceleratorProvisionedKw: offering.provisionedKw,
        point: {
          tokenBasis: assumptions.tokenBasis,
          tokensPerSecondPerAccelerator: perAccelerator,
          interactivity: point.interactivityTokensPerSecondPerUser ?? null,
          interpolated: false,
          sourceIds: [],
          measuredWattsPerAccelerator,
        },
        meta: offering,
      },
      assumptions,
    );
    if ("row" in result && (!best || compareRows(result.row, best.row) < 0)) best = { row: result.row };
  }
  if (!best) return { available: false, tokensPerSecondPerAccelerator: perAccelerator, reason: "None of this accelerator's offerings could be costed" };
  const meta = best.row.meta!;
  return {
    available: true,
    tokenBasis: assumptions.tokenBasis,
    tokensPerSecondPerAccelerator: perAccelerator,
    usdPerMillionTokens: best.row.usdPerMillionTokens,
    usdPerAcceleratorHour: best.row.usdPerAcceleratorHour,
    offering: { slug: meta.slug, name: meta.name, kind: meta.kind, pricingBasis: meta.pricingBasis },
    offeringsCompared: offerings.length,
    utilization: assumptions.utilization,
  };
}

export async function previewCost(point: CostPreviewPoint): Promise<CostPreview> {
  return previewCostFromBook(point, await loadOfferingPriceBook([point.acceleratorId]));
}
