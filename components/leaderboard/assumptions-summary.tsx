import { Link } from "@/components/ui/link";
import { SERVING_REGIME_DOCS, WORKLOAD_CLASS_DOCS } from "@/lib/cost/workload";
import { DEPLOYMENT_LABELS, EVIDENCE_LABELS } from "@/lib/format/labels";
import type { ScenarioParams } from "@/lib/validation/scenario-params";

export function AssumptionsSummary({ params, asOf }: { params: ScenarioParams; asOf: string }) {
  const parts = [
    `${params.tokenBasis} tokens`,
    DEPLOYMENT_LABELS[params.deployment].toLowerCase(),
    params.evidence?.length ? `evidence: ${params.evidence.map((e) => EVIDENCE_LABELS[e].label.toLowerCase()).join(", ")}` : null,
    params.workloadClass ? WORKLOAD_CLASS_DOCS[params.workloadClass].label.toLowerCase() : null,
    params.servingRegime ? SERVING_REGIME_DOCS[params.servingRegime].label.toLowerCase() : null,
    params.interactivityTarget ? `at least ${params.interactivityTarget} tok/s per user` : "best measured throughput",
    params.ttftMsLimit ? `TTFT at most ${params.ttftMsLimit} ms` : null,
    `utilization ${params.utilization}`,
    `$${params.electricityUsdPerKwh}/kWh`,
    `PUE ${params.pue}`,
    `${params.amortizationYears}-year amortization`,
    `opex ${params.annualOpexRate}/yr of capex`,
    params.cloudDiscount ? `cloud discount ${params.cloudDiscount}` : null,
    `prices as of ${asOf}`,
  ].filter(Boolean);
  return (
    <p className="text-sm text-slate-600 dark:text-slate-400" data-testid="assumptions-summary">
      Under: {parts.join(" · ")}. <Link href="/glossary#defaults">Defaults and sources</Link>
    </p>
  );
}
