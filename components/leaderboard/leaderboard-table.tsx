"use client";

import { EvidenceBadge } from "@/components/ui/evidence-badge";
import { GlossaryLink } from "@/components/ui/glossary-link";
import { TableWrap } from "@/components/ui/table-wrap";
import { offeringKindLabel } from "@/lib/format/labels";
import type { LeaderboardTableRow } from "@/lib/serializers/leaderboard";

// A client component fed plain JSON rows: the page's RSC payload then carries the data once instead of
// a serialized element tree per cell, which made the server render several times slower
// (bench:leaderboard). Plain anchors, not next/link, for the same reason. Its figures come formatted
// (lib/serializers/leaderboard.ts).
export function LeaderboardTable({ rows, tokenBasis }: { rows: LeaderboardTableRow[]; tokenBasis: string }) {
  return (
    <TableWrap label="Leaderboard">
      <table data-testid="leaderboard-table" className="stack-on-phone">
        <caption className="sr-only">Offerings ranked by cost per million {tokenBasis} tokens</caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">Offering</th>
            <th scope="col">Accelerator</th>
            <th scope="col">Model</th>
            <th scope="col">Precision</th>
            <th scope="col">
              <GlossaryLink term="usd-per-million-tokens">$/M {tokenBasis} tokens</GlossaryLink>
            </th>
            <th scope="col">
              <GlossaryLink term="tokens-per-dollar">Tokens per $</GlossaryLink>
            </th>
            <th scope="col">
              <GlossaryLink term="usd-per-accelerator-hour">$/accelerator-hour</GlossaryLink>
            </th>
            <th scope="col">
              <GlossaryLink term="tokens-per-second-per-accelerator">tok/s per accelerator</GlossaryLink>
            </th>
            <th scope="col">
              <GlossaryLink term="interactivity">tok/s per user</GlossaryLink>
            </th>
            <th scope="col">
              <GlossaryLink term="tokens-per-second-per-megawatt">tok/s per MW</GlossaryLink>
            </th>
            <th scope="col">Results</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={`${r.offering.slug}|${r.model.slug}`} data-testid="leaderboard-row" data-offering={r.offering.slug} data-model={r.model.slug}>
              <td className="cell-rank">{r.rank}</td>
              <td className="cell-main sm:min-w-52">
                <a href={`/offerings/${r.offering.slug}`}>{r.offering.name}</a>
                <span className="block text-xs text-slate-500">
                  <a href={`/vendors/${r.offering.provider.slug}`} className="text-slate-500">
                    {r.offering.provider.name}
                  </a>{" "}
                  · <span data-testid="offering-kind">{offeringKindLabel(r.offering.kind, r.pricingBasis)}</span>
                </span>
              </td>
              <td data-label="Accelerator">
                <a href={`/hardware/${r.accelerator.slug}`}>{r.accelerator.name}</a>
              </td>
              <td className="min-w-44" data-label="Model">
                <a href={`/models/${r.model.slug}`}>{r.model.name}</a>
                <span className="block text-xs text-slate-500" data-testid="row-workload">
                  {r.workload}
                </span>
                <span className="mt-0.5 flex flex-wrap items-center gap-1 text-xs text-slate-500">
                  <EvidenceBadge evidence={r.evidence} />
                  {r.source ? <span data-testid="row-source">{r.source}</span> : null}
                </span>
              </td>
              <td data-label="Precision">{r.precision}</td>
              <td className="cell-key font-semibold whitespace-nowrap" data-testid="usd-per-million">
                {r.display.usdPerMillionTokens}
              </td>
              <td data-label="Tokens per $">{r.display.tokensPerDollar}</td>
              <td className="whitespace-nowrap" data-label="$/accelerator-hour">
                {r.display.usdPerAcceleratorHour}
              </td>
              <td data-label="tok/s per accelerator">
                {r.display.tokensPerSecondPerAccelerator}
                {r.interpolated ? (
                  <GlossaryLink term="interpolated">
                    <span className="ml-1 text-xs text-amber-700 dark:text-amber-400" title="Interpolated between measured points">
                      interp.
                    </span>
                  </GlossaryLink>
                ) : null}
              </td>
              <td data-label="tok/s per user">{r.display.interactivityTokensPerSecondPerUser}</td>
              <td data-label="tok/s per MW">{r.display.tokensPerSecondPerMegawatt}</td>
              <td className="whitespace-nowrap text-xs" data-label="Results">
                {r.submissionIds.map((id, i) => (
                  <a key={id} href={`/submissions/${id}`} className="mr-1">
                    [{i + 1}]
                  </a>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
