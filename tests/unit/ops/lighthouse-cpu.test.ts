import { describe, expect, it } from "vitest";

import { benchmarkIndexForCpuSlowdown, cpuSlowdownForBenchmarkIndex, median } from "@/ops/lighthouse-cpu";

// The calibration table of Lighthouse's CPU throttling calculator (linked from its throttling documentation).
describe("Lighthouse CPU slowdown for a host", () => {
  it("matches the calculator's anchor points", () => {
    expect(cpuSlowdownForBenchmarkIndex(150)).toBe(1);
    expect(cpuSlowdownForBenchmarkIndex(800)).toBe(2);
    expect(cpuSlowdownForBenchmarkIndex(1300)).toBe(3);
    expect(cpuSlowdownForBenchmarkIndex(1533)).toBeCloseTo(4, 2);
    expect(cpuSlowdownForBenchmarkIndex(2000)).toBeCloseTo(6, 2);
  });

  it("interpolates between them and grows with the host's speed", () => {
    expect(cpuSlowdownForBenchmarkIndex(475)).toBeCloseTo(1.5, 5);
    expect(cpuSlowdownForBenchmarkIndex(1050)).toBeCloseTo(2.5, 5);
    const indices = [150, 300, 600, 799, 800, 1000, 1299, 1300, 1800, 2500];
    const multipliers = indices.map((i) => cpuSlowdownForBenchmarkIndex(i)!);
    for (let i = 1; i < multipliers.length; i++) expect(multipliers[i]).toBeGreaterThan(multipliers[i - 1]);
  });

  it("tells which host a multiplier suits (Lighthouse's 4× suits an index of about 1,533)", () => {
    expect(benchmarkIndexForCpuSlowdown(4)).toBeCloseTo(1533, 0);
    for (const index of [150, 475, 800, 1050, 1300, 2000]) expect(benchmarkIndexForCpuSlowdown(cpuSlowdownForBenchmarkIndex(index)!)).toBeCloseTo(index, 6);
  });

  it("refuses a host too slow or too busy to emulate the phone", () => {
    expect(cpuSlowdownForBenchmarkIndex(149)).toBeUndefined();
    expect(cpuSlowdownForBenchmarkIndex(0)).toBeUndefined();
    expect(cpuSlowdownForBenchmarkIndex(Number.NaN)).toBeUndefined();
  });

  it("takes the median of the samples", () => {
    expect(median([700, 120, 650, 690, 400])).toBe(650);
    expect(median([1, 3])).toBe(2);
  });
});
