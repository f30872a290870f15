import type { Metadata } from "next";

import { ResultsSection } from "@/components/catalog/results-section";
import { ArrowIcon } from "@/components/ui/arrow-icon";
import { Link } from "@/components/ui/link";
import { QueryErrors } from "@/components/ui/query-errors";
import { SourceLink } from "@/components/ui/source-link";
import { SpecList } from "@/components/ui/spec";
import { modelTypeBySlug } from "@/lib/cost/model-type";
import { getModel } from "@/lib/data/catalog/get-model";
import { formatNumber } from "@/lib/format/numbers";
import { orNotFound, parseSearchParams } from "@/lib/http/page-helpers";
import { catalogPageQuerySchema } from "@/lib/validation/catalog";

export async function generateMetadata({ params }: PageProps<"/models/[slug]">): Promise<Metadata> {
  return { title: (await params).slug };
}

export default async function ModelPage({ params, searchParams }: PageProps<"/models/[slug]">) {
  const { slug } = await params;
  const { data: query, errors } = parseSearchParams(catalogPageQuerySchema, await searchParams);
  const { model: m, results } = await orNotFound(getModel({ slug, page: query.page }));
  return (
    <div className="space-y-8">
      <div>
        <p className="text-sm text-slate-500">
          <Link href="/models">Models</Link>
        </p>
        <h1 data-testid="page-title">{m.name}</h1>
        <p className="mt-2">
          <Link href={`/leaderboard?model=${m.slug}`}>
            Cheapest offerings for {m.name} <ArrowIcon />
          </Link>
        </p>
        <QueryErrors errors={errors} />
      </div>
      <SpecList
        items={[
          { label: "Model type", value: <Link href={`/leaderboard/${m.modelType}`}>{modelTypeBySlug(m.modelType)?.label ?? m.modelType}</Link> },
          { label: "Architecture", value: m.architecture === "moe" ? "Mixture of experts" : "Dense" },
          { label: "Total parameters", value: `${formatNumber(m.totalParamsB, 1)} B` },
          { label: "Active parameters", value: `${formatNumber(m.activeParamsB, 1)} B` },
          { label: "Context length", value: `${formatNumber(m.contextLength, 0)} tokens` },
          { label: "Source", value: <SourceLink href={m.sourceUrl} date={m.sourceDate} /> },
        ]}
      />
      <ResultsSection
        results={results}
        show="accelerator"
        filter={{ model: m.slug }}
        pageHref={(page) => `/models/${m.slug}?page=${page}#results`}
        emptyText="No approved benchmark results for this model yet."
      />
    </div>
  );
}
