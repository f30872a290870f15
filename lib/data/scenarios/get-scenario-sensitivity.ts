import "server-only";

import type { UserRef } from "@/lib/auth/types";
import { ASSUMPTION_DOCS } from "@/lib/cost/assumptions";
import type { BreakEvenParameter } from "@/lib/cost/break-even";
import type { OfferingKind } from "@/lib/cost/rank";
import { costCurves, rankSensitivity, type RankSensitivity, type SensitivityRow } from "@/lib/cost/rank-sensitivity";
import { getLeaderboard, type LeaderboardRow } from "@/lib/data/leaderboard/get-leaderboard";
import { ValidationError } from "@/lib/errors";
import { resolveParams } from "@/lib/validation/leaderboard-query";
import type { ScenarioParams } from "@/lib/validation/scenario-params";

import { getScenarioParamsForCaller } from "./get-scenario-params";

export type SensitivityOffering = {
  key: string;
  offeringSlug: string;
  offeringName: string;
  kind: OfferingKind;
  rank: number;
  usdPerMillionTokens: number;
};

export type SensitivityCurve = { parameter: BreakEvenParameter; from: number; to: number; points: { x: number; costs: Record<string, number> }[] };

export type ScenarioSensitivity = {
  scenario: { id: string; name: string; revision: number };
  model: string;
  params: ScenarioParams;
  offerings: SensitivityOffering[];
  electricity: RankSensitivity | null;
  /** Utilization as docs/architecture.md defines it (every row): never changes the order, said explicitly. */
  utilization: RankSensitivity | null;
  /** Utilization charged to on-prem rows only (cloud capacity rented as needed). */
  onpremUtilization: RankSensitivity | null;
  curves: { electricity: SensitivityCurve | null; onpremUtilization: SensitivityCurve | null };
  /** Keys of the rows drawn in the charts: the top offerings and whoever takes first place. */
  chartKeys: string[];
};

const CHART_STEPS = 24;

function toSensitivityRow(row: LeaderboardRow): SensitivityRow {
  return { ...row, key: `${row.offeringSlug}|${row.modelSlug}` };
}

// Charts show the neighbourhood that matters: the current value and the break-evens, inside the accepted range.
function electricitySpan(s: RankSensitivity): { from: number; to: number } {
  const { min, max } = ASSUMPTION_DOCS.electricityUsdPerKwh;
  const far = Math.max(0.3, s.current * 2, (s.lossAbove?.value ?? 0) * 1.25);
  return { from: min, to: Math.min(max, far) };
}

function utilizationSpan(s: RankSensitivity): { from: number; to: number } {
  const near = Math.min(0.2, s.current / 2, (s.lossBelow?.value ?? 1) * 0.8);
  return { from: Math.max(ASSUMPTION_DOCS.utilization.min, near), to: ASSUMPTION_DOCS.utilization.max };
}

/**
 * For one scenario and model: the electricity price and utilization at which the top-ranked offering
 * loses first place, solved in closed form against every other ranked offering (lib/cost/break-even.ts),
 * plus cost curves of the leaders for the chart.
 */
export async function getScenarioSensitivity({
  id,
  revision,
  user,
  model,
  topN = 5,
}: {
  id: string;
  revision?: number;
  user: UserRef | null;
  model: string;
  topN?: number;
}): Promise<ScenarioSensitivity> {
  const found = await getScenarioParamsForCaller({ id, revision, user });
  const resolved = resolveParams(found.params, { models: [model] });
  if (!resolved.success) throw new ValidationError(resolved.errors);
  const params = resolved.params;
  const board = await getLeaderboard({ params });
  const rows = board.rows.map(toSensitivityRow);

  const electricity = rankSensitivity(rows, "electricityUsdPerKwh", params.electricityUsdPerKwh, {
    min: ASSUMPTION_DOCS.electricityUsdPerKwh.min,
    max: ASSUMPTION_DOCS.electricityUsdPerKwh.max,
  });
  const utilizationRange = { min: ASSUMPTION_DOCS.utilization.min, max: ASSUMPTION_DOCS.utilization.max };
  const utilization = rankSensitivity(rows, "utilization", params.utilization, utilizationRange);
  const onpremUtilization = rankSensitivity(rows, "onpremUtilization", params.utilization, utilizationRange);

  const chartKeys = [
    ...new Set([
      ...rows.slice(0, topN).map((r) => r.key),
      ...[electricity?.lossAbove, electricity?.lossBelow, onpremUtilization?.lossAbove, onpremUtilization?.lossBelow].flatMap((l) =>
        l ? [l.challengerKey] : [],
      ),
    ]),
  ];
  const chartRows = chartKeys.map((key) => rows.find((r) => r.key === key)!);
  const curve = (parameter: BreakEvenParameter, span: { from: number; to: number }): SensitivityCurve => ({
    parameter,
    ...span,
    points: costCurves(chartRows, parameter, span.from, span.to, CHART_STEPS),
  });

  return {
    scenario: { id: found.id, name: found.name, revision: found.revision },
    model,
    params,
    offerings: board.rows.map((row) => ({
      key: `${row.offeringSlug}|${row.modelSlug}`,
      offeringSlug: row.offeringSlug,
      offeringName: row.meta?.offering.name ?? row.offeringSlug,
      kind: row.offeringKind,
      rank: row.rank,
      usdPerMillionTokens: row.usdPerMillionTokens,
    })),
    electricity,
    utilization,
    onpremUtilization,
    curves: {
      electricity: electricity ? curve("electricityUsdPerKwh", electricitySpan(electricity)) : null,
      onpremUtilization: onpremUtilization ? curve("onpremUtilization", utilizationSpan(onpremUtilization)) : null,
    },
    chartKeys,
  };
}
