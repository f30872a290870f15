// What one accelerator costs per hour: rented (cloud) or owned (on-prem), and the power figure behind it.
import { requireDiscount, requireFinite, requireNonNegative, requirePositive } from "./guard";

export const HOURS_PER_YEAR = 8760;

export function cloudUsdPerAcceleratorHour(input: { usdPerUnitHour: number; acceleratorsPerUnit: number; discount: number }): number {
  requireNonNegative("usdPerUnitHour", input.usdPerUnitHour);
  requirePositive("acceleratorsPerUnit", input.acceleratorsPerUnit);
  requireDiscount("discount", input.discount);
  return (input.usdPerUnitHour / input.acceleratorsPerUnit) * (1 - input.discount);
}

/**
 * An ownership estimate is a fixed all-in $/accelerator-hour (power, facility and amortization inside), so
 * no scenario assumption moves it: not the cloud discount, not electricity or PUE.
 */
export function estimateUsdPerAcceleratorHour(input: { usdPerUnitHour: number; acceleratorsPerUnit: number }): number {
  requireNonNegative("usdPerUnitHour", input.usdPerUnitHour);
  requirePositive("acceleratorsPerUnit", input.acceleratorsPerUnit);
  return input.usdPerUnitHour / input.acceleratorsPerUnit;
}

export function capexUsdPerAccelerator(capexUsdPerUnit: number, acceleratorsPerUnit: number): number {
  requireNonNegative("capexUsdPerUnit", capexUsdPerUnit);
  requirePositive("acceleratorsPerUnit", acceleratorsPerUnit);
  return capexUsdPerUnit / acceleratorsPerUnit;
}

export type OnpremUsdPerAcceleratorHour = {
  usdPerAcceleratorHour: number;
  capexUsdPerAcceleratorHour: number;
  opexUsdPerAcceleratorHour: number;
  powerUsdPerAcceleratorHour: number;
  /** kW actually billed per accelerator: the input kW, times PUE unless it already includes the facility. */
  facilityKwPerAccelerator: number;
  /** Multiplier applied to the input kW (PUE, or 1 for a facility-inclusive figure). */
  pueApplied: number;
};

/**
 * The on-prem formula (docs/architecture.md): capex/(years × 8760) + capex × opexRate/8760 + kW × PUE × $/kWh.
 * PUE converts IT power into facility power, so it is applied only to kW measured at the system
 * (`kwIncludesFacility: false`); all-in provisioned figures already include the facility and would
 * otherwise be counted twice.
 */
export function onpremUsdPerAcceleratorHour(input: {
  capexUsdPerAccelerator: number;
  amortizationYears: number;
  annualOpexRate: number;
  kwPerAccelerator: number;
  kwIncludesFacility: boolean;
  pue: number;
  electricityUsdPerKwh: number;
}): OnpremUsdPerAcceleratorHour {
  requireNonNegative("capexUsdPerAccelerator", input.capexUsdPerAccelerator);
  requirePositive("amortizationYears", input.amortizationYears);
  requireNonNegative("annualOpexRate", input.annualOpexRate);
  requireNonNegative("kwPerAccelerator", input.kwPerAccelerator);
  requireNonNegative("electricityUsdPerKwh", input.electricityUsdPerKwh);
  requireFinite("pue", input.pue);
  if (input.pue < 1) throw new RangeError(`pue must be at least 1, got ${input.pue}`);

  const pueApplied = input.kwIncludesFacility ? 1 : input.pue;
  const facilityKwPerAccelerator = input.kwPerAccelerator * pueApplied;
  const capexUsdPerAcceleratorHour = input.capexUsdPerAccelerator / (input.amortizationYears * HOURS_PER_YEAR);
  const opexUsdPerAcceleratorHour = (input.capexUsdPerAccelerator * input.annualOpexRate) / HOURS_PER_YEAR;
  const powerUsdPerAcceleratorHour = facilityKwPerAccelerator * input.electricityUsdPerKwh;
  return {
    usdPerAcceleratorHour: capexUsdPerAcceleratorHour + opexUsdPerAcceleratorHour + powerUsdPerAcceleratorHour,
    capexUsdPerAcceleratorHour,
    opexUsdPerAcceleratorHour,
    powerUsdPerAcceleratorHour,
    facilityKwPerAccelerator,
    pueApplied,
  };
}

/** Average measured power of a whole benchmarked system spread over its accelerators. */
export function measuredWattsPerAccelerator(averagePowerWatts: number, acceleratorCount: number): number {
  requirePositive("averagePowerWatts", averagePowerWatts);
  requirePositive("acceleratorCount", acceleratorCount);
  return averagePowerWatts / acceleratorCount;
}

export type KwSource = "measured" | "offering" | "provisioned";

export type ResolvedKwPerAccelerator = {
  kwPerAccelerator: number;
  source: KwSource;
  /**
   * measured: wall power of the benchmarked system (accelerators, hosts, NICs, fans), excluding the
   * facility's cooling and power distribution, so PUE still applies.
   * offering / provisioned: all-in provisioned figures, facility included.
   */
  includesFacility: boolean;
};

/**
 * Which power figure an accelerator-hour uses: the benchmark's measured power when the result has it,
 * else the offering's all-in kW per unit, else the accelerator's all-in provisioned kW. Null when none
 * is known (an on-prem cost cannot be computed then).
 */
export function resolveKwPerAccelerator(input: {
  measuredWattsPerAccelerator?: number | null;
  offeringAllInKwPerUnit?: number | null;
  acceleratorsPerUnit: number;
  acceleratorProvisionedKw?: number | null;
}): ResolvedKwPerAccelerator | null {
  if (input.measuredWattsPerAccelerator != null && input.measuredWattsPerAccelerator > 0) {
    return { kwPerAccelerator: input.measuredWattsPerAccelerator / 1000, source: "measured", includesFacility: false };
  }
  if (input.offeringAllInKwPerUnit != null && input.offeringAllInKwPerUnit > 0) {
    requirePositive("acceleratorsPerUnit", input.acceleratorsPerUnit);
    return {
      kwPerAccelerator: input.offeringAllInKwPerUnit / input.acceleratorsPerUnit,
      source: "offering",
      includesFacility: true,
    };
  }
  if (input.acceleratorProvisionedKw != null && input.acceleratorProvisionedKw > 0) {
    return { kwPerAccelerator: input.acceleratorProvisionedKw, source: "provisioned", includesFacility: true };
  }
  return null;
}

/** Facility-level kW per accelerator (PUE applied to measured system power only). */
export function facilityKwPerAccelerator(resolved: ResolvedKwPerAccelerator, pue: number): number {
  return resolved.includesFacility ? resolved.kwPerAccelerator : resolved.kwPerAccelerator * pue;
}
