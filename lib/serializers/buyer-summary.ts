import type { AcceleratorModelSummary } from "@/lib/data/leaderboard/get-accelerator-ranking";
import type { LeaderboardRow } from "@/lib/data/leaderboard/get-leaderboard";
import { formatNumber, formatUsd } from "@/lib/format/numbers";

// What a buyer card shows of a ranked row, and nothing else: the card list is a client component, so
// these objects are its RSC payload. Figures are display strings, formatted here rather than while the
// page hydrates (lib/serializers/leaderboard.ts says why).
function serializeCheapest(row: LeaderboardRow | null) {
  if (!row?.meta) return null;
  return {
    offeringKind: row.offeringKind,
    offering: { slug: row.meta.offering.slug, name: row.meta.offering.name },
    precision: row.meta.precision,
    display: {
      usdPerMillionTokens: formatUsd(row.usdPerMillionTokens, 3),
      tokensPerSecondPerAccelerator: formatNumber(row.tokensPerSecondPerAccelerator, 0),
    },
  };
}

export function serializeBuyerModel(m: AcceleratorModelSummary) {
  const first = m.cheapest.cloud ?? m.cheapest.onprem ?? m.cheapest.estimate;
  return {
    model: m.model,
    resultCount: m.resultCount,
    notRankedReason: m.notRankedReason,
    display: { tokensPerSecondPerMegawatt: formatNumber(m.tokensPerSecondPerMegawatt, 0) },
    evidence: first?.meta?.evidence ?? null,
    source: first?.meta?.source ?? null,
    cloud: serializeCheapest(m.cheapest.cloud),
    onprem: serializeCheapest(m.cheapest.onprem),
    estimate: serializeCheapest(m.cheapest.estimate),
  };
}

export type SerializedBuyerModel = ReturnType<typeof serializeBuyerModel>;
