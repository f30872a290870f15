import { ChartTable } from "@/components/charts/chart-table";
import { LazySensitivityChart as SensitivityChart } from "@/components/charts/lazy-charts";
import { Link } from "@/components/ui/link";
import { TableWrap } from "@/components/ui/table-wrap";
import type { BreakEvenResult } from "@/lib/cost/break-even";
import type { RankSensitivity } from "@/lib/cost/rank-sensitivity";
import type { ScenarioSensitivity } from "@/lib/data/scenarios/get-scenario-sensitivity";
import { formatUsd } from "@/lib/format/numbers";

// The sections of /scenarios/[id]/sensitivity: electricity price, utilization, and break-even per challenger.
const usdPerKwh = (x: number) => `${x.toFixed(3)} $/kWh`;
const percent = (x: number) => `${(x * 100).toFixed(1)} %`;

function Verdict({
  s,
  name,
  format,
  unitName,
  testId,
}: {
  s: RankSensitivity;
  name: (key: string) => string;
  format: (x: number) => string;
  unitName: string;
  testId: string;
}) {
  const top = name(s.topKey);
  return (
    <ul className="list-disc pl-5 text-sm" data-testid={testId}>
      <li data-testid={`${testId}-above`}>
        {s.lossAbove ? (
          <>
            Above <strong>{format(s.lossAbove.value)}</strong>, {name(s.lossAbove.challengerKey)} becomes cheaper than {top}.
          </>
        ) : (
          <>
            {top} stays cheapest at any higher {unitName} up to {format(s.range.max)}.
          </>
        )}
      </li>
      <li data-testid={`${testId}-below`}>
        {s.lossBelow ? (
          <>
            Below <strong>{format(s.lossBelow.value)}</strong>, {name(s.lossBelow.challengerKey)} becomes cheaper than {top}.
          </>
        ) : (
          <>
            {top} stays cheapest at any lower {unitName} down to {format(s.range.min)}.
          </>
        )}
      </li>
    </ul>
  );
}

function pairText(result: BreakEvenResult | undefined, format: (x: number) => string): string {
  if (!result) return "—";
  if (result.kind === "point") return format(result.value);
  return result.value !== null ? `none in range (would cross at ${format(result.value)})` : "none";
}

export function SensitivitySections({ data, name }: { data: ScenarioSensitivity; name: (key: string) => string }) {
  const { electricity, onpremUtilization, utilization, curves, chartKeys } = data;
  const series = chartKeys.map((key) => ({ key, label: name(key) }));
  const challengers = chartKeys.filter((k) => k !== electricity?.topKey);
  const tokenLabel = `$/M ${data.params.tokenBasis} tokens`;
  return (
    <>
      <section aria-labelledby="electricity-title" className="space-y-3">
        <h2 id="electricity-title">Electricity price</h2>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Scenario value {usdPerKwh(data.params.electricityUsdPerKwh)}. Only on-prem costs move with it: cloud prices already include energy. Solved in closed
          form for every ranked offering, not sampled.
        </p>
        {electricity ? <Verdict s={electricity} name={name} format={usdPerKwh} unitName="electricity price" testId="electricity-verdict" /> : null}
        {curves.electricity ? (
          <>
            <SensitivityChart
              points={curves.electricity.points}
              series={series}
              xLabel="Electricity ($/kWh)"
              yLabel={tokenLabel}
              current={data.params.electricityUsdPerKwh}
              breakEvens={[electricity?.lossAbove?.value, electricity?.lossBelow?.value].filter(
                (x): x is number => x !== undefined && x <= curves.electricity!.to,
              )}
              testId="electricity-chart"
              formatX="usdPerKwh"
            />
            <ChartTable
              testId="electricity-chart-table"
              caption="Cost against electricity price"
              columns={["$/kWh", ...series.map((s) => s.label)]}
              rows={curves.electricity.points.filter((_, i) => i % 4 === 0).map((p) => [p.x.toFixed(3), ...series.map((s) => formatUsd(p.costs[s.key], 3))])}
            />
          </>
        ) : null}
      </section>

      <section aria-labelledby="utilization-title" className="space-y-3">
        <h2 id="utilization-title">Utilization</h2>
        <p className="text-sm" data-testid="utilization-invariant">
          {utilization?.invariantReason ?? ""} The ranking at this scenario&apos;s {percent(data.params.utilization)} holds at every utilization (see{" "}
          <Link href="/glossary#utilization">utilization</Link>).
        </p>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          If only on-prem capacity is paid for when idle (cloud capacity rented as demand needs it, kept at the scenario&apos;s utilization):
        </p>
        {onpremUtilization ? <Verdict s={onpremUtilization} name={name} format={percent} unitName="on-prem utilization" testId="utilization-verdict" /> : null}
        {curves.onpremUtilization ? (
          <>
            <SensitivityChart
              points={curves.onpremUtilization.points}
              series={series}
              xLabel="On-prem utilization"
              yLabel={tokenLabel}
              current={data.params.utilization}
              breakEvens={[onpremUtilization?.lossAbove?.value, onpremUtilization?.lossBelow?.value].filter(
                (x): x is number => x !== undefined && x >= curves.onpremUtilization!.from,
              )}
              testId="utilization-chart"
              formatX="percent"
            />
            <ChartTable
              testId="utilization-chart-table"
              caption="Cost against on-prem utilization"
              columns={["Utilization", ...series.map((s) => s.label)]}
              rows={curves.onpremUtilization.points
                .filter((_, i) => i % 4 === 0)
                .map((p) => [percent(p.x), ...series.map((s) => formatUsd(p.costs[s.key], 3))])}
            />
          </>
        ) : null}
      </section>

      {challengers.length ? (
        <section aria-labelledby="pairs-title" className="space-y-2">
          <h2 id="pairs-title">Break-even against each challenger</h2>
          <TableWrap label="Break-even points">
            <table data-testid="break-even-table">
              <caption className="sr-only">Where each challenger costs the same as the top offering</caption>
              <thead>
                <tr>
                  <th scope="col">Challenger</th>
                  <th scope="col">Electricity price</th>
                  <th scope="col">On-prem utilization</th>
                </tr>
              </thead>
              <tbody>
                {challengers.map((key) => (
                  <tr key={key}>
                    <td>{name(key)}</td>
                    <td>{pairText(electricity?.pairs.find((p) => p.challengerKey === key)?.result, usdPerKwh)}</td>
                    <td>{pairText(onpremUtilization?.pairs.find((p) => p.challengerKey === key)?.result, percent)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        </section>
      ) : null}
    </>
  );
}
