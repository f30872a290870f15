import { GlossaryLink } from "@/components/ui/glossary-link";
import { Link } from "@/components/ui/link";
import { TableWrap } from "@/components/ui/table-wrap";
import { formatNumber, formatUsd } from "@/lib/format/numbers";
import type { SerializedPlanRow } from "@/lib/serializers/plan";

function fits(value: boolean | null): string {
  return value === null ? "unknown" : value ? "yes" : "no";
}

function megawatts(value: number | null): string {
  if (value == null) return "—";
  return value < 0.01 ? `${formatNumber(value * 1000, 1)} kW` : `${formatNumber(value, 2)} MW`;
}

// One row per offering. Every figure's header links to its formula; each row names the benchmark
// results (submission pages) and the price (offering page, with its price history) it was built from.
export function PlanTable({ plans, mode }: { plans: SerializedPlanRow[]; mode: "demand" | "power" }) {
  return (
    <TableWrap label="Capacity plans">
      <table className="text-sm" data-testid="plan-table">
        <caption className="sr-only">One plan per offering, ranked by {mode === "power" ? "tokens per day within the cap" : "monthly cost"}</caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">Offering</th>
            <th scope="col">
              <GlossaryLink term="plan-accelerators-needed">Fleet</GlossaryLink>
            </th>
            <th scope="col">
              <GlossaryLink term="plan-monthly-cost">$/month</GlossaryLink>
            </th>
            {mode === "power" ? (
              <th scope="col">
                <GlossaryLink term="plan-power-capped-tokens">Tokens/day</GlossaryLink>
              </th>
            ) : null}
            <th scope="col">
              <GlossaryLink term="plan-usd-per-million-tokens">$/M tokens</GlossaryLink>
            </th>
            <th scope="col">
              <GlossaryLink term="plan-megawatts">Power</GlossaryLink>
            </th>
            <th scope="col">
              <GlossaryLink term="plan-tokens-per-day-per-megawatt">Tokens/day/MW</GlossaryLink>
            </th>
            <th scope="col">
              <GlossaryLink term="tokens-per-second-per-accelerator">tok/s per acc.</GlossaryLink>
            </th>
            <th scope="col">
              <GlossaryLink term="usd-per-accelerator-hour">$/acc-hr</GlossaryLink>
            </th>
            <th scope="col">
              <GlossaryLink term="plan-fits">Fits cap / budget</GlossaryLink>
            </th>
            <th scope="col">Built from</th>
          </tr>
        </thead>
        <tbody>
          {plans.map((p) => (
            <tr
              key={p.offering.slug}
              data-testid="plan-row"
              data-offering={p.offering.slug}
              data-rank={p.rank ?? ""}
              data-mw={p.megawatts ?? ""}
              className={p.rank === null ? "text-slate-500" : undefined}
            >
              <td>{p.rank ?? "–"}</td>
              <td>
                <Link href={`/offerings/${p.offering.slug}`}>{p.offering.name}</Link>
                <div className="text-xs text-slate-500">
                  <Link href={`/hardware/${p.accelerator.slug}`} className="underline">
                    {p.accelerator.name}
                  </Link>{" "}
                  · {p.offering.kind} · {p.model.name}
                </div>
              </td>
              <td data-testid="plan-fleet">
                {p.units} × {p.acceleratorsPerUnit} = {p.acceleratorsNeeded}
              </td>
              <td data-testid="plan-monthly">{formatUsd(p.monthlyCostUsd, 0)}</td>
              {mode === "power" ? <td>{formatNumber(p.outputTokensPerDay ?? null, 0)}</td> : null}
              <td>{formatUsd(p.usdPerMillionTokens, 3)}</td>
              <td data-testid="plan-mw">{megawatts(p.megawatts)}</td>
              <td>{formatNumber(p.tokensPerDayPerMegawatt, 0)}</td>
              <td>
                {formatNumber(p.tokensPerSecondPerAccelerator, 1)}
                {p.interpolated ? <span title="Interpolated on the Pareto frontier"> ~</span> : null}
              </td>
              <td>{formatUsd(p.usdPerAcceleratorHour, 2)}</td>
              <td>
                {fits(p.fitsPowerCap)} / {fits(p.fitsBudget)}
              </td>
              <td className="text-xs">
                <Link href={`/offerings/${p.offering.slug}#history`}>{p.pricingBasis} price</Link>
                {" · "}
                {p.submissionIds.map((id, i) => (
                  <span key={id}>
                    {i > 0 ? ", " : null}
                    <Link href={`/submissions/${id}`}>result {i + 1}</Link>
                  </span>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
