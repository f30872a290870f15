import type { Metadata } from "next";

import { ComparePicker } from "@/components/compare/compare-picker";
import { AssumptionsSummary } from "@/components/leaderboard/assumptions-summary";
import { GlossaryLink } from "@/components/ui/glossary-link";
import { Link } from "@/components/ui/link";
import { TableWrap } from "@/components/ui/table-wrap";
import { usdPerMillionTokens } from "@/lib/cost/cost-per-token";
import { compareOfferings, type ComparedOffering } from "@/lib/data/leaderboard/compare-offerings";
import { listRankingOptions } from "@/lib/data/leaderboard/list-ranking-options";
import { AppError, ValidationError, type FieldError } from "@/lib/errors";
import { EVIDENCE_LABELS, offeringKindLabel } from "@/lib/format/labels";
import { formatNumber, formatUsd } from "@/lib/format/numbers";
import { describeWorkload } from "@/lib/format/workload";
import { compareQuerySchema } from "@/lib/validation/compare-query";
import { toFieldErrors } from "@/lib/validation/field-errors";

export const metadata: Metadata = { title: "Compare offerings" };

type Line = { label: string; term?: string; value: (o: ComparedOffering) => string };

// A share of the hourly cost in $/M tokens: the same lib/cost formula the row's total comes from.
function perMillion(o: ComparedOffering, usdPerAcceleratorHour: number): number {
  const row = o.row!;
  return usdPerMillionTokens({ usdPerAcceleratorHour, tokensPerSecondPerAccelerator: row.tokensPerSecondPerAccelerator, utilization: row.utilization });
}

const LINES: Line[] = [
  { label: "Accelerator", value: (o) => o.row?.meta?.accelerator.name ?? "—" },
  { label: "Kind", value: (o) => (o.row ? offeringKindLabel(o.row.offeringKind, o.row.meta?.pricingBasis) : "—") },
  {
    label: "Evidence / source",
    term: "evidence-kind",
    value: (o) => (o.row?.meta ? `${EVIDENCE_LABELS[o.row.meta.evidence].label}${o.row.meta.source ? ` · ${o.row.meta.source}` : ""}` : "—"),
  },
  { label: "Workload", term: "workload-class", value: (o) => (o.row?.meta ? describeWorkload(o.row.meta.workload) : "—") },
  { label: "Precision / engine", value: (o) => (o.row ? `${o.row.meta?.precision} / ${o.row.meta?.engine}` : "—") },
  { label: "$/M tokens", term: "usd-per-million-tokens", value: (o) => (o.row ? formatUsd(o.row.usdPerMillionTokens, 3) : "—") },
  { label: "$/accelerator-hour", term: "usd-per-accelerator-hour", value: (o) => (o.row ? formatUsd(o.row.usdPerAcceleratorHour, 3) : "—") },
  {
    label: "  of which rental",
    value: (o) =>
      o.row?.costBreakdown.kind === "cloud"
        ? `${formatUsd(o.row.costBreakdown.rentUsdPerAcceleratorHour, 3)}/h · ${formatUsd(perMillion(o, o.row.costBreakdown.rentUsdPerAcceleratorHour), 3)}/M`
        : "—",
  },
  {
    label: "  of which ownership estimate (all-in)",
    value: (o) =>
      o.row?.costBreakdown.kind === "estimate"
        ? `${formatUsd(o.row.costBreakdown.allInUsdPerAcceleratorHour, 3)}/h · ${formatUsd(perMillion(o, o.row.costBreakdown.allInUsdPerAcceleratorHour), 3)}/M`
        : "—",
  },
  {
    label: "  of which capex",
    value: (o) =>
      o.row?.costBreakdown.kind === "onprem"
        ? `${formatUsd(o.row.costBreakdown.capexUsdPerAcceleratorHour, 3)}/h · ${formatUsd(perMillion(o, o.row.costBreakdown.capexUsdPerAcceleratorHour), 3)}/M`
        : "—",
  },
  {
    label: "  of which opex",
    value: (o) =>
      o.row?.costBreakdown.kind === "onprem"
        ? `${formatUsd(o.row.costBreakdown.opexUsdPerAcceleratorHour, 3)}/h · ${formatUsd(perMillion(o, o.row.costBreakdown.opexUsdPerAcceleratorHour), 3)}/M`
        : "—",
  },
  {
    label: "  of which power",
    value: (o) =>
      o.row?.costBreakdown.kind === "onprem"
        ? `${formatUsd(o.row.costBreakdown.powerUsdPerAcceleratorHour, 3)}/h · ${formatUsd(perMillion(o, o.row.costBreakdown.powerUsdPerAcceleratorHour), 3)}/M`
        : "—",
  },
  {
    label: "tok/s per accelerator",
    term: "tokens-per-second-per-accelerator",
    value: (o) => (o.row ? formatNumber(o.row.tokensPerSecondPerAccelerator, 1) : "—"),
  },
  { label: "tok/s per user", term: "interactivity", value: (o) => formatNumber(o.row?.interactivity, 1) },
  { label: "tok/s per MW", term: "tokens-per-second-per-megawatt", value: (o) => formatNumber(o.row?.tokensPerSecondPerMegawatt, 0) },
  { label: "J per token", term: "joules-per-token", value: (o) => formatNumber(o.row?.joulesPerToken, 3) },
  { label: "Power figure", value: (o) => o.row?.power?.source ?? "—" },
];

export default async function ComparePage({ searchParams }: PageProps<"/compare">) {
  const raw = Object.fromEntries(Object.entries(await searchParams).filter(([, v]) => typeof v === "string" && v !== "")) as Record<string, string>;
  // A first visit names nothing to compare: that is the picker, not an error.
  const parsed = raw.offerings || raw.model ? compareQuerySchema.safeParse(raw) : null;
  let errors: FieldError[] = parsed && !parsed.success ? toFieldErrors(parsed.error) : [];
  let result: Awaited<ReturnType<typeof compareOfferings>> | null = null;
  if (parsed?.success) {
    try {
      result = await compareOfferings({ query: parsed.data, user: null });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      // Unknown slugs come with their field; an unreadable scenario is the only other failure.
      errors = error instanceof ValidationError ? error.errors : [{ path: "scenario", message: error.message }];
    }
  }
  if (!result) {
    return (
      <div className="space-y-4">
        <h1>Compare offerings</h1>
        <ComparePicker errors={errors} offerings={raw.offerings} model={raw.model} models={(await listRankingOptions()).models} />
      </div>
    );
  }
  return (
    <div className="space-y-4">
      <h1>
        Compare offerings for <Link href={`/models/${result.model.slug}`}>{result.model.name}</Link>
      </h1>
      <AssumptionsSummary params={result.params} asOf={result.asOf} />
      <TableWrap label="Comparison">
        <table data-testid="compare-table">
          <thead>
            <tr>
              <th scope="col">Metric</th>
              {result.offerings.map((o) => (
                <th key={o.slug} scope="col">
                  <Link href={`/offerings/${o.slug}`}>{o.name}</Link>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {LINES.map((line) => (
              <tr key={line.label}>
                <th scope="row" className="font-normal whitespace-pre">
                  {line.term ? <GlossaryLink term={line.term}>{line.label}</GlossaryLink> : line.label}
                </th>
                {result.offerings.map((o) => (
                  <td key={o.slug}>{line.value(o)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      {result.offerings.some((o) => !o.row) ? (
        <p className="text-sm text-slate-600 dark:text-slate-400" data-testid="compare-missing">
          A dash means the offering has no approved result for this model under these filters.
        </p>
      ) : null}
    </div>
  );
}
