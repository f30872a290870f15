// Capacity planning: from a workload (tokens per day at a peak) or a site power cap to a fleet, its
// monthly bill and its megawatts. Pure: the per-accelerator figures come from a leaderboard row, so a
// plan and the ranking always read the same frontier point, price and power figure.
import { requireFinite, requireNonNegative, requirePositive, requireShare } from "./guard";

/** Hours in an average month (8760 ÷ 12), the convention cloud bills use. */
export const HOURS_PER_MONTH = 730;
export const SECONDS_PER_DAY = 86_400;
const KW_PER_MW = 1000;

/** What a plan needs to know about one offering at the interactivity target. */
export type PlanOffering = {
  tokensPerSecondPerAccelerator: number;
  usdPerAcceleratorHour: number;
  /** Facility kW per accelerator (PUE applied where the cost model applies it); null when unknown. */
  facilityKwPerAccelerator: number | null;
  /** Accelerators in the smallest thing one can rent or buy (instance, server, rack). */
  acceleratorsPerUnit: number;
  /** Share of the time the fleet serves (the scenario's utilization). */
  utilization: number;
};

export type Plan = {
  units: number;
  acceleratorsNeeded: number;
  monthlyCostUsd: number;
  /** Output (basis) tokens the fleet delivers per day. */
  tokensPerDay: number;
  /** Cost per million delivered tokens at the utilization the plan runs at. */
  usdPerMillionTokens: number;
  /** Average share of the fleet's capacity the plan uses (demand mode) or the scenario's (power mode). */
  utilization: number;
  megawatts: number | null;
  tokensPerDayPerMegawatt: number | null;
};

/** Peak tokens per second of a demand: tokens per day spread evenly, times the peak-to-average ratio. */
export function peakTokensPerSecond(tokensPerDay: number, peakToAverage: number): number {
  requireNonNegative("tokensPerDay", tokensPerDay);
  requireFinite("peakToAverage", peakToAverage);
  if (peakToAverage < 1) throw new RangeError(`peakToAverage must be at least 1, got ${peakToAverage}`);
  return (tokensPerDay / SECONDS_PER_DAY) * peakToAverage;
}

/** Units needed to serve a peak: ceil(peak ÷ tok/s per accelerator) accelerators, rounded up to whole units. */
export function unitsForPeak(peakTokensPerSecondValue: number, tokensPerSecondPerAccelerator: number, acceleratorsPerUnit: number): number {
  requireNonNegative("peakTokensPerSecond", peakTokensPerSecondValue);
  requirePositive("tokensPerSecondPerAccelerator", tokensPerSecondPerAccelerator);
  requirePositive("acceleratorsPerUnit", acceleratorsPerUnit);
  const accelerators = Math.ceil(peakTokensPerSecondValue / tokensPerSecondPerAccelerator);
  return Math.ceil(accelerators / acceleratorsPerUnit);
}

/** accelerators × $/accelerator-hour × 730 */
export function monthlyCostUsd(accelerators: number, usdPerAcceleratorHour: number): number {
  requireNonNegative("accelerators", accelerators);
  requireNonNegative("usdPerAcceleratorHour", usdPerAcceleratorHour);
  return accelerators * usdPerAcceleratorHour * HOURS_PER_MONTH;
}

/** Facility MW of a fleet; null when the offering has no power figure. */
export function fleetMegawatts(accelerators: number, facilityKwPerAccelerator: number | null): number | null {
  if (facilityKwPerAccelerator == null) return null;
  requireNonNegative("facilityKwPerAccelerator", facilityKwPerAccelerator);
  return (accelerators * facilityKwPerAccelerator) / KW_PER_MW;
}

/** $ per million tokens of a monthly bill spread over the tokens delivered in that month. */
export function usdPerMillionDeliveredTokens(monthlyCost: number, tokensPerDay: number): number {
  requirePositive("tokensPerDay", tokensPerDay);
  const tokensPerMonth = (tokensPerDay * HOURS_PER_MONTH) / 24;
  return (monthlyCost / tokensPerMonth) * 1e6;
}

function perMegawatt(tokensPerDay: number, megawatts: number | null): number | null {
  return megawatts != null && megawatts > 0 ? tokensPerDay / megawatts : null;
}

/**
 * Demand mode: the smallest fleet of whole units that serves the peak. The fleet is paid for around the
 * clock, so the cost per token is read at the utilization the average demand leaves it at.
 */
export function planForDemand(offering: PlanOffering, demand: { tokensPerDay: number; peakToAverage: number }): Plan {
  requirePositive("tokensPerDay", demand.tokensPerDay);
  const peak = peakTokensPerSecond(demand.tokensPerDay, demand.peakToAverage);
  const units = Math.max(1, unitsForPeak(peak, offering.tokensPerSecondPerAccelerator, offering.acceleratorsPerUnit));
  const acceleratorsNeeded = units * offering.acceleratorsPerUnit;
  const monthly = monthlyCostUsd(acceleratorsNeeded, offering.usdPerAcceleratorHour);
  const capacityTokensPerDay = acceleratorsNeeded * offering.tokensPerSecondPerAccelerator * SECONDS_PER_DAY;
  const megawatts = fleetMegawatts(acceleratorsNeeded, offering.facilityKwPerAccelerator);
  return {
    units,
    acceleratorsNeeded,
    monthlyCostUsd: monthly,
    tokensPerDay: demand.tokensPerDay,
    usdPerMillionTokens: usdPerMillionDeliveredTokens(monthly, demand.tokensPerDay),
    utilization: demand.tokensPerDay / capacityTokensPerDay,
    megawatts,
    tokensPerDayPerMegawatt: perMegawatt(demand.tokensPerDay, megawatts),
  };
}

/**
 * Power mode: as many whole units as fit in the cap, busy at the scenario's utilization:
 * tokens/day = floor(cap ÷ kW per unit) × unit's tok/s × 86,400 × utilization. Null without a power figure.
 */
export function planForPowerCap(offering: PlanOffering, powerCapMw: number): Plan | null {
  requireNonNegative("powerCapMw", powerCapMw);
  requireShare("utilization", offering.utilization);
  if (offering.facilityKwPerAccelerator == null || !(offering.facilityKwPerAccelerator > 0)) return null;
  requirePositive("acceleratorsPerUnit", offering.acceleratorsPerUnit);
  const kwPerUnit = offering.facilityKwPerAccelerator * offering.acceleratorsPerUnit;
  // The epsilon keeps a cap that is an exact multiple (3 × 0.1 MW) from losing a unit to float rounding.
  const units = Math.floor((powerCapMw * KW_PER_MW) / kwPerUnit + 1e-9);
  const acceleratorsNeeded = units * offering.acceleratorsPerUnit;
  const tokensPerDay = acceleratorsNeeded * offering.tokensPerSecondPerAccelerator * SECONDS_PER_DAY * offering.utilization;
  const monthly = monthlyCostUsd(acceleratorsNeeded, offering.usdPerAcceleratorHour);
  const megawatts = fleetMegawatts(acceleratorsNeeded, offering.facilityKwPerAccelerator);
  return {
    units,
    acceleratorsNeeded,
    monthlyCostUsd: monthly,
    tokensPerDay,
    usdPerMillionTokens: tokensPerDay > 0 ? usdPerMillionDeliveredTokens(monthly, tokensPerDay) : Number.POSITIVE_INFINITY,
    utilization: offering.utilization,
    megawatts,
    tokensPerDayPerMegawatt: perMegawatt(tokensPerDay, megawatts),
  };
}

/**
 * Relative slack of the cap comparison: a fleet that is an exact multiple of the cap (3 × 0.1 MW in
 * 0.3 MW) must not be excluded by float rounding. Far below any meaningful watt.
 */
export const POWER_CAP_RELATIVE_TOLERANCE = 1e-12;

/** True / false against a cap; null when the plan's power is unknown (it cannot be shown to fit). */
export function fitsPowerCap(megawatts: number | null, powerCapMw: number | undefined): boolean | null {
  if (powerCapMw === undefined) return true;
  if (megawatts == null) return null;
  return megawatts <= powerCapMw * (1 + POWER_CAP_RELATIVE_TOLERANCE);
}

export function fitsBudget(monthlyCost: number, budgetUsdPerMonth: number | undefined): boolean {
  return budgetUsdPerMonth === undefined || monthlyCost <= budgetUsdPerMonth;
}

export type PlanFit = { fitsPowerCap: boolean | null; fitsBudget: boolean };
export type RankedPlan<T> = T & { rank: number | null };

/**
 * Plans that fit the cap and the budget first, ranked 1..n (demand mode: cheapest per month; power
 * mode: most tokens per day, then cheapest); the others follow unranked, in the same order.
 */
export function rankPlans<T extends PlanFit & { monthlyCostUsd: number; tokensPerDay: number; key: string }>(
  plans: readonly T[],
  mode: "demand" | "power",
): RankedPlan<T>[] {
  const byMode = (a: T, b: T) =>
    (mode === "power" ? b.tokensPerDay - a.tokensPerDay : 0) || a.monthlyCostUsd - b.monthlyCostUsd || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  const fits = (p: T) => p.fitsPowerCap === true && p.fitsBudget;
  const sorted = [...plans].sort((a, b) => Number(fits(b)) - Number(fits(a)) || byMode(a, b));
  let rank = 0;
  return sorted.map((plan) => ({ ...plan, rank: fits(plan) ? ++rank : null }));
}
