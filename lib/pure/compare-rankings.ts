// Pure (no I/O): the same leaderboard ranked under two scenarios, joined row by row (offering × model).

export type RankedEntry = {
  offeringSlug: string;
  offeringName: string;
  modelSlug: string;
  modelName: string;
  rank: number;
  usdPerMillionTokens: number;
};

export type ComparedEntry = {
  key: string;
  offeringSlug: string;
  offeringName: string;
  modelSlug: string;
  modelName: string;
  rankA: number | null;
  rankB: number | null;
  /** Places gained under B (positive = climbed); null when ranked under only one of them. */
  rankChange: number | null;
  usdPerMillionTokensA: number | null;
  usdPerMillionTokensB: number | null;
  /** B − A in $ per million tokens; null when not comparable (missing row or different token bases). */
  usdPerMillionTokensChange: number | null;
  /** (B − A) / A; null when not comparable or A is 0. */
  relativeCostChange: number | null;
};

const keyOf = (e: Pick<RankedEntry, "offeringSlug" | "modelSlug">) => `${e.offeringSlug}|${e.modelSlug}`;

/**
 * Every row ranked under A or B. Costs on different token bases are never subtracted (they measure
 * different things), so `sameTokenBasis: false` leaves the cost change empty.
 */
export function compareRankings(a: readonly RankedEntry[], b: readonly RankedEntry[], sameTokenBasis = true): ComparedEntry[] {
  const byKeyA = new Map(a.map((e) => [keyOf(e), e]));
  const byKeyB = new Map(b.map((e) => [keyOf(e), e]));
  const keys = [...new Set([...byKeyB.keys(), ...byKeyA.keys()])];
  const entries = keys.map((key): ComparedEntry => {
    const ea = byKeyA.get(key);
    const eb = byKeyB.get(key);
    const any = (eb ?? ea)!;
    const costA = ea?.usdPerMillionTokens ?? null;
    const costB = eb?.usdPerMillionTokens ?? null;
    const comparable = sameTokenBasis && costA !== null && costB !== null;
    return {
      key,
      offeringSlug: any.offeringSlug,
      offeringName: any.offeringName,
      modelSlug: any.modelSlug,
      modelName: any.modelName,
      rankA: ea?.rank ?? null,
      rankB: eb?.rank ?? null,
      rankChange: ea && eb ? ea.rank - eb.rank : null,
      usdPerMillionTokensA: costA,
      usdPerMillionTokensB: costB,
      usdPerMillionTokensChange: comparable ? costB - costA : null,
      relativeCostChange: comparable && costA !== 0 ? (costB - costA) / costA : null,
    };
  });
  // Ranked under B first (in B's order), then rows only A ranks, in A's order.
  return entries.sort((x, y) => (x.rankB ?? Infinity) - (y.rankB ?? Infinity) || (x.rankA ?? Infinity) - (y.rankA ?? Infinity) || x.key.localeCompare(y.key));
}
