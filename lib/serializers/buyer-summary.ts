import type { AcceleratorModelSummary } from "@/lib/data/leaderboard/get-accelerator-ranking";
import type { LeaderboardRow } from "@/lib/data/leaderboard/get-leaderboard";

// What a buyer card shows of a ranked row, and nothing else: the card list is a client component, so
// these objects are its RSC payload.
function serializeCheapest(row: LeaderboardRow | null) {
  if (!row?.meta) return null;
  return {
    offeringKind: row.offeringKind,
    usdPerMillionTokens: row.usdPerMillionTokens,
    offering: { slug: row.meta.offering.slug, name: row.meta.offering.name },
    precision: row.meta.precision,
    tokensPerSecondPerAccelerator: row.tokensPerSecondPerAccelerator,
  };
}

export function serializeBuyerModel(m: AcceleratorModelSummary) {
  const first = m.cheapest.cloud ?? m.cheapest.onprem ?? m.cheapest.estimate;
  return {
    model: m.model,
    resultCount: m.resultCount,
    notRankedReason: m.notRankedReason,
    tokensPerSecondPerMegawatt: m.tokensPerSecondPerMegawatt,
    evidence: first?.meta?.evidence ?? null,
    source: first?.meta?.source ?? null,
    cloud: serializeCheapest(m.cheapest.cloud),
    onprem: serializeCheapest(m.cheapest.onprem),
    estimate: serializeCheapest(m.cheapest.estimate),
  };
}

export type SerializedBuyerModel = ReturnType<typeof serializeBuyerModel>;
