"use client";

import { EvidenceBadge } from "@/components/ui/evidence-badge";
import { GlossaryLink } from "@/components/ui/glossary-link";
import { OFFERING_KIND_LABELS } from "@/lib/format/labels";
import type { SerializedBuyerModel } from "@/lib/serializers/buyer-summary";

type Cheapest = SerializedBuyerModel["cloud"];

function KindLine({ kind, row }: { kind: "cloud" | "onprem" | "estimate"; row: Cheapest }) {
  const label = OFFERING_KIND_LABELS[kind];
  if (!row) {
    return (
      <div className="flex justify-between gap-3 text-sm text-slate-500">
        <dt>{label}</dt>
        <dd>—</dd>
      </div>
    );
  }
  return (
    <div className="text-sm" data-testid={`buyer-${kind}`} data-offering-kind={row.offeringKind}>
      <div className="flex justify-between gap-3">
        <dt className={kind === "estimate" ? "text-slate-600 dark:text-slate-400" : ""}>
          {kind === "estimate" ? <GlossaryLink term="ownership-estimate">{label}</GlossaryLink> : label}
        </dt>
        <dd className="font-semibold whitespace-nowrap" data-testid="buyer-usd-per-million">
          {row.display.usdPerMillionTokens}/M
        </dd>
      </div>
      <p className="text-xs break-words text-slate-500">
        <a href={`/offerings/${row.offering.slug}`}>{row.offering.name}</a> · {row.precision} · {row.display.tokensPerSecondPerAccelerator} tok/s per
        accelerator
      </p>
    </div>
  );
}

// One card per model. A client component fed plain JSON, like the leaderboard table: a busy accelerator
// has a card for each of dozens of models, and as server output every card's element tree went into
// the page's RSC payload next to its HTML (88 KB of a 326 KB page at 100k submissions). Plain anchors
// for the same reason.
export function BuyerModelCards({ models }: { models: SerializedBuyerModel[] }) {
  return (
    <ul className="grid grid-cols-1 gap-3 sm:grid-cols-2 xl:grid-cols-3">
      {models.map((m) => (
        <li
          key={m.model.slug}
          className="min-w-0 space-y-2 rounded-lg border border-slate-200 p-3 dark:border-slate-800"
          data-testid="buyer-model"
          data-model={m.model.slug}
        >
          <h3 className="font-semibold">
            <a href={`/leaderboard?model=${m.model.slug}`}>{m.model.name}</a>{" "}
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
                <KindLine kind="cloud" row={m.cloud} />
                <KindLine kind="onprem" row={m.onprem} />
                {m.estimate ? <KindLine kind="estimate" row={m.estimate} /> : null}
              </dl>
              <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-slate-500">
                <span>
                  <GlossaryLink term="tokens-per-second-per-megawatt">tok/s per MW</GlossaryLink>:{" "}
                  <span data-testid="buyer-per-mw">{m.display.tokensPerSecondPerMegawatt}</span>
                </span>
                {m.evidence ? (
                  <>
                    <EvidenceBadge evidence={m.evidence} />
                    {m.source ? <span>{m.source}</span> : null}
                  </>
                ) : null}
              </p>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
