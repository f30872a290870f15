import type { Metadata } from "next";

import { Link } from "@/components/ui/link";
import { QueryErrors } from "@/components/ui/query-errors";
import { SourceLink } from "@/components/ui/source-link";
import { TableWrap } from "@/components/ui/table-wrap";
import { listVendors } from "@/lib/data/catalog/list-vendors";
import { parseSearchParams } from "@/lib/http/page-helpers";
import { vendorListQuerySchema } from "@/lib/validation/catalog";

export const metadata: Metadata = { title: "Vendors" };

const KIND_LABEL = { chip: "Chip maker", cloud: "Hyperscaler", neocloud: "Neocloud", oem: "System maker", reference: "Reference rate" } as const;

export default async function VendorsPage({ searchParams }: PageProps<"/vendors">) {
  const { data, errors } = parseSearchParams(vendorListQuerySchema, await searchParams);
  const vendors = await listVendors(data);
  return (
    <div className="space-y-4">
      <h1>Vendors</h1>
      <p className="text-slate-600 dark:text-slate-400">Chip makers, hyperscalers and neoclouds whose hardware and offerings TokenCost ranks.</p>
      <QueryErrors errors={errors} />
      <nav aria-label="Vendor kind" className="flex flex-wrap gap-3 text-sm">
        <Link href="/vendors">All</Link>
        {Object.entries(KIND_LABEL).map(([kind, label]) => (
          <Link key={kind} href={`/vendors?kind=${kind}`} aria-current={data.kind === kind ? "page" : undefined}>
            {label}
          </Link>
        ))}
      </nav>
      <TableWrap label="Vendors">
        <table data-testid="vendors-table">
          <thead>
            <tr>
              <th scope="col">Vendor</th>
              <th scope="col">Kind</th>
              <th scope="col">Accelerators</th>
              <th scope="col">Offerings</th>
              <th scope="col">Source</th>
            </tr>
          </thead>
          <tbody>
            {vendors.map((v) => (
              <tr key={v.slug}>
                <td>
                  <Link href={`/vendors/${v.slug}`}>{v.name}</Link>
                </td>
                <td>{KIND_LABEL[v.kind]}</td>
                <td>{v._count.accelerators}</td>
                <td>{v._count.offerings}</td>
                <td>
                  <SourceLink href={v.sourceUrl} date={v.sourceDate} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </div>
  );
}
