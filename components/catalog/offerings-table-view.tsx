"use client";

import type { ReactNode } from "react";

import { GlossaryLink } from "@/components/ui/glossary-link";
import { SourceLink } from "@/components/ui/source-link";
import { TableWrap } from "@/components/ui/table-wrap";

import type { OfferingsTableViewRow } from "./offerings-table";

// A client component fed plain JSON rows, like the leaderboard table: as server output each cell's
// element tree went into the page's RSC payload next to its HTML. Plain anchors for the same reason.
export function OfferingsTableView({ rows, sortLinks }: { rows: OfferingsTableViewRow[]; sortLinks?: Record<string, string> }) {
  // A sortable header with a glossary entry gets the two links side by side: an anchor inside an anchor
  // is invalid HTML, which the browser's parser splits in two, so React's hydration never matched the
  // server HTML and re-rendered the whole list, replacing the rows under a click.
  const header = (key: string, label: string, glossaryTerm?: string): ReactNode => {
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
            <th scope="col">{header("pricePerAccelerator", "Per accelerator", "usd-per-accelerator-hour")}</th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((o) => (
            <tr key={o.slug} data-testid="offering-row">
              <td>
                <a href={`/offerings/${o.slug}`}>{o.name}</a>
                {o.region ? <span className="block text-xs text-slate-500">{o.region}</span> : null}
              </td>
              <td>
                <a href={`/vendors/${o.provider.slug}`}>{o.provider.name}</a>
              </td>
              <td>
                <a href={`/hardware/${o.accelerator.slug}`}>{`${o.acceleratorsPerUnit}× ${o.accelerator.name}`}</a>
              </td>
              <td data-testid="offering-kind">{o.kindLabel}</td>
              <td>{o.pricingBasis}</td>
              <td className="whitespace-nowrap">{o.price}</td>
              <td className="whitespace-nowrap" data-testid="price-per-accelerator">
                {o.pricePerAccelerator}
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
