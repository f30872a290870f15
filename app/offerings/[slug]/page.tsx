import type { Metadata } from "next";
import { z } from "zod";

import { OfferingCostsSection } from "@/components/offerings/offering-costs";
import { ArrowIcon } from "@/components/ui/arrow-icon";
import { Link } from "@/components/ui/link";
import { QueryErrors } from "@/components/ui/query-errors";
import { SourceLink } from "@/components/ui/source-link";
import { SpecList } from "@/components/ui/spec";
import { TableWrap } from "@/components/ui/table-wrap";
import { getOffering, type OfferingHourCost } from "@/lib/data/catalog/get-offering";
import { getOfferingCosts } from "@/lib/data/offerings/get-offering-costs";
import { formatDay } from "@/lib/format/dates";
import { offeringKindLabel } from "@/lib/format/labels";
import { formatNumber, formatUsd } from "@/lib/format/numbers";
import { orNotFound, parseSearchParams } from "@/lib/http/page-helpers";
import { isoDateSchema } from "@/lib/validation/catalog";

const offeringPageQuerySchema = z.object({ asOf: isoDateSchema.optional() });

const KIND_DESCRIPTION = {
  cloud: "Cloud rental",
  onprem: "On-prem purchase",
  estimate: "Ownership estimate: an all-in cost of owning and running the part per hour (power and facility included), not a price anyone rents at",
} as const;

function hourCostText(cost: OfferingHourCost | null): string {
  if (!cost) return "—";
  if (cost.kind === "onprem") {
    const hourly =
      cost.usdPerAcceleratorHour == null ? "no power figure to cost an hour" : `${formatUsd(cost.usdPerAcceleratorHour, 3)}/h under the default assumptions`;
    return `${formatUsd(cost.capexUsdPerAccelerator, 0)} capex · ${hourly}`;
  }
  return `${formatUsd(cost.usdPerAcceleratorHour, 3)}/h${cost.kind === "estimate" ? " all-in (electricity, PUE and discounts do not change it)" : ""}`;
}

export async function generateMetadata({ params }: PageProps<"/offerings/[slug]">): Promise<Metadata> {
  return { title: (await params).slug };
}

export default async function OfferingPage({ params, searchParams }: PageProps<"/offerings/[slug]">) {
  const { slug } = await params;
  const { data: query, errors } = parseSearchParams(offeringPageQuerySchema, await searchParams);
  const [o, costs] = await Promise.all([orNotFound(getOffering({ slug, asOf: query.asOf })), getOfferingCosts({ slug, asOf: query.asOf })]);
  const current = o.current;
  const hourly = o.kind !== "onprem";
  return (
    <div className="space-y-8">
      <div>
        <p className="text-sm text-slate-500">
          <Link href="/offerings">Offerings</Link> / <Link href={`/vendors/${o.provider.slug}`}>{o.provider.name}</Link>
        </p>
        <h1 data-testid="page-title">{o.name}</h1>
        <QueryErrors errors={errors} />
        <p className="mt-2">
          <a href="#cost-per-million-tokens" data-testid="where-it-ranks">
            Where it ranks <ArrowIcon />
          </a>
        </p>
      </div>
      <SpecList
        items={[
          { label: "Kind", value: <span data-testid="offering-kind">{KIND_DESCRIPTION[o.kind]}</span> },
          { label: "Accelerator", value: <Link href={`/hardware/${o.accelerator.slug}`}>{o.accelerator.name}</Link> },
          { label: "Accelerators per unit", value: o.acceleratorsPerUnit },
          { label: "Region", value: o.region ?? "—" },
          {
            label: `${hourly ? (o.kind === "estimate" ? "Estimate" : "Price") : "Capex per unit"} in effect on ${o.asOf}`,
            value: (
              <span data-testid="current-price">
                {current
                  ? hourly
                    ? `${formatUsd(current.usdPerUnitHour)}/unit-hour (since ${formatDay(current.effectiveFrom)})`
                    : `${formatUsd(current.capexUsdPerUnit, 0)} (since ${formatDay(current.effectiveFrom)})`
                  : "no price in effect on that date"}
              </span>
            ),
          },
          { label: "Per accelerator", value: <span data-testid="per-accelerator-cost">{hourCostText(o.hourCost)}</span> },
          { label: "Pricing basis", value: current ? offeringKindLabel(o.kind, current.pricingBasis) : "—" },
          { label: "All-in power per unit", value: o.allInKwPerUnit ? `${formatNumber(o.allInKwPerUnit, 1)} kW` : "—" },
          { label: "Source", value: <SourceLink href={o.sourceUrl} date={o.sourceDate} /> },
        ]}
      />
      {o.notes ? <p className="text-sm text-slate-600 dark:text-slate-400">{o.notes}</p> : null}
      <OfferingCostsSection costs={costs} asOfParam={query.asOf} providerSlug={o.provider.slug} kind={o.kind} />
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
                <th scope="col">{hourly ? "$ per unit-hour" : "Capex per unit"}</th>
                <th scope="col">Per accelerator</th>
                <th scope="col">Source</th>
              </tr>
            </thead>
            <tbody>
              {o.prices.map((p) => {
                const unit = hourly ? p.usdPerUnitHour : p.capexUsdPerUnit;
                return (
                  <tr key={`${p.pricingBasis}-${formatDay(p.effectiveFrom)}`} data-current={p === current ? "true" : undefined}>
                    <td className="cell-main">{formatDay(p.effectiveFrom)}</td>
                    <td data-label="Pricing basis">{p.pricingBasis}</td>
                    <td className="cell-key">
                      {hourly ? formatUsd(unit) : formatUsd(unit, 0)}
                      {p === current ? <span className="ml-1 text-xs text-slate-500">(in effect)</span> : null}
                    </td>
                    <td data-label="Per accelerator">
                      {unit == null ? "—" : hourly ? `${formatUsd(unit / o.acceleratorsPerUnit)}/h` : formatUsd(unit / o.acceleratorsPerUnit, 0)}
                    </td>
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
