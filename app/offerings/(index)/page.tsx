import type { Metadata } from "next";

import { OfferingFilters } from "@/components/catalog/offering-filters";
import { OfferingsTable } from "@/components/catalog/offerings-table";
import { Pager } from "@/components/ui/pager";
import { QueryErrors } from "@/components/ui/query-errors";
import { listAccelerators } from "@/lib/data/catalog/list-accelerators";
import { listOfferings } from "@/lib/data/catalog/list-offerings";
import { listVendors } from "@/lib/data/catalog/list-vendors";
import { parseSearchParams } from "@/lib/http/page-helpers";
import { offeringListQuerySchema, OFFERINGS_PAGE_SIZE, type OfferingListQuery } from "@/lib/validation/catalog";

export const metadata: Metadata = { title: "Offerings" };

const FILTER_KEYS = ["provider", "accelerator", "kind", "pricingBasis", "asOf"] as const;

function filterParams(query: OfferingListQuery): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of FILTER_KEYS) {
    if (query[name]) params.set(name, String(query[name]));
  }
  return params;
}

// A new sort starts again from the first page.
function sortHref(query: OfferingListQuery, key: string): string {
  const params = filterParams(query);
  params.set("sort", key);
  params.set("dir", query.sort === key && query.dir === "asc" ? "desc" : "asc");
  if (query.pageSize !== OFFERINGS_PAGE_SIZE) params.set("pageSize", String(query.pageSize));
  return `/offerings?${params}`;
}

function pageHref(query: OfferingListQuery, page: number): string {
  const params = filterParams(query);
  params.set("sort", query.sort);
  params.set("dir", query.dir);
  if (query.pageSize !== OFFERINGS_PAGE_SIZE) params.set("pageSize", String(query.pageSize));
  params.set("page", String(page));
  return `/offerings?${params}`;
}

export default async function OfferingsPage({ searchParams }: PageProps<"/offerings">) {
  const { data, errors } = parseSearchParams(offeringListQuerySchema, await searchParams);
  const [list, vendors, accelerators] = await Promise.all([listOfferings(data), listVendors(), listAccelerators()]);
  const sortLinks = Object.fromEntries(["name", "provider", "accelerator", "kind", "price", "pricePerAccelerator"].map((k) => [k, sortHref(data, k)]));
  return (
    <div className="space-y-4">
      <h1>Offerings</h1>
      <p className="text-slate-600 dark:text-slate-400">
        What you can pay for: cloud instances by the hour and on-prem systems by capex. Prices are versioned; each row shows the price in effect{" "}
        {data.asOf ? `on ${data.asOf}` : "today"}.
      </p>
      <QueryErrors errors={errors} />
      <OfferingFilters
        query={data}
        providers={vendors.filter((v) => v._count.offerings > 0).map((v) => ({ value: v.slug, label: v.name }))}
        accelerators={accelerators.filter((a) => a._count.offerings > 0).map((a) => ({ value: a.slug, label: a.name }))}
      />
      <p className="text-sm text-slate-600 dark:text-slate-400" data-testid="offerings-count">
        {list.total} offerings
      </p>
      <OfferingsTable offerings={list.offerings} sortLinks={sortLinks} />
      <Pager
        page={list.page}
        pageCount={list.pageCount}
        pageSize={list.pageSize}
        total={list.total}
        href={(page) => pageHref(data, page)}
        label="Offering pages"
        testId="offerings-pagination"
      />
    </div>
  );
}
