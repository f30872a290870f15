// Invariants checked over generated inputs, beyond the hand-computed cases in the other files.
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { DEFAULT_ASSUMPTIONS, paretoFrontier, rankRows, throughputAtInteractivity, type ParetoPoint, type RankInput } from "@/lib/cost";

const pointsArbitrary = fc.array(
  fc.record({
    id: fc.string({ minLength: 1, maxLength: 4 }),
    interactivity: fc.integer({ min: 1, max: 200 }),
    throughputPerAccelerator: fc.integer({ min: 1, max: 10_000 }),
  }),
  { maxLength: 30 },
);

const dominates = (a: ParetoPoint, b: ParetoPoint) =>
  a.interactivity >= b.interactivity &&
  a.throughputPerAccelerator >= b.throughputPerAccelerator &&
  (a.interactivity > b.interactivity || a.throughputPerAccelerator > b.throughputPerAccelerator);

describe("paretoFrontier properties", () => {
  it("keeps no dominated point, and every dropped point is dominated or duplicated by a kept one", () => {
    fc.assert(
      fc.property(pointsArbitrary, (points) => {
        const frontier = paretoFrontier(points);
        for (const kept of frontier) expect(points.some((p) => dominates(p, kept))).toBe(false);
        for (const p of points) {
          const covered = frontier.some(
            (f) => dominates(f, p) || (f.interactivity === p.interactivity && f.throughputPerAccelerator === p.throughputPerAccelerator),
          );
          expect(covered).toBe(true);
        }
        for (let i = 1; i < frontier.length; i++) {
          expect(frontier[i].interactivity).toBeGreaterThan(frontier[i - 1].interactivity);
          expect(frontier[i].throughputPerAccelerator).toBeLessThan(frontier[i - 1].throughputPerAccelerator);
        }
      }),
    );
  });

  it("reads a throughput between the bracketing points, and never beyond the measured range", () => {
    fc.assert(
      fc.property(pointsArbitrary, fc.double({ min: 0, max: 250, noNaN: true }), (points, target) => {
        const frontier = paretoFrontier(points);
        const read = throughputAtInteractivity(frontier, target);
        if (frontier.length === 0 || target > frontier[frontier.length - 1].interactivity) {
          expect(read).toBeNull();
          return;
        }
        expect(read).not.toBeNull();
        const feasible = frontier.filter((p) => p.interactivity >= target);
        const bestMeasured = Math.max(...feasible.map((p) => p.throughputPerAccelerator));
        // never worse than the best measured point that meets the target, never better than the frontier's best
        expect(read!.throughputPerAccelerator).toBeGreaterThanOrEqual(bestMeasured - 1e-9);
        expect(read!.throughputPerAccelerator).toBeLessThanOrEqual(frontier[0].throughputPerAccelerator + 1e-9);
        expect(read!.interpolated).toBe(!frontier.some((p) => p.interactivity === target) && target > frontier[0].interactivity);
      }),
    );
  });
});

describe("rankRows properties", () => {
  it("orders rows the same at every utilization (the documented formula scales all costs alike)", () => {
    const inputArbitrary = fc.array(
      fc.record({
        slug: fc.string({ minLength: 1, maxLength: 6 }),
        price: fc.double({ min: 0.1, max: 100, noNaN: true }),
        tps: fc.double({ min: 1, max: 50_000, noNaN: true }),
      }),
      { minLength: 1, maxLength: 12 },
    );
    fc.assert(
      fc.property(inputArbitrary, fc.double({ min: 0.01, max: 1, noNaN: true }), (specs, utilization) => {
        const inputs: RankInput[] = specs.map((s) => ({
          offeringSlug: s.slug,
          modelSlug: "m",
          offering: { kind: "cloud", usdPerUnitHour: s.price, acceleratorsPerUnit: 1 },
          point: { tokenBasis: "output", tokensPerSecondPerAccelerator: s.tps, interpolated: false, sourceIds: [] },
        }));
        const order = (u: number) =>
          rankRows(inputs, { ...DEFAULT_ASSUMPTIONS, utilization: u }).rows.map(
            (r) => `${r.offeringSlug}:${r.tokensPerSecondPerAccelerator}:${r.usdPerAcceleratorHour}`,
          );
        expect(order(utilization)).toEqual(order(1));
        const ranked = rankRows(inputs, { ...DEFAULT_ASSUMPTIONS, utilization }).rows;
        ranked.forEach((r, i) => expect(r.rank).toBe(i + 1));
      }),
    );
  });
});
