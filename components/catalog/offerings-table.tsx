import Link from "next/link";

import { GlossaryLink } from "@/components/ui/glossary-link";
import { SourceLink } from "@/components/ui/source-link";
import { TableWrap } from "@/components/ui/table-wrap";
import type { OfferingListItem } from "@/lib/data/catalog/list-offerings";
import { OFFERING_KIND_LABELS, type OfferingKindValue } from "@/lib/format/labels";
import { formatUsd } from "@/lib/format/numbers";

export function OfferingsTable({ offerings, sortLinks }: { offerings: OfferingListItem[]; sortLinks?: Record<string, string> }) {
  const header = (key: string, label: React.ReactNode) =>
    sortLinks?.[key] ? (
      <Link href={sortLinks[key]} className="text-inherit">
        {label}
      </Link>
    ) : (
      label
    );
  return (
    <TableWrap label="Offerings">
      <table data-testid="offerings-table">
        <thead>
          <tr>
            <th scope="col">{header("name", "Offering")}</th>
            <th scope="col">{header("provider", "Provider")}</th>
            <th scope="col">{header("accelerator", "Accelerator")}</th>
            <th scope="col">{header("kind", "Kind")}</th>
            <th scope="col">Pricing basis</th>
            <th scope="col">{header("price", "Price per unit")}</th>
            <th scope="col">{header("pricePerAccelerator", <GlossaryLink term="usd-per-accelerator-hour">Per accelerator</GlossaryLink>)}</th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {offerings.map((o) => (
            <tr key={o.slug} data-testid="offering-row">
              <td>
                <Link href={`/offerings/${o.slug}`}>{o.name}</Link>
                {o.region ? <span className="block text-xs text-slate-500">{o.region}</span> : null}
              </td>
              <td>
                <Link href={`/vendors/${o.provider.slug}`}>{o.provider.name}</Link>
              </td>
              <td>
                <Link href={`/hardware/${o.accelerator.slug}`}>
                  {o.acceleratorsPerUnit}× {o.accelerator.name}
                </Link>
              </td>
              <td data-testid="offering-kind">{OFFERING_KIND_LABELS[o.kind as OfferingKindValue] ?? o.kind}</td>
              <td>{o.pricingBasis}</td>
              <td className="whitespace-nowrap">
                {o.kind === "onprem" ? `${formatUsd(o.capexUsdPerUnit, 0)} capex` : `${formatUsd(o.usdPerUnitHour)}/h${o.kind === "estimate" ? " all-in" : ""}`}
              </td>
              <td className="whitespace-nowrap" data-testid="price-per-accelerator">
                {o.kind === "onprem" ? formatUsd(o.pricePerAccelerator, 0) : `${formatUsd(o.pricePerAccelerator)}/h`}
              </td>
              <td>
                <SourceLink href={o.priceSourceUrl} date={o.priceEffectiveFrom} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
