import { ArrowIcon } from "@/components/ui/arrow-icon";
import { GlossaryLink } from "@/components/ui/glossary-link";
import { Link } from "@/components/ui/link";
import type { AcceleratorRanking } from "@/lib/data/leaderboard/get-accelerator-ranking";
import { serializeBuyerModel } from "@/lib/serializers/buyer-summary";

import { BuyerModelCards } from "./buyer-model-cards";

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
        <Link href="/leaderboard">
          Change assumptions on the leaderboard
          <ArrowIcon spaced />
        </Link>
      </p>
      {ranking.notRankedReason ? (
        <p className="rounded border border-amber-300 bg-amber-50 p-3 text-sm dark:border-amber-800 dark:bg-amber-950" data-testid="not-ranked">
          <strong>Not ranked.</strong> {ranking.notRankedReason} Its results are listed below.
        </p>
      ) : null}
      {ranking.models.length === 0 ? <p className="text-sm">No approved benchmark results for this accelerator yet.</p> : null}
      <BuyerModelCards models={ranking.models.map(serializeBuyerModel)} />
    </section>
  );
}
