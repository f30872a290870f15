// Leaderboard rows: every metric of (offering × model × chosen throughput point) under one set of
// assumptions, ranked by cost per million tokens.
import {
  capexUsdPerAccelerator,
  cloudUsdPerAcceleratorHour,
  estimateUsdPerAcceleratorHour,
  facilityKwPerAccelerator,
  onpremUsdPerAcceleratorHour,
  resolveKwPerAccelerator,
  type KwSource,
} from "./accelerator-hour";
import type { CostAssumptions, TokenBasis } from "./assumptions";
import { joulesPerToken, tokensPerDollar, tokensPerSecondPerMegawatt, usdPerMillionTokens } from "./cost-per-token";

export type OfferingCostInput =
  | { kind: "cloud"; usdPerUnitHour: number; acceleratorsPerUnit: number }
  | { kind: "onprem"; capexUsdPerUnit: number; acceleratorsPerUnit: number; allInKwPerUnit?: number | null }
  | { kind: "estimate"; usdPerUnitHour: number; acceleratorsPerUnit: number };

export type OfferingKind = OfferingCostInput["kind"];

/** The throughput point chosen for a row: measured, or read off the frontier (throughputAtInteractivity). */
export type RankPoint = {
  tokenBasis: TokenBasis;
  tokensPerSecondPerAccelerator: number;
  interactivity?: number | null;
  interpolated: boolean;
  sourceIds: string[];
  measuredWattsPerAccelerator?: number | null;
};

export type RankInput<M = undefined> = {
  offeringSlug: string;
  modelSlug: string;
  modelType?: string;
  acceleratorSlug?: string;
  offering: OfferingCostInput;
  /** Accelerator's all-in provisioned kW (facility included). */
  acceleratorProvisionedKw?: number | null;
  point: RankPoint;
  /** Passed through untouched (names, links) so callers need not join back. */
  meta?: M;
};

export type CostBreakdown =
  | { kind: "cloud"; rentUsdPerAcceleratorHour: number }
  | { kind: "onprem"; capexUsdPerAcceleratorHour: number; opexUsdPerAcceleratorHour: number; powerUsdPerAcceleratorHour: number }
  | { kind: "estimate"; allInUsdPerAcceleratorHour: number };

export type RowPower = {
  kwPerAccelerator: number;
  source: KwSource;
  includesFacility: boolean;
  /** kW per accelerator at the facility meter: the figure behind power cost, tokens/s/MW and J/token. */
  facilityKwPerAccelerator: number;
};

export type RankedRow<M = undefined> = {
  rank: number;
  offeringSlug: string;
  modelSlug: string;
  modelType?: string;
  acceleratorSlug?: string;
  offeringKind: OfferingKind;
  tokenBasis: TokenBasis;
  interactivity: number | null;
  interpolated: boolean;
  sourceIds: string[];
  tokensPerSecondPerAccelerator: number;
  usdPerAcceleratorHour: number;
  costBreakdown: CostBreakdown;
  power: RowPower | null;
  utilization: number;
  usdPerMillionTokens: number;
  tokensPerDollar: number;
  /** Tokens/s one MW of facility power sustains; null when no power figure is known. */
  tokensPerSecondPerMegawatt: number | null;
  /** Facility-level energy per token; null when no power figure is known. */
  joulesPerToken: number | null;
  meta?: M;
};

export type ExcludedRow = { offeringSlug: string; modelSlug: string; reason: string };

type Computed<M> = { row: Omit<RankedRow<M>, "rank"> } | { excluded: ExcludedRow };

export function computeRow<M>(input: RankInput<M>, assumptions: CostAssumptions): Computed<M> {
  const exclude = (reason: string): Computed<M> => ({
    excluded: { offeringSlug: input.offeringSlug, modelSlug: input.modelSlug, reason },
  });
  const { point, offering } = input;
  // Bases are never mixed in one ranking: a point on the other basis is a caller bug made visible.
  if (point.tokenBasis !== assumptions.tokenBasis) {
    return exclude(`throughput is on the ${point.tokenBasis} token basis, the ranking on ${assumptions.tokenBasis}`);
  }
  if (!(point.tokensPerSecondPerAccelerator > 0) || !Number.isFinite(point.tokensPerSecondPerAccelerator)) {
    return exclude("no positive throughput per accelerator");
  }

  const resolved = resolveKwPerAccelerator({
    measuredWattsPerAccelerator: point.measuredWattsPerAccelerator,
    offeringAllInKwPerUnit: offering.kind === "onprem" ? offering.allInKwPerUnit : null,
    acceleratorsPerUnit: offering.acceleratorsPerUnit,
    acceleratorProvisionedKw: input.acceleratorProvisionedKw,
  });
  // Spelled out rather than spread: rows are kept by the thousand, and a spread gave each its own hidden class.
  const power: RowPower | null = resolved && {
    kwPerAccelerator: resolved.kwPerAccelerator,
    source: resolved.source,
    includesFacility: resolved.includesFacility,
    facilityKwPerAccelerator: facilityKwPerAccelerator(resolved, assumptions.pue),
  };

  let usdPerAcceleratorHour: number;
  let costBreakdown: CostBreakdown;
  if (offering.kind === "cloud") {
    usdPerAcceleratorHour = cloudUsdPerAcceleratorHour({
      usdPerUnitHour: offering.usdPerUnitHour,
      acceleratorsPerUnit: offering.acceleratorsPerUnit,
      discount: assumptions.cloudDiscount,
    });
    costBreakdown = { kind: "cloud", rentUsdPerAcceleratorHour: usdPerAcceleratorHour };
  } else if (offering.kind === "estimate") {
    usdPerAcceleratorHour = estimateUsdPerAcceleratorHour(offering);
    costBreakdown = { kind: "estimate", allInUsdPerAcceleratorHour: usdPerAcceleratorHour };
  } else {
    if (!resolved) return exclude("on-prem cost needs a power figure: none measured, none for the offering or accelerator");
    const onprem = onpremUsdPerAcceleratorHour({
      capexUsdPerAccelerator: capexUsdPerAccelerator(offering.capexUsdPerUnit, offering.acceleratorsPerUnit),
      amortizationYears: assumptions.amortizationYears,
      annualOpexRate: assumptions.annualOpexRate,
      kwPerAccelerator: resolved.kwPerAccelerator,
      kwIncludesFacility: resolved.includesFacility,
      pue: assumptions.pue,
      electricityUsdPerKwh: assumptions.electricityUsdPerKwh,
    });
    usdPerAcceleratorHour = onprem.usdPerAcceleratorHour;
    costBreakdown = {
      kind: "onprem",
      capexUsdPerAcceleratorHour: onprem.capexUsdPerAcceleratorHour,
      opexUsdPerAcceleratorHour: onprem.opexUsdPerAcceleratorHour,
      powerUsdPerAcceleratorHour: onprem.powerUsdPerAcceleratorHour,
    };
  }

  const usdPerMillion = usdPerMillionTokens({
    usdPerAcceleratorHour,
    tokensPerSecondPerAccelerator: point.tokensPerSecondPerAccelerator,
    utilization: assumptions.utilization,
  });
  return {
    row: {
      offeringSlug: input.offeringSlug,
      modelSlug: input.modelSlug,
      modelType: input.modelType,
      acceleratorSlug: input.acceleratorSlug,
      offeringKind: offering.kind,
      tokenBasis: point.tokenBasis,
      interactivity: point.interactivity ?? null,
      interpolated: point.interpolated,
      sourceIds: point.sourceIds,
      tokensPerSecondPerAccelerator: point.tokensPerSecondPerAccelerator,
      usdPerAcceleratorHour,
      costBreakdown,
      power,
      utilization: assumptions.utilization,
      usdPerMillionTokens: usdPerMillion,
      // A free offering (price 0) has no finite tokens per dollar.
      tokensPerDollar: usdPerMillion > 0 ? tokensPerDollar(usdPerMillion) : Number.POSITIVE_INFINITY,
      tokensPerSecondPerMegawatt: power ? tokensPerSecondPerMegawatt(point.tokensPerSecondPerAccelerator, power.facilityKwPerAccelerator) : null,
      joulesPerToken: power ? joulesPerToken(power.facilityKwPerAccelerator * 1000, point.tokensPerSecondPerAccelerator) : null,
      meta: input.meta,
    },
  };
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// Costs reached by different arithmetic paths can differ in the last bits; rounding to 12 significant
// digits (far beyond anything displayed) lets such equal costs fall through to the slug tie-break.
function costKey(usdPerMillionTokensValue: number): number {
  return Number(usdPerMillionTokensValue.toPrecision(12));
}

/** Cheapest first; equal costs fall back to offering slug, model slug, then source ids, so order never flickers. */
export function compareRows(a: Omit<RankedRow<unknown>, "rank">, b: Omit<RankedRow<unknown>, "rank">): number {
  return (
    costKey(a.usdPerMillionTokens) - costKey(b.usdPerMillionTokens) ||
    compareText(a.offeringSlug, b.offeringSlug) ||
    compareText(a.modelSlug, b.modelSlug) ||
    compareText(a.sourceIds.join(","), b.sourceIds.join(","))
  );
}

/** Ranks rows by usdPerMillionTokens (rank 1 = cheapest); rows that cannot be costed are listed with why. */
export function rankRows<M = undefined>(inputs: readonly RankInput<M>[], assumptions: CostAssumptions): { rows: RankedRow<M>[]; excluded: ExcludedRow[] } {
  const computed: Omit<RankedRow<M>, "rank">[] = [];
  const excluded: ExcludedRow[] = [];
  for (const input of inputs) {
    const result = computeRow(input, assumptions);
    if ("row" in result) computed.push(result.row);
    else excluded.push(result.excluded);
  }
  const rows = computed.sort(compareRows).map((row, index) => ({ ...row, rank: index + 1 }));
  return { rows, excluded };
}

/**
 * The cheapest row of each group (e.g. per offering, per accelerator, per model type), ranked 1..n among
 * themselves. `rows` must be ranked already (rankRows output).
 */
export function bestPerGroup<M>(rows: readonly RankedRow<M>[], groupKey: (row: RankedRow<M>) => string): RankedRow<M>[] {
  const seen = new Set<string>();
  const best: RankedRow<M>[] = [];
  for (const row of [...rows].sort(compareRows)) {
    const key = groupKey(row);
    if (seen.has(key)) continue;
    seen.add(key);
    best.push(row);
  }
  return best.map((row, index) => ({ ...row, rank: index + 1 }));
}
