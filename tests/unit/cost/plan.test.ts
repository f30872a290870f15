import fc from "fast-check";
import { describe, expect, it } from "vitest";

import {
  fitsBudget,
  fitsPowerCap,
  HOURS_PER_MONTH,
  monthlyCostUsd,
  peakTokensPerSecond,
  planForDemand,
  planForPowerCap,
  POWER_CAP_RELATIVE_TOLERANCE,
  rankPlans,
  unitsForPeak,
  type PlanOffering,
} from "@/lib/cost";

// An 8-GPU server: 1,000 tok/s per GPU, $2.50 per GPU-hour, 1.5 kW per GPU at the facility meter.
const server: PlanOffering = {
  tokensPerSecondPerAccelerator: 1000,
  usdPerAcceleratorHour: 2.5,
  facilityKwPerAccelerator: 1.5,
  acceleratorsPerUnit: 8,
  utilization: 0.6,
};

describe("unitsForPeak / planForDemand: count rounded up to whole units", () => {
  it("needs ceil(peak ÷ tok/s) accelerators, then whole servers", () => {
    // 9,500 tok/s ÷ 1,000 = 9.5 → 10 GPUs → 2 servers of 8 → 16 GPUs.
    expect(unitsForPeak(9500, 1000, 8)).toBe(2);
    expect(unitsForPeak(8000, 1000, 8)).toBe(1);
    expect(unitsForPeak(8001, 1000, 8)).toBe(2);
    expect(unitsForPeak(3, 1000, 1)).toBe(1);
  });

  it("spreads tokens per day over 86,400 s and applies the peak-to-average ratio", () => {
    expect(peakTokensPerSecond(864_000_000, 1)).toBe(10_000);
    expect(peakTokensPerSecond(864_000_000, 2.5)).toBe(25_000);
    expect(() => peakTokensPerSecond(1, 0.5)).toThrow(RangeError);
  });

  it("buys whole units for a demand and reads utilization and $/M off the fleet", () => {
    // 864M tok/day, peak ×1.5 → 15,000 tok/s → 15 GPUs → 2 servers → 16 GPUs.
    const plan = planForDemand(server, { tokensPerDay: 864_000_000, peakToAverage: 1.5 });
    expect(plan.units).toBe(2);
    expect(plan.acceleratorsNeeded).toBe(16);
    expect(plan.acceleratorsNeeded % server.acceleratorsPerUnit).toBe(0);
    // Average 10,000 tok/s on a 16,000 tok/s fleet.
    expect(plan.utilization).toBeCloseTo(10_000 / 16_000, 12);
    expect(plan.megawatts).toBeCloseTo((16 * 1.5) / 1000, 12);
    expect(plan.tokensPerDayPerMegawatt).toBeCloseTo(864_000_000 / 0.024, 3);
    const tokensPerMonth = (864_000_000 * 730) / 24;
    expect(plan.usdPerMillionTokens).toBeCloseTo((plan.monthlyCostUsd / tokensPerMonth) * 1e6, 9);
  });

  it("never plans zero units for a positive demand", () => {
    expect(planForDemand(server, { tokensPerDay: 1, peakToAverage: 1 }).units).toBe(1);
  });
});

describe("monthly cost = count × $/acc-hr × 730", () => {
  it("multiplies out", () => {
    expect(HOURS_PER_MONTH).toBe(730);
    expect(monthlyCostUsd(16, 2.5)).toBe(16 * 2.5 * 730);
    const plan = planForDemand(server, { tokensPerDay: 864_000_000, peakToAverage: 1.5 });
    expect(plan.monthlyCostUsd).toBe(plan.acceleratorsNeeded * server.usdPerAcceleratorHour * 730);
  });

  it("holds for any count and price", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), fc.double({ min: 0, max: 1000, noNaN: true }), (count, price) => {
        expect(monthlyCostUsd(count, price)).toBeCloseTo(count * price * 730, 6);
      }),
    );
  });
});

const offeringArbitrary = fc.record({
  tokensPerSecondPerAccelerator: fc.double({ min: 0.5, max: 50_000, noNaN: true }),
  usdPerAcceleratorHour: fc.double({ min: 0, max: 100, noNaN: true }),
  facilityKwPerAccelerator: fc.option(fc.double({ min: 0.05, max: 10, noNaN: true }), { nil: null }),
  acceleratorsPerUnit: fc.integer({ min: 1, max: 72 }),
  utilization: fc.double({ min: 0.01, max: 1, noNaN: true }),
});

describe("doubling demand never lowers the count", () => {
  it("holds over generated offerings, demands and peaks", () => {
    fc.assert(
      fc.property(
        offeringArbitrary,
        fc.double({ min: 1, max: 1e13, noNaN: true }),
        fc.double({ min: 1, max: 20, noNaN: true }),
        (offering, tokensPerDay, peakToAverage) => {
          const single = planForDemand(offering, { tokensPerDay, peakToAverage });
          const double = planForDemand(offering, { tokensPerDay: tokensPerDay * 2, peakToAverage });
          expect(double.units).toBeGreaterThanOrEqual(single.units);
          expect(double.acceleratorsNeeded).toBeGreaterThanOrEqual(single.acceleratorsNeeded);
          expect(double.monthlyCostUsd).toBeGreaterThanOrEqual(single.monthlyCostUsd);
        },
      ),
    );
  });
});

describe("a power cap excludes exactly the plans above it", () => {
  it("fitsPowerCap is false above the cap, true at or below it, null when power is unknown", () => {
    expect(fitsPowerCap(1.2, 1)).toBe(false);
    expect(fitsPowerCap(1, 1)).toBe(true);
    expect(fitsPowerCap(0.3, 1)).toBe(true);
    expect(fitsPowerCap(null, 1)).toBeNull();
    expect(fitsPowerCap(99, undefined)).toBe(true);
    expect(fitsBudget(100, 99)).toBe(false);
    expect(fitsBudget(100, 100)).toBe(true);
  });

  it("ranks exactly the plans at or below the cap, over generated fleets", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ megawatts: fc.double({ min: 0, max: 50, noNaN: true }), monthlyCostUsd: fc.double({ min: 0, max: 1e7, noNaN: true }) }), {
          minLength: 1,
          maxLength: 25,
        }),
        fc.double({ min: 0, max: 50, noNaN: true }),
        (fleets, capMw) => {
          const plans = fleets.map((f, i) => ({ ...f, key: `o${i}`, tokensPerDay: 1, fitsPowerCap: fitsPowerCap(f.megawatts, capMw), fitsBudget: true }));
          const ranked = rankPlans(plans, "demand");
          const rankedKeys = new Set(ranked.filter((p) => p.rank !== null).map((p) => p.key));
          // "At or below" up to the documented float slack (1e-12 of the cap, far below a watt).
          const atOrBelow = new Set(plans.filter((p) => p.megawatts <= capMw * (1 + POWER_CAP_RELATIVE_TOLERANCE)).map((p) => p.key));
          expect(rankedKeys).toEqual(atOrBelow);
          // Ranked plans come first, cheapest first, numbered 1..n.
          const ranks = ranked.filter((p) => p.rank !== null);
          ranks.forEach((p, i) => expect(p.rank).toBe(i + 1));
          for (let i = 1; i < ranks.length; i++) expect(ranks[i].monthlyCostUsd).toBeGreaterThanOrEqual(ranks[i - 1].monthlyCostUsd);
          expect(ranked.slice(0, ranks.length).every((p) => p.rank !== null)).toBe(true);
        },
      ),
    );
  });
});

describe("power-capped tokens/day = floor(cap ÷ kW per unit) × units' tok/s × 86,400 × utilization", () => {
  it("fits whole servers in the cap", () => {
    // 1 MW ÷ (8 × 1.5 kW = 12 kW per server) = 83.3 → 83 servers = 664 GPUs.
    const plan = planForPowerCap(server, 1)!;
    expect(plan.units).toBe(83);
    expect(plan.acceleratorsNeeded).toBe(664);
    expect(plan.tokensPerDay).toBeCloseTo(83 * 8 * 1000 * 86_400 * 0.6, 3);
    expect(plan.megawatts).toBeCloseTo(0.996, 12);
    expect(plan.monthlyCostUsd).toBeCloseTo(664 * 2.5 * 730, 6);
    // The same $/M as the leaderboard's formula at the scenario utilization.
    expect(plan.usdPerMillionTokens).toBeCloseTo((2.5 / (1000 * 3600 * 0.6)) * 1e6, 9);
  });

  it("keeps a unit when the cap is an exact multiple", () => {
    const plan = planForPowerCap({ ...server, acceleratorsPerUnit: 1, facilityKwPerAccelerator: 100 }, 0.3)!;
    expect(plan.units).toBe(3);
  });

  it("gives zero units below one unit's power and no plan without a power figure", () => {
    expect(planForPowerCap(server, 0.01)!.units).toBe(0);
    expect(planForPowerCap({ ...server, facilityKwPerAccelerator: null }, 1)).toBeNull();
  });

  it("matches the formula over generated offerings and caps", () => {
    fc.assert(
      fc.property(offeringArbitrary, fc.double({ min: 0, max: 500, noNaN: true }), (offering, capMw) => {
        const plan = planForPowerCap(offering, capMw);
        if (offering.facilityKwPerAccelerator == null) {
          expect(plan).toBeNull();
          return;
        }
        const kwPerUnit = offering.facilityKwPerAccelerator * offering.acceleratorsPerUnit;
        const units = Math.floor((capMw * 1000) / kwPerUnit + 1e-9);
        expect(plan!.units).toBe(units);
        expect(plan!.megawatts!).toBeLessThanOrEqual(capMw * (1 + 1e-9) + 1e-12);
        const expected = units * offering.acceleratorsPerUnit * offering.tokensPerSecondPerAccelerator * 86_400 * offering.utilization;
        expect(Math.abs(plan!.tokensPerDay - expected)).toBeLessThanOrEqual(expected * 1e-12);
      }),
    );
  });
});

describe("rankPlans", () => {
  it("power mode ranks by tokens per day, then by cost", () => {
    const ranked = rankPlans(
      [
        { key: "a", tokensPerDay: 10, monthlyCostUsd: 5, fitsPowerCap: true, fitsBudget: true },
        { key: "b", tokensPerDay: 20, monthlyCostUsd: 9, fitsPowerCap: true, fitsBudget: true },
        { key: "c", tokensPerDay: 20, monthlyCostUsd: 7, fitsPowerCap: true, fitsBudget: true },
        { key: "d", tokensPerDay: 99, monthlyCostUsd: 1, fitsPowerCap: true, fitsBudget: false },
      ],
      "power",
    );
    expect(ranked.map((p) => [p.key, p.rank])).toEqual([
      ["c", 1],
      ["b", 2],
      ["a", 3],
      ["d", null],
    ]);
  });
});
