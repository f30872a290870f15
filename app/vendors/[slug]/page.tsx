import type { Metadata } from "next";

import { OfferingsTable } from "@/components/catalog/offerings-table";
import { VendorRanking } from "@/components/leaderboard/vendor-ranking";
import { Link } from "@/components/ui/link";
import { Pager } from "@/components/ui/pager";
import { QueryErrors } from "@/components/ui/query-errors";
import { SourceLink } from "@/components/ui/source-link";
import { getVendor } from "@/lib/data/catalog/get-vendor";
import { listOfferings } from "@/lib/data/catalog/list-offerings";
import { getVendorLeaderboard } from "@/lib/data/leaderboard/get-vendor-leaderboard";
import { orNotFound, parseSearchParams } from "@/lib/http/page-helpers";
import { catalogPageQuerySchema } from "@/lib/validation/catalog";

export async function generateMetadata({ params }: PageProps<"/vendors/[slug]">): Promise<Metadata> {
  return { title: (await params).slug };
}

export default async function VendorPage({ params, searchParams }: PageProps<"/vendors/[slug]">) {
  const { slug } = await params;
  const { data: query, errors } = parseSearchParams(catalogPageQuerySchema, await searchParams);
  const vendor = await orNotFound(getVendor({ slug }));
  const [offerings, ranking] = await Promise.all([listOfferings({ provider: slug, page: query.page }), getVendorLeaderboard({ vendorSlug: slug })]);
  return (
    <div className="space-y-8">
      <div>
        <p className="text-sm text-slate-500">
          <Link href="/vendors">Vendors</Link>
        </p>
        <h1 data-testid="page-title">{vendor.name}</h1>
        {vendor.description ? <p className="mt-2 text-slate-600 dark:text-slate-400">{vendor.description}</p> : null}
        <p className="mt-1 text-sm">
          {vendor.website ? (
            <a href={vendor.website} rel="noopener noreferrer">
              {vendor.website}
            </a>
          ) : null}{" "}
          · Source: <SourceLink href={vendor.sourceUrl} date={vendor.sourceDate} />
        </p>
        <QueryErrors errors={errors} />
      </div>
      {vendor.accelerators.length ? (
        <section aria-labelledby="chips">
          <h2 id="chips" className="mb-2">
            Accelerators
          </h2>
          <ul className="flex flex-wrap gap-3">
            {vendor.accelerators.map((a) => (
              <li key={a.slug}>
                <Link href={`/hardware/${a.slug}`}>{a.name}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="ranking">
        <h2 id="ranking" className="mb-2">
          Where {vendor.name} ranks
        </h2>
        <VendorRanking entries={ranking.entries} vendorName={vendor.name} />
      </section>
      <section aria-labelledby="offerings">
        <h2 id="offerings" className="mb-2">
          Offerings ({offerings.total})
        </h2>
        {offerings.total ? (
          <div className="space-y-2">
            <OfferingsTable offerings={offerings.offerings} />
            <Pager
              page={offerings.page}
              pageCount={offerings.pageCount}
              pageSize={offerings.pageSize}
              total={offerings.total}
              href={(page) => `/vendors/${vendor.slug}?page=${page}#offerings`}
              label="Offering pages"
              testId="offerings-pagination"
            />
          </div>
        ) : (
          <p>This vendor provides no offering in the catalog.</p>
        )}
      </section>
    </div>
  );
}
