import Link from "next/link";
import type { Metadata } from "next";
import { getOffering } from "@/lib/data/catalog/get-offering";
import { orNotFound } from "@/lib/http/page-helpers";
import { SpecList } from "@/components/ui/spec";
import { SourceLink } from "@/components/ui/source-link";
import { TableWrap } from "@/components/ui/table-wrap";
import { formatUsd, formatNumber } from "@/lib/format/numbers";
import { formatDay } from "@/lib/format/dates";

export async function generateMetadata({ params }: PageProps<"/offerings/[slug]">): Promise<Metadata> {
  return { title: (await params).slug };
}

export default async function OfferingPage({ params }: PageProps<"/offerings/[slug]">) {
  const { slug } = await params;
  const o = await orNotFound(getOffering({ slug }));
  const current = o.prices[0];
  return (
    <div className="space-y-8">
      <div>
        <p className="text-sm text-slate-500">
          <Link href="/offerings">Offerings</Link> / <Link href={`/vendors/${o.provider.slug}`}>{o.provider.name}</Link>
        </p>
        <h1 data-testid="page-title">{o.name}</h1>
        <p className="mt-2">
          <Link href={`/leaderboard?vendor=${o.provider.slug}&deployment=${o.kind}`}>Where it ranks →</Link>
        </p>
      </div>
      <SpecList
        items={[
          { label: "Kind", value: o.kind === "cloud" ? "Cloud rental" : "On-prem purchase" },
          { label: "Accelerator", value: <Link href={`/hardware/${o.accelerator.slug}`}>{o.accelerator.name}</Link> },
          { label: "Accelerators per unit", value: o.acceleratorsPerUnit },
          { label: "Region", value: o.region ?? "—" },
          {
            label: o.kind === "cloud" ? "Current price" : "Capex per unit",
            value: current ? (o.kind === "cloud" ? `${formatUsd(current.usdPerUnitHour)}/unit-hour` : formatUsd(current.capexUsdPerUnit, 0)) : "—",
          },
          { label: "Pricing basis", value: current?.pricingBasis ?? "—" },
          { label: "All-in power per unit", value: o.allInKwPerUnit ? `${formatNumber(o.allInKwPerUnit, 1)} kW` : "—" },
          { label: "Source", value: <SourceLink href={o.sourceUrl} date={o.sourceDate} /> },
        ]}
      />
      {o.notes ? <p className="text-sm text-slate-600 dark:text-slate-400">{o.notes}</p> : null}
      <section aria-labelledby="history">
        <h2 id="history" className="mb-2">
          Price history
        </h2>
        <TableWrap label="Price history">
          <table data-testid="price-history" className="stack-on-phone">
            <thead>
              <tr>
                <th scope="col">Effective from</th>
                <th scope="col">Pricing basis</th>
                <th scope="col">{o.kind === "cloud" ? "$ per unit-hour" : "Capex per unit"}</th>
                <th scope="col">Per accelerator</th>
                <th scope="col">Source</th>
              </tr>
            </thead>
            <tbody>
              {o.prices.map((p) => {
                const unit = o.kind === "cloud" ? p.usdPerUnitHour : p.capexUsdPerUnit;
                return (
                  <tr key={`${p.pricingBasis}-${formatDay(p.effectiveFrom)}`}>
                    <td className="cell-main">{formatDay(p.effectiveFrom)}</td>
                    <td data-label="Pricing basis">{p.pricingBasis}</td>
                    <td className="cell-key">{o.kind === "cloud" ? formatUsd(unit) : formatUsd(unit, 0)}</td>
                    <td data-label="Per accelerator">{unit == null ? "—" : o.kind === "cloud" ? `${formatUsd(unit / o.acceleratorsPerUnit)}/h` : formatUsd(unit / o.acceleratorsPerUnit, 0)}</td>
                    <td>
                      <SourceLink href={p.sourceUrl} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableWrap>
      </section>
    </div>
  );
}
