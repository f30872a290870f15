"use client";

import type { ReactNode } from "react";

import { GlossaryLink } from "@/components/ui/glossary-link";
import { SourceLink } from "@/components/ui/source-link";
import { TableWrap } from "@/components/ui/table-wrap";

import type { OfferingsTableViewRow } from "./offerings-table";

// The columns a list can be sorted by, with their headings.
const SORTABLE = {
  name: "Offering",
  provider: "Provider",
  accelerator: "Accelerator",
  kind: "Kind",
  price: "Price per unit",
  pricePerAccelerator: "Per accelerator",
} as const;
type SortKey = keyof typeof SORTABLE;

// A client component fed plain JSON rows, like the leaderboard table: as server output each cell's
// element tree went into the page's RSC payload next to its HTML. Plain anchors for the same reason.
export function OfferingsTableView({ rows, sortLinks }: { rows: OfferingsTableViewRow[]; sortLinks?: Record<string, string> }) {
  // A sortable header with a glossary entry gets the two links side by side: an anchor inside an anchor
  // is invalid HTML, which the browser's parser splits in two, so React's hydration never matched the
  // server HTML and re-rendered the whole list, replacing the rows under a click.
  const header = (key: SortKey, glossaryTerm?: string): ReactNode => {
    const label = SORTABLE[key];
    const sortHref = sortLinks?.[key];
    if (!sortHref) return glossaryTerm ? <GlossaryLink term={glossaryTerm}>{label}</GlossaryLink> : label;
    return (
      <>
        <a href={sortHref} className="text-inherit">
          {label}
        </a>
        {glossaryTerm ? (
          <>
            {" "}
            {/* At least 24 px square: a lone "?" is a small touch target (WCAG 2.5.8). */}
            <GlossaryLink term={glossaryTerm} className="inline-flex min-h-6 min-w-6 items-center justify-center">
              <span aria-hidden="true">?</span>
              <span className="sr-only">{`What "${label}" means`}</span>
            </GlossaryLink>
          </>
        ) : null}
      </>
    );
  };
  return (
    <>
      {sortLinks ? (
        // On a phone the rows are cards and the column headers are not drawn, so their sort links are here.
        <nav aria-label="Sort offerings" className="flex flex-wrap gap-x-4 text-sm sm:hidden" data-testid="offerings-sort">
          <span className="py-1 text-slate-600 dark:text-slate-400">Sort by</span>
          {Object.entries(SORTABLE)
            .filter(([key]) => sortLinks[key])
            .map(([key, label]) => (
              <a key={key} href={sortLinks[key]} className="inline-block py-1">
                {label}
              </a>
            ))}
        </nav>
      ) : null}
      <TableWrap label="Offerings">
        <table data-testid="offerings-table" className="stack-on-phone">
          <thead>
            <tr>
              <th scope="col">{header("name")}</th>
              <th scope="col">{header("provider")}</th>
              <th scope="col">{header("accelerator")}</th>
              <th scope="col">{header("kind")}</th>
              <th scope="col">Pricing basis</th>
              <th scope="col">{header("price")}</th>
              <th scope="col">{header("pricePerAccelerator", "usd-per-accelerator-hour")}</th>
              <th scope="col">Source</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((o) => (
              <tr key={o.slug} data-testid="offering-row">
                <td className="cell-main">
                  <a href={`/offerings/${o.slug}`}>{o.name}</a>
                  {o.region ? <span className="block text-xs text-slate-500">{o.region}</span> : null}
                </td>
                <td data-label="Provider">
                  <a href={`/vendors/${o.provider.slug}`}>{o.provider.name}</a>
                </td>
                <td data-label="Accelerators">
                  <a href={`/hardware/${o.accelerator.slug}`}>{`${o.acceleratorsPerUnit}× ${o.accelerator.name}`}</a>
                </td>
                <td data-testid="offering-kind" data-label="Kind">
                  {o.kindLabel}
                </td>
                <td data-label="Pricing basis">{o.pricingBasis}</td>
                <td className="whitespace-nowrap" data-label="Price per unit">
                  {o.price}
                </td>
                <td className="cell-key whitespace-nowrap" data-testid="price-per-accelerator" data-label="Per accelerator">
                  {o.pricePerAccelerator}
                </td>
                <td data-label="Source">
                  <SourceLink href={o.priceSourceUrl} date={o.priceEffectiveFrom} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </>
  );
}
