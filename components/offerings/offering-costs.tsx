import { GlossaryLink } from "@/components/ui/glossary-link";
import { Link } from "@/components/ui/link";
import { TableWrap } from "@/components/ui/table-wrap";
import type { OfferingCosts } from "@/lib/data/offerings/get-offering-costs";
import { formatUsd } from "@/lib/format/numbers";

// English ordinals for a rank: 1st, 2nd, 3rd, 4th … 11th, 12th, 13th … 21st.
function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? "th" : (({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[n % 10] ?? "th");
  return `${n}${suffix}`;
}

/** The offering's $/M tokens per model, each with its rank among every offering for that model. */
export function OfferingCostsSection({
  costs,
  asOfParam,
  providerSlug,
  kind,
}: {
  costs: OfferingCosts;
  /** The page's own ?asOf=, carried to the leaderboard so it shows the same day's prices. */
  asOfParam?: string;
  providerSlug: string;
  kind: string;
}) {
  const asOfQuery = asOfParam ? `&asOf=${asOfParam}` : "";
  return (
    <section aria-labelledby="cost-per-million-tokens" className="space-y-2" data-testid="offering-costs">
      <h2 id="cost-per-million-tokens">Cost per million tokens</h2>
      {costs.models.length === 0 ? (
        <p data-testid="offering-costs-empty">
          {costs.acceleratorResultCount === 0 ? (
            <>
              No approved result for this accelerator yet — <Link href="/submit">submit one</Link>.
            </>
          ) : (
            costs.notRankedReason
          )}
        </p>
      ) : (
        <>
          <p className="text-sm text-slate-600 dark:text-slate-400">
            What this offering costs per million output tokens for each model with an approved result on its accelerator, under the default assumptions on{" "}
            {costs.asOf}, and where that ranks among every offering for the model.
            {costs.totalModels > costs.models.length ? (
              <span data-testid="offering-costs-count">
                {" "}
                Showing the cheapest {costs.models.length} of {costs.totalModels} models.
              </span>
            ) : null}
          </p>
          <TableWrap label="Cost per million tokens">
            <table className="stack-on-phone" data-testid="offering-costs-table">
              <thead>
                <tr>
                  <th scope="col">Model</th>
                  <th scope="col">
                    <GlossaryLink term="usd-per-million-tokens">$/M output tokens</GlossaryLink>
                  </th>
                  <th scope="col">Rank for the model</th>
                </tr>
              </thead>
              <tbody>
                {costs.models.map((m) => (
                  <tr key={m.model.slug} data-testid="offering-cost-row" data-model={m.model.slug} data-rank={m.rank} data-offering-count={m.offeringCount}>
                    <td className="cell-main">
                      <Link href={`/leaderboard?model=${m.model.slug}${asOfQuery}`} data-testid="offering-cost-model">
                        {m.model.name}
                      </Link>
                    </td>
                    <td className="cell-key whitespace-nowrap" data-testid="offering-cost-usd">
                      {formatUsd(m.usdPerMillionTokens, 3)}
                    </td>
                    <td data-label="Rank" data-testid="offering-cost-rank">
                      {ordinal(m.rank)} of {m.offeringCount}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        </>
      )}
      <p className="text-sm">
        <Link href={`/leaderboard?vendor=${providerSlug}&deployment=${kind}`}>This provider&apos;s offerings on the leaderboard</Link>
      </p>
    </section>
  );
}
