import Link from "next/link";
import type { ScenarioParams } from "@/lib/validation/scenario-params";

export function AssumptionsSummary({ params, asOf }: { params: ScenarioParams; asOf: string }) {
  const parts = [
    `${params.tokenBasis} tokens`,
    params.deployment === "all" ? "cloud + on-prem" : params.deployment,
    params.interactivityTarget ? `≥ ${params.interactivityTarget} tok/s per user` : "best measured throughput",
    params.ttftMsLimit ? `TTFT ≤ ${params.ttftMsLimit} ms` : null,
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
