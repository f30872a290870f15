import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { formatTick, linearAxisFromZero, logAxis } from "@/lib/format/chart-scale";

describe("linearAxisFromZero", () => {
  it("rounds the top up to a 1-2-5 step and places values by fraction", () => {
    const axis = linearAxisFromZero(7.3);
    expect(axis.ticks).toEqual([0, 2, 4, 6, 8]);
    expect(axis.max).toBe(8);
    expect(axis.position(2)).toBeCloseTo(0.25);
    expect(linearAxisFromZero(0.37).ticks).toEqual([0, 0.1, 0.2, 0.3, 0.4]);
  });

  it("always covers the value with ticks from 0 to max", () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-4, max: 1e9, noNaN: true }), (value) => {
        const axis = linearAxisFromZero(value);
        expect(axis.max).toBeGreaterThanOrEqual(value * (1 - 1e-9));
        expect(axis.ticks[0]).toBe(0);
        expect(axis.ticks.at(-1)).toBeCloseTo(axis.max, 6);
        expect(axis.ticks.length).toBeGreaterThanOrEqual(2);
        expect(axis.ticks.length).toBeLessThanOrEqual(11);
        expect(axis.position(value)).toBeLessThanOrEqual(1 + 1e-9);
      }),
    );
  });

  it("falls back to a unit axis without a positive value", () => {
    expect(linearAxisFromZero(0).max).toBe(1);
    expect(linearAxisFromZero(Number.NaN).max).toBe(1);
  });
});

describe("logAxis", () => {
  it("pads the range and ticks at 1-2-5 × 10^k", () => {
    const axis = logAxis([12, 30, 140]);
    expect(axis.ticks).toEqual([10, 20, 50, 100]);
    expect(axis.position(axis.min)).toBeCloseTo(0);
    expect(axis.position(axis.max)).toBeCloseTo(1);
  });

  it("puts every value strictly inside, with at least two ticks", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0.01, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 30 }), (values) => {
        const axis = logAxis(values);
        for (const v of values) {
          expect(axis.position(v)).toBeGreaterThan(0);
          expect(axis.position(v)).toBeLessThan(1);
        }
        expect(axis.ticks.length).toBeGreaterThanOrEqual(2);
        for (const t of axis.ticks) {
          expect(t).toBeGreaterThanOrEqual(axis.min);
          expect(t).toBeLessThanOrEqual(axis.max);
        }
      }),
    );
  });
});

describe("formatTick", () => {
  it("shortens thousands and millions", () => {
    expect(formatTick(0)).toBe("0");
    expect(formatTick(1500)).toBe("1.5k");
    expect(formatTick(20_000)).toBe("20k");
    expect(formatTick(1_200_000)).toBe("1.2M");
    expect(formatTick(0.05)).toBe("0.05");
    expect(formatTick(250)).toBe("250");
  });
});
