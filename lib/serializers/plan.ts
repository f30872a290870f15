import type { CapacityPlan, PlanRow } from "@/lib/data/plans/get-plan-for-query";
import { toCsv } from "@/lib/format/csv";

const finite = (n: number | null | undefined) => (n == null || !Number.isFinite(n) ? null : n);

export function serializePlanRow(plan: PlanRow, mode: "demand" | "power") {
  const { row } = plan;
  const meta = row.meta!;
  return {
    rank: plan.rank,
    offering: meta.offering,
    accelerator: meta.accelerator,
    model: { slug: meta.model.slug, name: meta.model.name, type: meta.model.type },
    precision: meta.precision,
    engine: meta.engine,
    pricingBasis: meta.pricingBasis,
    tokenBasis: row.tokenBasis,
    interactivityTokensPerSecondPerUser: finite(row.interactivity),
    interpolated: row.interpolated,
    tokensPerSecondPerAccelerator: row.tokensPerSecondPerAccelerator,
    usdPerAcceleratorHour: row.usdPerAcceleratorHour,
    acceleratorsPerUnit: meta.acceleratorsPerUnit,
    acceleratorsNeeded: plan.acceleratorsNeeded,
    units: plan.units,
    monthlyCostUsd: plan.monthlyCostUsd,
    usdPerMillionTokens: finite(plan.usdPerMillionTokens),
    utilization: plan.utilization,
    /** The leaderboard's $/M for the same row (at the scenario's utilization), for comparison. */
    leaderboardUsdPerMillionTokens: row.usdPerMillionTokens,
    facilityKwPerAccelerator: row.power?.facilityKwPerAccelerator ?? null,
    powerSource: row.power?.source ?? null,
    megawatts: finite(plan.megawatts),
    tokensPerDayPerMegawatt: finite(plan.tokensPerDayPerMegawatt),
    ...(mode === "power" ? { outputTokensPerDay: plan.tokensPerDay } : {}),
    fitsPowerCap: plan.fitsPowerCap,
    fitsBudget: plan.fitsBudget,
    submissionIds: row.sourceIds,
  };
}

export type SerializedPlanRow = ReturnType<typeof serializePlanRow>;

export function serializePlan(plan: CapacityPlan) {
  const { mode } = plan.inputs;
  return {
    mode,
    assumptions: { ...plan.params, asOf: plan.asOf },
    scenario: plan.scenario,
    overrides: plan.overrides,
    inputs: { ...plan.inputs, tokensPerDay: plan.tokensPerDay, peakTokensPerSecond: plan.peakTokensPerSecond },
    plans: plan.plans.map((p) => serializePlanRow(p, mode)),
    unplannable: plan.unplannable.map(({ row, reason }) => ({ offering: row.meta!.offering, accelerator: row.meta!.accelerator, reason })),
  };
}

export const PLAN_CSV_COLUMNS = [
  "rank",
  "offering.slug",
  "offering.name",
  "offering.kind",
  "offering.provider.name",
  "accelerator.slug",
  "accelerator.name",
  "model.slug",
  "model.name",
  "precision",
  "engine",
  "pricingBasis",
  "tokenBasis",
  "interactivityTokensPerSecondPerUser",
  "tokensPerSecondPerAccelerator",
  "usdPerAcceleratorHour",
  "acceleratorsPerUnit",
  "units",
  "acceleratorsNeeded",
  "monthlyCostUsd",
  "usdPerMillionTokens",
  "utilization",
  "megawatts",
  "tokensPerDayPerMegawatt",
  "outputTokensPerDay",
  "fitsPowerCap",
  "fitsBudget",
  "powerSource",
  "submissionIds",
] as const;

// escapeFormulae: offering and model names come from submissions and catalog imports; a cell starting
// with = + - @ must not run as a formula when the file is opened in a spreadsheet.
export function planToCsv(plan: CapacityPlan): string {
  const data = plan.plans.map((p) => {
    const serialized = serializePlanRow(p, plan.inputs.mode);
    return PLAN_CSV_COLUMNS.map((column) => {
      const value = column.split(".").reduce<unknown>((acc, key) => (acc as Record<string, unknown> | undefined)?.[key], serialized);
      return Array.isArray(value) ? value.join(" ") : (value ?? "");
    });
  });
  return toCsv(PLAN_CSV_COLUMNS, data);
}
