import type { Leaderboard, LeaderboardRow } from "@/lib/data/leaderboard/get-leaderboard";
import { toCsv } from "@/lib/format/csv";
import { formatNumber, formatUsd } from "@/lib/format/numbers";
import { describeWorkload } from "@/lib/format/workload";

// Non-finite numbers (a free offering's tokens per dollar) become null: JSON has no Infinity.
const finite = (n: number | null | undefined) => (n == null || !Number.isFinite(n) ? null : n);

export function serializeLeaderboardRow(row: LeaderboardRow) {
  const meta = row.meta!;
  return {
    rank: row.rank,
    offering: meta.offering,
    accelerator: meta.accelerator,
    model: { slug: meta.model.slug, name: meta.model.name, type: meta.model.type },
    precision: meta.precision,
    engine: meta.engine,
    pricingBasis: meta.pricingBasis,
    evidence: meta.evidence,
    source: meta.source,
    workload: meta.workload,
    tokenBasis: row.tokenBasis,
    usdPerMillionTokens: row.usdPerMillionTokens,
    tokensPerDollar: finite(row.tokensPerDollar),
    usdPerAcceleratorHour: row.usdPerAcceleratorHour,
    tokensPerSecondPerAccelerator: row.tokensPerSecondPerAccelerator,
    interactivityTokensPerSecondPerUser: finite(row.interactivity),
    tokensPerSecondPerMegawatt: finite(row.tokensPerSecondPerMegawatt),
    joulesPerToken: finite(row.joulesPerToken),
    powerSource: row.power?.source ?? null,
    costBreakdown: row.costBreakdown,
    utilization: row.utilization,
    interpolated: row.interpolated,
    submissionIds: row.sourceIds,
  };
}

export type SerializedLeaderboardRow = ReturnType<typeof serializeLeaderboardRow>;

export type ScenarioRef = { id: string; name: string; revision: number } | null;

export function serializeLeaderboard(board: Leaderboard, scenario: ScenarioRef, overrides: string[]) {
  return {
    assumptions: { ...board.params, asOf: board.asOf, vendor: board.vendor },
    scenario,
    overrides,
    totalRows: board.totalRows,
    rows: board.rows.map(serializeLeaderboardRow),
  };
}

export const LEADERBOARD_CSV_COLUMNS = [
  "rank",
  "offering.slug",
  "offering.name",
  "offering.kind",
  "offering.provider.slug",
  "offering.provider.name",
  "accelerator.slug",
  "accelerator.name",
  "model.slug",
  "model.name",
  "model.type",
  "precision",
  "engine",
  "pricingBasis",
  "evidence",
  "source",
  "workload.class",
  "workload.servingRegime",
  "workload.inputTokens",
  "workload.outputTokens",
  "workload.batchSize",
  "workload.concurrency",
  "tokenBasis",
  "usdPerMillionTokens",
  "tokensPerDollar",
  "usdPerAcceleratorHour",
  "tokensPerSecondPerAccelerator",
  "interactivityTokensPerSecondPerUser",
  "tokensPerSecondPerMegawatt",
  "joulesPerToken",
  "powerSource",
  "utilization",
  "interpolated",
  "submissionIds",
] as const;

export function leaderboardToCsv(board: Leaderboard): string {
  const rows = board.rows.map(serializeLeaderboardRow).map((r) => {
    const flat: Record<string, unknown> = {};
    for (const column of LEADERBOARD_CSV_COLUMNS) {
      const value = column.split(".").reduce<unknown>((acc, key) => (acc as Record<string, unknown>)?.[key], r);
      flat[column] = Array.isArray(value) ? value.join(" ") : value;
    }
    return flat;
  });
  return toCsv(
    LEADERBOARD_CSV_COLUMNS,
    rows.map((r) => LEADERBOARD_CSV_COLUMNS.map((c) => r[c] ?? "")),
  );
}

// The fields the leaderboard table shows: it is a client component, so what it is given is its RSC
// payload (the API rows also carry the cost breakdown, power source and energy per token). Figures
// arrive as display strings: formatted here, the browser never builds an Intl.NumberFormat while the
// page hydrates (the first one in a fresh renderer took 35–60 ms on this machine's Chromium).
export function toTableRow(row: SerializedLeaderboardRow) {
  return {
    rank: row.rank,
    offering: row.offering,
    accelerator: row.accelerator,
    model: { slug: row.model.slug, name: row.model.name },
    precision: row.precision,
    pricingBasis: row.pricingBasis,
    evidence: row.evidence,
    source: row.source,
    workload: describeWorkload(row.workload),
    interpolated: row.interpolated,
    submissionIds: row.submissionIds,
    display: {
      usdPerMillionTokens: formatUsd(row.usdPerMillionTokens, 3),
      tokensPerDollar: formatNumber(row.tokensPerDollar, 0),
      usdPerAcceleratorHour: formatUsd(row.usdPerAcceleratorHour),
      tokensPerSecondPerAccelerator: formatNumber(row.tokensPerSecondPerAccelerator, 1),
      interactivityTokensPerSecondPerUser: formatNumber(row.interactivityTokensPerSecondPerUser, 1),
      tokensPerSecondPerMegawatt: formatNumber(row.tokensPerSecondPerMegawatt, 0),
    },
  };
}

export type LeaderboardTableRow = ReturnType<typeof toTableRow>;
