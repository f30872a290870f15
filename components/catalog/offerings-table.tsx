import type { OfferingListItem } from "@/lib/data/catalog/list-offerings";
import { OFFERING_KIND_LABELS, type OfferingKindValue } from "@/lib/format/labels";
import { formatUsd } from "@/lib/format/numbers";

import { OfferingsTableView } from "./offerings-table-view";

// What a row shows, formatted here: the browser gets the fields it shows, not the offering records.
function toViewRow(o: OfferingListItem) {
  return {
    slug: o.slug,
    name: o.name,
    region: o.region,
    provider: { slug: o.provider.slug, name: o.provider.name },
    accelerator: { slug: o.accelerator.slug, name: o.accelerator.name },
    acceleratorsPerUnit: o.acceleratorsPerUnit,
    kindLabel: OFFERING_KIND_LABELS[o.kind as OfferingKindValue] ?? o.kind,
    pricingBasis: o.pricingBasis,
    price: o.kind === "onprem" ? `${formatUsd(o.capexUsdPerUnit, 0)} capex` : `${formatUsd(o.usdPerUnitHour)}/h${o.kind === "estimate" ? " all-in" : ""}`,
    pricePerAccelerator: o.kind === "onprem" ? formatUsd(o.pricePerAccelerator, 0) : `${formatUsd(o.pricePerAccelerator)}/h`,
    priceSourceUrl: o.priceSourceUrl,
    priceEffectiveFrom: o.priceEffectiveFrom,
  };
}

export type OfferingsTableViewRow = ReturnType<typeof toViewRow>;

export function OfferingsTable({ offerings, sortLinks }: { offerings: OfferingListItem[]; sortLinks?: Record<string, string> }) {
  return <OfferingsTableView rows={offerings.map(toViewRow)} sortLinks={sortLinks} />;
}
