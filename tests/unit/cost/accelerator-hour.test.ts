import { describe, expect, it } from "vitest";

import {
  capexUsdPerAccelerator,
  cloudUsdPerAcceleratorHour,
  facilityKwPerAccelerator,
  HOURS_PER_YEAR,
  measuredWattsPerAccelerator,
  onpremUsdPerAcceleratorHour,
  resolveKwPerAccelerator,
} from "@/lib/cost";

describe("cloudUsdPerAcceleratorHour", () => {
  it("divides the unit price over its accelerators and applies the discount", () => {
    // AWS p4de.24xlarge, 8 × A100 80 GB, 40.97 $/h on-demand (fullstack_cloud_gpus.csv):
    // 40.97 / 8 = 5.12125 $/acc-h; with 20 % off: 5.12125 × 0.8 = 4.097
    expect(cloudUsdPerAcceleratorHour({ usdPerUnitHour: 40.97, acceleratorsPerUnit: 8, discount: 0 })).toBeCloseTo(5.12125, 10);
    expect(cloudUsdPerAcceleratorHour({ usdPerUnitHour: 40.97, acceleratorsPerUnit: 8, discount: 0.2 })).toBeCloseTo(4.097, 10);
  });

  it("keeps a single-accelerator price as is", () => {
    // Dataoorts 1 × H100 at 0.69 $/h: 0.69 / 1 × (1 − 0) = 0.69
    expect(cloudUsdPerAcceleratorHour({ usdPerUnitHour: 0.69, acceleratorsPerUnit: 1, discount: 0 })).toBe(0.69);
  });

  it("rejects impossible inputs", () => {
    expect(() => cloudUsdPerAcceleratorHour({ usdPerUnitHour: 10, acceleratorsPerUnit: 0, discount: 0 })).toThrow(/acceleratorsPerUnit/);
    expect(() => cloudUsdPerAcceleratorHour({ usdPerUnitHour: 10, acceleratorsPerUnit: 8, discount: 1 })).toThrow(/discount/);
    expect(() => cloudUsdPerAcceleratorHour({ usdPerUnitHour: -1, acceleratorsPerUnit: 8, discount: 0 })).toThrow(/usdPerUnitHour/);
    expect(() => cloudUsdPerAcceleratorHour({ usdPerUnitHour: Number.NaN, acceleratorsPerUnit: 8, discount: 0 })).toThrow(/finite/);
  });
});

describe("onpremUsdPerAcceleratorHour", () => {
  // 280,320 $ per 8-accelerator server → 35,040 $ per accelerator, chosen so 35,040 / (4 × 8760) = 1.
  const capex = capexUsdPerAccelerator(280_320, 8);

  it("splits capex per accelerator", () => {
    expect(capex).toBe(35_040);
    expect(HOURS_PER_YEAR).toBe(8760);
  });

  it("uses a facility-inclusive provisioned figure without PUE", () => {
    // capex: 35,040 / (4 × 8760) = 1.0 $/h
    // opex:  35,040 × 0.05 / 8760 = 1,752 / 8760 = 0.2 $/h
    // power: 1.73 kW (H100 all-in, InferenceX) × 1 (facility included) × 0.08 $/kWh = 0.1384 $/h
    // total: 1.0 + 0.2 + 0.1384 = 1.3384 $/h
    const cost = onpremUsdPerAcceleratorHour({
      capexUsdPerAccelerator: capex,
      amortizationYears: 4,
      annualOpexRate: 0.05,
      kwPerAccelerator: 1.73,
      kwIncludesFacility: true,
      pue: 1.3,
      electricityUsdPerKwh: 0.08,
    });
    expect(cost.capexUsdPerAcceleratorHour).toBeCloseTo(1.0, 12);
    expect(cost.opexUsdPerAcceleratorHour).toBeCloseTo(0.2, 12);
    expect(cost.powerUsdPerAcceleratorHour).toBeCloseTo(0.1384, 12);
    expect(cost.usdPerAcceleratorHour).toBeCloseTo(1.3384, 12);
    expect(cost.pueApplied).toBe(1);
    expect(cost.facilityKwPerAccelerator).toBe(1.73);
  });

  it("applies PUE to power measured at the system", () => {
    // measured 5,600 W for 8 accelerators → 700 W = 0.7 kW each; × PUE 1.3 = 0.91 kW at the facility
    // power: 0.91 × 0.08 = 0.0728 $/h; total: 1.0 + 0.2 + 0.0728 = 1.2728 $/h
    const kw = measuredWattsPerAccelerator(5600, 8) / 1000;
    const cost = onpremUsdPerAcceleratorHour({
      capexUsdPerAccelerator: capex,
      amortizationYears: 4,
      annualOpexRate: 0.05,
      kwPerAccelerator: kw,
      kwIncludesFacility: false,
      pue: 1.3,
      electricityUsdPerKwh: 0.08,
    });
    expect(cost.pueApplied).toBe(1.3);
    expect(cost.facilityKwPerAccelerator).toBeCloseTo(0.91, 12);
    expect(cost.powerUsdPerAcceleratorHour).toBeCloseTo(0.0728, 12);
    expect(cost.usdPerAcceleratorHour).toBeCloseTo(1.2728, 12);
  });

  it("rejects a PUE below 1 and a zero amortization period", () => {
    const base = { capexUsdPerAccelerator: 1, annualOpexRate: 0, kwPerAccelerator: 1, kwIncludesFacility: false, electricityUsdPerKwh: 0.1 };
    expect(() => onpremUsdPerAcceleratorHour({ ...base, amortizationYears: 4, pue: 0.9 })).toThrow(/pue/);
    expect(() => onpremUsdPerAcceleratorHour({ ...base, amortizationYears: 0, pue: 1.2 })).toThrow(/amortizationYears/);
  });
});

describe("resolveKwPerAccelerator", () => {
  it("prefers measured power, says so, and leaves PUE to apply", () => {
    // 5,600 W / 8 = 700 W → 0.7 kW
    const resolved = resolveKwPerAccelerator({
      measuredWattsPerAccelerator: measuredWattsPerAccelerator(5600, 8),
      offeringAllInKwPerUnit: 14,
      acceleratorsPerUnit: 8,
      acceleratorProvisionedKw: 1.73,
    });
    expect(resolved).toEqual({ kwPerAccelerator: 0.7, source: "measured", includesFacility: false });
    // facility kW: 0.7 × 1.3 = 0.91
    expect(facilityKwPerAccelerator(resolved!, 1.3)).toBeCloseTo(0.91, 12);
  });

  it("falls back to the offering's all-in kW per unit", () => {
    // 14 kW / 8 = 1.75 kW, facility included
    const resolved = resolveKwPerAccelerator({ offeringAllInKwPerUnit: 14, acceleratorsPerUnit: 8, acceleratorProvisionedKw: 1.73 });
    expect(resolved).toEqual({ kwPerAccelerator: 1.75, source: "offering", includesFacility: true });
    expect(facilityKwPerAccelerator(resolved!, 1.3)).toBe(1.75);
  });

  it("falls back to the accelerator's provisioned kW, then to nothing", () => {
    expect(resolveKwPerAccelerator({ measuredWattsPerAccelerator: null, acceleratorsPerUnit: 8, acceleratorProvisionedKw: 1.73 })).toEqual({
      kwPerAccelerator: 1.73,
      source: "provisioned",
      includesFacility: true,
    });
    expect(resolveKwPerAccelerator({ acceleratorsPerUnit: 8 })).toBeNull();
  });

  it("ignores zero figures as unknown", () => {
    expect(
      resolveKwPerAccelerator({ measuredWattsPerAccelerator: 0, offeringAllInKwPerUnit: 0, acceleratorsPerUnit: 8, acceleratorProvisionedKw: 2.17 })?.source,
    ).toBe("provisioned");
  });

  it("rejects a measured power spread over no accelerators", () => {
    expect(() => measuredWattsPerAccelerator(5600, 0)).toThrow(/acceleratorCount/);
  });
});
