// The cost input of an offering at one price row: which price field counts depends on the offering kind
// (hourly rent, capex, or an all-in ownership estimate). One place, so the leaderboard, previews and
// sensitivity never disagree on it.
import type { OfferingCostInput, OfferingKind } from "./rank";

export type PricedOffering = { kind: OfferingKind; acceleratorsPerUnit: number; allInKwPerUnit?: number | null };
export type OfferingPriceFields = { usdPerUnitHour: number | null; capexUsdPerUnit: number | null };

/** Null when the price row lacks the field this kind of offering is costed from. */
export function offeringCostInput(offering: PricedOffering, price: OfferingPriceFields): OfferingCostInput | null {
  const { acceleratorsPerUnit } = offering;
  switch (offering.kind) {
    case "cloud":
      return price.usdPerUnitHour == null ? null : { kind: "cloud", usdPerUnitHour: price.usdPerUnitHour, acceleratorsPerUnit };
    case "estimate":
      return price.usdPerUnitHour == null ? null : { kind: "estimate", usdPerUnitHour: price.usdPerUnitHour, acceleratorsPerUnit };
    case "onprem":
      return price.capexUsdPerUnit == null
        ? null
        : { kind: "onprem", capexUsdPerUnit: price.capexUsdPerUnit, acceleratorsPerUnit, allInKwPerUnit: offering.allInKwPerUnit ?? null };
  }
}

/** The price row in effect at `asOfMs`: the newest one effective on or before it (rows in any order). */
export function priceInEffect<P extends { effectiveFrom: Date | number }>(prices: readonly P[], asOfMs: number): P | null {
  let best: P | null = null;
  const time = (p: P) => (typeof p.effectiveFrom === "number" ? p.effectiveFrom : p.effectiveFrom.getTime());
  for (const price of prices) {
    if (time(price) > asOfMs) continue;
    if (!best || time(price) > time(best)) best = price;
  }
  return best;
}
