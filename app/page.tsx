import { ArrowIcon } from "@/components/ui/arrow-icon";
import { Link } from "@/components/ui/link";
import { getHeadline } from "@/lib/data/leaderboard/get-headline";
import type { LeaderboardRow } from "@/lib/data/leaderboard/get-leaderboard";
import { formatNumber, formatUsd } from "@/lib/format/numbers";
import { DEFAULT_SCENARIO_PARAMS } from "@/lib/validation/scenario-params";

export const dynamic = "force-dynamic";

function Cheapest({ row, label, kind }: { row: LeaderboardRow | null; label: string; kind: string }) {
  if (!row) return <p className="text-sm text-slate-500">{label}: no ranked offering yet</p>;
  const meta = row.meta!;
  return (
    <div data-testid={`headline-${kind}`} data-offering-kind={row.offeringKind} data-offering={meta.offering.slug}>
      <p className="text-xs tracking-wide text-slate-500 uppercase">{label}</p>
      <p className="text-2xl font-bold" data-testid="headline-cost">
        {formatUsd(row.usdPerMillionTokens, 3)}
        <span className="text-sm font-normal text-slate-500"> /M output tokens</span>
      </p>
      <p className="text-sm">
        <Link href={`/offerings/${meta.offering.slug}`}>{meta.offering.name}</Link> · {meta.accelerator.name} · {meta.model.name} ({meta.precision}),{" "}
        {formatNumber(row.tokensPerSecondPerAccelerator, 0)} tok/s per accelerator
      </p>
    </div>
  );
}

// Ownership estimates are not prices anyone pays: a small, labelled third line, never a card figure.
function EstimateLine({ row }: { row: LeaderboardRow }) {
  const meta = row.meta!;
  return (
    <p className="text-xs text-slate-600 dark:text-slate-400" data-testid="headline-estimate" data-offering-kind={row.offeringKind}>
      <Link href="/glossary#ownership-estimate">Ownership estimate</Link> (InferenceX all-in cost of owning, not a rental price):{" "}
      {formatUsd(row.usdPerMillionTokens, 3)}/M with <Link href={`/offerings/${meta.offering.slug}`}>{meta.offering.name}</Link>
    </p>
  );
}

export default async function HomePage() {
  const headline = await getHeadline();
  return (
    <div className="space-y-8">
      <section className="space-y-3">
        <h1>What does a million tokens cost?</h1>
        <p className="max-w-3xl text-slate-700 dark:text-slate-300">
          TokenCost ranks AI inference hardware — GPUs, TPUs and other accelerators, rented in a cloud or owned on-prem — by{" "}
          <Link href="/glossary#usd-per-million-tokens">cost per million tokens</Link>, computed from measured benchmark results: the price of an
          accelerator-hour divided by the tokens that accelerator delivers in an hour at your utilization. Compare what you actually buy, delivered tokens,
          instead of FLOPS per dollar. Defaults: output tokens, {DEFAULT_SCENARIO_PARAMS.utilization * 100}% utilization, $
          {DEFAULT_SCENARIO_PARAMS.electricityUsdPerKwh}/kWh, PUE {DEFAULT_SCENARIO_PARAMS.pue}, {DEFAULT_SCENARIO_PARAMS.amortizationYears}-year amortization —
          change them in any leaderboard or save your own scenario.
        </p>
      </section>
      <section aria-labelledby="headline-title" className="space-y-3">
        <h2 id="headline-title">Cheapest per model type</h2>
        <ul className="grid gap-4 md:grid-cols-2" data-testid="headline">
          {headline.map((entry) => (
            <li key={entry.modelType.slug} className="space-y-3 rounded-lg border border-slate-200 p-4 dark:border-slate-800">
              <h3 className="font-semibold">
                <Link href={`/leaderboard/${entry.modelType.slug}`}>{entry.modelType.label}</Link>
              </h3>
              <Cheapest row={entry.cloud} label="Cloud" kind="cloud" />
              <Cheapest row={entry.onprem} label="On-prem" kind="onprem" />
              {entry.estimate ? <EstimateLine row={entry.estimate} /> : null}
            </li>
          ))}
        </ul>
        <p>
          <Link href="/leaderboard">
            Full leaderboard <ArrowIcon />
          </Link>
        </p>
      </section>
    </div>
  );
}
