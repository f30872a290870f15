import type { Metadata } from "next";

import { BuyerSummary } from "@/components/catalog/buyer-summary";
import { OfferingsTable } from "@/components/catalog/offerings-table";
import { ResultsSection } from "@/components/catalog/results-section";
import { ChartTable } from "@/components/charts/chart-table";
import { ParetoChart } from "@/components/charts/pareto-chart";
import { ArrowIcon } from "@/components/ui/arrow-icon";
import { Link } from "@/components/ui/link";
import { QueryErrors } from "@/components/ui/query-errors";
import { SourceLink } from "@/components/ui/source-link";
import { SpecList } from "@/components/ui/spec";
import { getAccelerator } from "@/lib/data/catalog/get-accelerator";
import { listRankingOptions } from "@/lib/data/leaderboard/list-ranking-options";
import { formatNumber } from "@/lib/format/numbers";
import { orNotFound, parseSearchParams } from "@/lib/http/page-helpers";
import { hardwareQuerySchema } from "@/lib/validation/hardware-query";

export async function generateMetadata({ params }: PageProps<"/hardware/[slug]">): Promise<Metadata> {
  const { slug } = await params;
  return { title: slug };
}

export default async function AcceleratorPage({ params, searchParams }: PageProps<"/hardware/[slug]">) {
  const { slug } = await params;
  const { data: query, errors } = parseSearchParams(hardwareQuerySchema, await searchParams);
  const { accelerator: a, offerings, results, ranking } = await orNotFound(getAccelerator({ slug, page: query.page, chartModel: query.model }));
  // A chart model the accelerator has no result for falls back to its most measured one: say so.
  if (query.model && !ranking.models.some((m) => m.model.slug === query.model)) {
    const known = (await listRankingOptions()).models.find((m) => m.slug === query.model);
    errors.push({ path: "model", message: known ? `No approved result for ${known.name} on this accelerator` : `Unknown model "${query.model}"` });
  }
  const pageHref = (page: number) =>
    `/hardware/${a.slug}?${new URLSearchParams({ ...(query.model ? { model: query.model } : {}), page: String(page) })}#results`;
  const chart = ranking.chart;
  return (
    <div className="space-y-8">
      <div>
        <p className="text-sm text-slate-500">
          <Link href="/hardware">Hardware</Link> / <Link href={`/vendors/${a.vendor.slug}`}>{a.vendor.name}</Link>
        </p>
        <h1 data-testid="page-title">{a.name}</h1>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
          {formatNumber(a.memoryGb, 0)} GB · {formatNumber(a.memoryBandwidthTbPerS, 2)} TB/s · {results.total} approved results · {offerings.total} offerings
        </p>
        <QueryErrors errors={errors} />
      </div>

      <BuyerSummary ranking={ranking} />

      {chart && chart.series.length ? (
        <section aria-labelledby="chart-title" className="render-when-visible space-y-2">
          <h2 id="chart-title">Throughput vs interactivity: {chart.model.name}</h2>
          {ranking.models.length > 1 ? (
            <nav aria-label="Chart model" className="flex flex-wrap gap-x-3 gap-y-1 text-sm">
              {ranking.models.map((m) =>
                m.model.slug === chart.model.slug ? (
                  <span key={m.model.slug} className="font-semibold" aria-current="true">
                    {m.model.name}
                  </span>
                ) : (
                  <Link key={m.model.slug} href={`/hardware/${a.slug}?model=${m.model.slug}#chart-title`}>
                    {m.model.name}
                  </Link>
                ),
              )}
            </nav>
          ) : null}
          <p className="text-sm text-slate-600 dark:text-slate-400">
            Pareto frontier of each configuration (precision, engine, source) on this accelerator: the same frontiers the{" "}
            <Link href={`/leaderboard?model=${chart.model.slug}`}>leaderboard</Link> reads.
          </p>
          <ParetoChart series={chart.series} />
          <ChartTable
            testId="pareto-chart-table"
            caption="Pareto chart data"
            columns={["Series", "tok/s per user", "tok/s per accelerator"]}
            rows={chart.series.flatMap((s) => s.points.map((p) => [s.label, formatNumber(p.interactivity, 1), formatNumber(p.throughputPerAccelerator, 1)]))}
          />
        </section>
      ) : null}

      <section aria-labelledby="specs" className="render-when-visible">
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
      <section aria-labelledby="offerings" className="render-when-visible">
        <h2 id="offerings" className="mb-2">
          Offerings ({offerings.total})
        </h2>
        {offerings.total ? <OfferingsTable offerings={offerings.offerings} /> : <p>No offering in the catalog rents or sells this accelerator yet.</p>}
        {offerings.pageCount > 1 ? (
          <p className="mt-2 text-sm" data-testid="all-offerings">
            The {offerings.offerings.length} cheapest per accelerator shown:{" "}
            <Link href={`/offerings?accelerator=${a.slug}`}>
              all {offerings.total} offerings <ArrowIcon />
            </Link>
          </p>
        ) : null}
      </section>
      <ResultsSection
        results={results}
        show="model"
        filter={{ accelerator: a.slug }}
        pageHref={pageHref}
        emptyText="No approved benchmark results for this accelerator yet."
        className="render-when-visible space-y-2"
      />
    </div>
  );
}
