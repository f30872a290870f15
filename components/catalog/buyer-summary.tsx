import Link from "next/link";

import { EvidenceBadge } from "@/components/ui/evidence-badge";
import { GlossaryLink } from "@/components/ui/glossary-link";
import type { AcceleratorRanking } from "@/lib/data/leaderboard/get-accelerator-ranking";
import type { LeaderboardRow } from "@/lib/data/leaderboard/get-leaderboard";
import { OFFERING_KIND_LABELS } from "@/lib/format/labels";
import { formatNumber, formatUsd } from "@/lib/format/numbers";

function KindLine({ kind, row }: { kind: "cloud" | "onprem" | "estimate"; row: LeaderboardRow | null }) {
  const label = OFFERING_KIND_LABELS[kind];
  if (!row) {
    return (
      <div className="flex justify-between gap-3 text-sm text-slate-500">
        <dt>{label}</dt>
        <dd>—</dd>
      </div>
    );
  }
  const meta = row.meta!;
  return (
    <div className="text-sm" data-testid={`buyer-${kind}`} data-offering-kind={row.offeringKind}>
      <div className="flex justify-between gap-3">
        <dt className={kind === "estimate" ? "text-slate-600 dark:text-slate-400" : ""}>
          {kind === "estimate" ? <GlossaryLink term="ownership-estimate">{label}</GlossaryLink> : label}
        </dt>
        <dd className="font-semibold whitespace-nowrap" data-testid="buyer-usd-per-million">
          {formatUsd(row.usdPerMillionTokens, 3)}/M
        </dd>
      </div>
      <p className="text-xs break-words text-slate-500">
        <Link href={`/offerings/${meta.offering.slug}`}>{meta.offering.name}</Link> · {meta.precision} · {formatNumber(row.tokensPerSecondPerAccelerator, 0)}{" "}
        tok/s per accelerator
      </p>
    </div>
  );
}

// The first thing on a hardware page: per model, what a million output tokens cost on this accelerator
// with the cheapest offering of each kind. Cards, not a wide table, so the figures fit a phone screen.
export function BuyerSummary({ ranking }: { ranking: AcceleratorRanking }) {
  return (
    <section aria-labelledby="buyer-title" className="space-y-3" data-testid="buyer-summary">
      <h2 id="buyer-title">
        <GlossaryLink term="usd-per-million-tokens">Cost per million output tokens</GlossaryLink> by model
      </h2>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Cheapest offering of each kind under the default assumptions, prices as of {ranking.asOf}.{" "}
        <Link href="/leaderboard">Change assumptions on the leaderboard →</Link>
      </p>
      {ranking.notRankedReason ? (
        <p className="rounded border border-amber-300 bg-amber-50 p-3 text-sm dark:border-amber-800 dark:bg-amber-950" data-testid="not-ranked">
          <strong>Not ranked.</strong> {ranking.notRankedReason} Its results are listed below.
        </p>
      ) : null}
      {ranking.models.length === 0 ? <p className="text-sm">No approved benchmark results for this accelerator yet.</p> : null}
      <ul className="grid grid-cols-1 gap-3 sm:grid-cols-2 xl:grid-cols-3">
        {ranking.models.map((m) => (
          <li
            key={m.model.slug}
            className="min-w-0 space-y-2 rounded-lg border border-slate-200 p-3 dark:border-slate-800"
            data-testid="buyer-model"
            data-model={m.model.slug}
          >
            <h3 className="font-semibold">
              <Link href={`/leaderboard?model=${m.model.slug}`}>{m.model.name}</Link>{" "}
              <span className="text-xs font-normal text-slate-500">
                {m.model.typeLabel} · {m.resultCount} result{m.resultCount === 1 ? "" : "s"}
              </span>
            </h3>
            {m.notRankedReason ? (
              <p className="text-sm text-slate-600 dark:text-slate-400" data-testid="model-not-ranked">
                Not ranked: {m.notRankedReason}
              </p>
            ) : (
              <>
                <dl className="space-y-1.5">
                  <KindLine kind="cloud" row={m.cheapest.cloud} />
                  <KindLine kind="onprem" row={m.cheapest.onprem} />
                  {m.cheapest.estimate ? <KindLine kind="estimate" row={m.cheapest.estimate} /> : null}
                </dl>
                <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-slate-500">
                  <span>
                    <GlossaryLink term="tokens-per-second-per-megawatt">tok/s per MW</GlossaryLink>:{" "}
                    <span data-testid="buyer-per-mw">{formatNumber(m.tokensPerSecondPerMegawatt, 0)}</span>
                  </span>
                  {(() => {
                    const row = m.cheapest.cloud ?? m.cheapest.onprem ?? m.cheapest.estimate;
                    return row?.meta ? (
                      <>
                        <EvidenceBadge evidence={row.meta.evidence} />
                        {row.meta.source ? <span>{row.meta.source}</span> : null}
                      </>
                    ) : null;
                  })()}
                </p>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
