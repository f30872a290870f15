import Link from "next/link";
import type { Metadata } from "next";
import { getAccelerator } from "@/lib/data/catalog/get-accelerator";
import { orNotFound } from "@/lib/http/page-helpers";
import { SpecList } from "@/components/ui/spec";
import { SourceLink } from "@/components/ui/source-link";
import { OfferingsTable } from "@/components/catalog/offerings-table";
import { ResultsTable } from "@/components/catalog/results-table";
import { formatNumber } from "@/lib/format/numbers";

export async function generateMetadata({ params }: PageProps<"/hardware/[slug]">): Promise<Metadata> {
  const { slug } = await params;
  return { title: slug };
}

export default async function AcceleratorPage({ params }: PageProps<"/hardware/[slug]">) {
  const { slug } = await params;
  const { accelerator: a, offerings, submissions } = await orNotFound(getAccelerator({ slug }));
  return (
    <div className="space-y-8">
      <div>
        <p className="text-sm text-slate-500">
          <Link href="/hardware">Hardware</Link> / <Link href={`/vendors/${a.vendor.slug}`}>{a.vendor.name}</Link>
        </p>
        <h1 data-testid="page-title">{a.name}</h1>
      </div>
      <section aria-labelledby="specs">
        <h2 id="specs" className="mb-2">
          Specs
        </h2>
        <SpecList
          items={[
            { label: "Family", value: a.family },
            { label: "Memory", value: `${formatNumber(a.memoryGb, 0)} GB` },
            { label: "Memory bandwidth", value: `${formatNumber(a.memoryBandwidthTbPerS, 2)} TB/s` },
            { label: "Dense BF16", value: a.denseBf16Tflops ? `${formatNumber(a.denseBf16Tflops, 0)} TFLOPS` : "—" },
            { label: "Dense FP8", value: a.denseFp8Tflops ? `${formatNumber(a.denseFp8Tflops, 0)} TFLOPS` : "—" },
            { label: "Dense FP4", value: a.denseFp4Tflops ? `${formatNumber(a.denseFp4Tflops, 0)} TFLOPS` : "—" },
            { label: "TDP", value: a.tdpWatts ? `${formatNumber(a.tdpWatts, 0)} W` : "—" },
            { label: "All-in provisioned power", value: a.allInKwPerAccelerator ? `${formatNumber(a.allInKwPerAccelerator, 2)} kW` : "—" },
            { label: "Scale-up domain", value: a.scaleUpDomainSize ?? "—" },
            { label: "Released", value: a.releaseYear ?? "—" },
            { label: "Source", value: <SourceLink href={a.sourceUrl} date={a.sourceDate} /> },
          ]}
        />
      </section>
      <section aria-labelledby="offerings">
        <h2 id="offerings" className="mb-2">
          Offerings ({offerings.length})
        </h2>
        {offerings.length ? <OfferingsTable offerings={offerings} /> : <p>No offering in the catalog rents or sells this accelerator yet.</p>}
      </section>
      <section aria-labelledby="results">
        <h2 id="results" className="mb-2">
          Benchmark results ({submissions.length})
        </h2>
        {submissions.length ? (
          <ResultsTable results={submissions} show="model" />
        ) : (
          <p>No approved benchmark results for this accelerator yet.</p>
        )}
      </section>
    </div>
  );
}
