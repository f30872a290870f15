import { GlossaryLink } from "@/components/ui/glossary-link";
import { Link } from "@/components/ui/link";
import { TableWrap } from "@/components/ui/table-wrap";
import type { VendorLeaderboardEntry } from "@/lib/data/leaderboard/get-vendor-leaderboard";
import { formatUsd } from "@/lib/format/numbers";

export function VendorRanking({ entries, vendorName }: { entries: VendorLeaderboardEntry[]; vendorName: string }) {
  if (entries.length === 0) {
    return <p>No offering of {vendorName} (as provider or chip maker) has an approved result to rank under the default assumptions.</p>;
  }
  return (
    <TableWrap label={`${vendorName} ranking`}>
      <table data-testid="vendor-ranking">
        <thead>
          <tr>
            <th scope="col">Offering</th>
            <th scope="col">Model</th>
            <th scope="col">
              <GlossaryLink term="usd-per-million-tokens">$/M output tokens</GlossaryLink>
            </th>
            <th scope="col">Rank for the model</th>
            <th scope="col">Best other vendor</th>
            <th scope="col">vs best other</th>
          </tr>
        </thead>
        <tbody>
          {entries.map(({ row, overallRank, modelRowCount, bestOther, deltaVsBestOther }) => (
            <tr key={`${row.offeringSlug}|${row.modelSlug}`} data-testid="vendor-ranking-row">
              <td>
                <Link href={`/offerings/${row.offeringSlug}`}>{row.meta!.offering.name}</Link>
              </td>
              <td>
                <Link href={`/leaderboard?model=${row.modelSlug}`}>{row.meta!.model.name}</Link>
              </td>
              <td className="font-semibold">{formatUsd(row.usdPerMillionTokens, 3)}</td>
              <td>
                {overallRank} of {modelRowCount}
              </td>
              <td>
                {bestOther ? (
                  <>
                    <Link href={`/offerings/${bestOther.offeringSlug}`}>{bestOther.meta!.offering.name}</Link> {formatUsd(bestOther.usdPerMillionTokens, 3)}
                  </>
                ) : (
                  "—"
                )}
              </td>
              <td className={deltaVsBestOther != null && deltaVsBestOther <= 0 ? "text-emerald-700 dark:text-emerald-400" : "text-red-700 dark:text-red-400"}>
                {deltaVsBestOther == null ? "—" : `${deltaVsBestOther <= 0 ? "" : "+"}${(deltaVsBestOther * 100).toFixed(0)}%`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
