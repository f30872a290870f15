import type { Metadata } from "next";

import { GlossaryLink } from "@/components/ui/glossary-link";
import { Link } from "@/components/ui/link";
import { QueryErrors } from "@/components/ui/query-errors";
import { SourceLink } from "@/components/ui/source-link";
import { TableWrap } from "@/components/ui/table-wrap";
import { listAccelerators } from "@/lib/data/catalog/list-accelerators";
import { formatNumber } from "@/lib/format/numbers";
import { parseSearchParams } from "@/lib/http/page-helpers";
import { acceleratorListQuerySchema } from "@/lib/validation/catalog";

export const metadata: Metadata = { title: "Hardware" };

const FAMILIES = ["GPU", "TPU", "ASIC", "LPU", "NPU"] as const;

export default async function HardwarePage({ searchParams }: PageProps<"/hardware">) {
  const { data, errors } = parseSearchParams(acceleratorListQuerySchema, await searchParams);
  const accelerators = await listAccelerators(data);
  return (
    <div className="space-y-4">
      <h1>Hardware</h1>
      <p className="text-slate-600 dark:text-slate-400">
        Accelerators with their datasheet specs. Open one to see the offerings that rent or sell it and its benchmark results.
      </p>
      <QueryErrors errors={errors} />
      <nav aria-label="Accelerator family" className="flex flex-wrap gap-3 text-sm">
        <Link href="/hardware">All</Link>
        {FAMILIES.map((f) => (
          <Link key={f} href={`/hardware?family=${f}`} aria-current={data.family === f ? "page" : undefined}>
            {f}
          </Link>
        ))}
      </nav>
      <TableWrap label="Accelerators">
        <table data-testid="hardware-table" className="stack-on-phone">
          <thead>
            <tr>
              <th scope="col">Accelerator</th>
              <th scope="col">Vendor</th>
              <th scope="col">Family</th>
              <th scope="col">Memory (GB)</th>
              <th scope="col">
                <GlossaryLink term="memory-bandwidth">Bandwidth (TB/s)</GlossaryLink>
              </th>
              <th scope="col">BF16 TFLOPS</th>
              <th scope="col">FP8 TFLOPS</th>
              <th scope="col">FP4 TFLOPS</th>
              <th scope="col">
                <GlossaryLink term="all-in-kw">All-in kW</GlossaryLink>
              </th>
              <th scope="col">Results</th>
              <th scope="col">Source</th>
            </tr>
          </thead>
          <tbody>
            {accelerators.map((a) => (
              <tr key={a.slug} data-testid="hardware-row">
                <td className="cell-main">
                  <Link href={`/hardware/${a.slug}`}>{a.name}</Link>
                </td>
                <td data-label="Vendor">
                  <Link href={`/vendors/${a.vendor.slug}`}>{a.vendor.name}</Link>
                </td>
                <td data-label="Family">{a.family}</td>
                <td className="cell-key" data-testid="hardware-memory" data-label="Memory (GB)">
                  {formatNumber(a.memoryGb, 0)}
                </td>
                <td data-label="Bandwidth (TB/s)">{formatNumber(a.memoryBandwidthTbPerS, 2)}</td>
                <td data-label="BF16 TFLOPS">{formatNumber(a.denseBf16Tflops, 0)}</td>
                <td data-label="FP8 TFLOPS">{formatNumber(a.denseFp8Tflops, 0)}</td>
                <td data-label="FP4 TFLOPS">{formatNumber(a.denseFp4Tflops, 0)}</td>
                <td data-label="All-in kW">{formatNumber(a.allInKwPerAccelerator, 2)}</td>
                <td data-label="Results">{a._count.submissions}</td>
                <td data-label="Source">
                  <SourceLink href={a.sourceUrl} date={a.sourceDate} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </div>
  );
}
