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
        <table data-testid="hardware-table">
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
              <tr key={a.slug}>
                <td>
                  <Link href={`/hardware/${a.slug}`}>{a.name}</Link>
                </td>
                <td>
                  <Link href={`/vendors/${a.vendor.slug}`}>{a.vendor.name}</Link>
                </td>
                <td>{a.family}</td>
                <td>{formatNumber(a.memoryGb, 0)}</td>
                <td>{formatNumber(a.memoryBandwidthTbPerS, 2)}</td>
                <td>{formatNumber(a.denseBf16Tflops, 0)}</td>
                <td>{formatNumber(a.denseFp8Tflops, 0)}</td>
                <td>{formatNumber(a.denseFp4Tflops, 0)}</td>
                <td>{formatNumber(a.allInKwPerAccelerator, 2)}</td>
                <td>{a._count.submissions}</td>
                <td>
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
