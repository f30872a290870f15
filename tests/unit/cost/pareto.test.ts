import { describe, expect, it } from "vitest";

import { filterByTtft, paretoFrontier, throughputAtInteractivity, type ParetoPoint } from "@/lib/cost";

// interactivity (tok/s/user), throughput (tok/s/accelerator)
const points: ParetoPoint[] = [
  { id: "e", interactivity: 60, throughputPerAccelerator: 500, ttftMsP99: 200 },
  { id: "c", interactivity: 15, throughputPerAccelerator: 3000, ttftMsP99: 900 }, // dominated by b (20 ≥ 15, 4000 ≥ 3000)
  { id: "b2", interactivity: 20, throughputPerAccelerator: 4000, ttftMsP99: 700 }, // exact duplicate of b
  { id: "a", interactivity: 10, throughputPerAccelerator: 5000, ttftMsP99: 1200, wattsPerAccelerator: 800 },
  { id: "d", interactivity: 40, throughputPerAccelerator: 2000, ttftMsP99: 400, wattsPerAccelerator: 700 },
  { id: "b", interactivity: 20, throughputPerAccelerator: 4000, ttftMsP99: 700, wattsPerAccelerator: 600 },
  { id: "f", interactivity: 40, throughputPerAccelerator: 1500, ttftMsP99: 300 }, // dominated by d (same speed, less throughput)
];

describe("paretoFrontier", () => {
  it("removes dominated points and duplicates, sorted by interactivity", () => {
    const frontier = paretoFrontier(points);
    expect(frontier.map((p) => p.id)).toEqual(["a", "b", "d", "e"]);
    // throughput strictly decreases along the frontier
    expect(frontier.map((p) => p.throughputPerAccelerator)).toEqual([5000, 4000, 2000, 500]);
  });

  it("keeps every point of a frontier that is already clean and drops non-positive ones", () => {
    const frontier = paretoFrontier([
      { id: "x", interactivity: 0, throughputPerAccelerator: 9000 },
      { id: "y", interactivity: 30, throughputPerAccelerator: -1 },
      { id: "z", interactivity: 30, throughputPerAccelerator: 1000 },
    ]);
    expect(frontier.map((p) => p.id)).toEqual(["z"]);
    expect(paretoFrontier([])).toEqual([]);
  });
});

describe("throughputAtInteractivity", () => {
  const frontier = paretoFrontier(points);

  it("returns the measured point at exactly the target, not interpolated", () => {
    expect(throughputAtInteractivity(frontier, 20)).toEqual({
      throughputPerAccelerator: 4000,
      interactivity: 20,
      interpolated: false,
      sourceIds: ["b"],
      wattsPerAccelerator: 600,
    });
    expect(throughputAtInteractivity(frontier, 60)).toMatchObject({ throughputPerAccelerator: 500, interpolated: false, sourceIds: ["e"] });
  });

  it("interpolates linearly between the two neighbours bracketing the target", () => {
    // between b (20, 4000) and d (40, 2000): share = (30 − 20) / (40 − 20) = 0.5
    // throughput = 4000 + (2000 − 4000) × 0.5 = 3000 ; watts = 600 + (700 − 600) × 0.5 = 650
    expect(throughputAtInteractivity(frontier, 30)).toEqual({
      throughputPerAccelerator: 3000,
      interactivity: 30,
      interpolated: true,
      sourceIds: ["b", "d"],
      wattsPerAccelerator: 650,
    });
    // between d (40, 2000) and e (60, 500): share = (45 − 40) / 20 = 0.25
    // throughput = 2000 + (500 − 2000) × 0.25 = 2000 − 375 = 1625 ; e has no power → watts null
    expect(throughputAtInteractivity(frontier, 45)).toEqual({
      throughputPerAccelerator: 1625,
      interactivity: 45,
      interpolated: true,
      sourceIds: ["d", "e"],
      wattsPerAccelerator: null,
    });
  });

  it("never extrapolates above the fastest measured point", () => {
    expect(throughputAtInteractivity(frontier, 60.01)).toBeNull();
    expect(throughputAtInteractivity(frontier, 1000)).toBeNull();
  });

  it("uses the slowest measured point, which already meets a lower target, without interpolating", () => {
    // target 5 ≤ a's 10 tok/s/user: a is the best throughput among points meeting the minimum
    expect(throughputAtInteractivity(frontier, 5)).toEqual({
      throughputPerAccelerator: 5000,
      interactivity: 10,
      interpolated: false,
      sourceIds: ["a"],
      wattsPerAccelerator: 800,
    });
    expect(throughputAtInteractivity(frontier, 0)?.sourceIds).toEqual(["a"]);
  });

  it("has nothing to read from an empty frontier", () => {
    expect(throughputAtInteractivity([], 10)).toBeNull();
    expect(throughputAtInteractivity(frontier, Number.NaN)).toBeNull();
  });
});

describe("filterByTtft", () => {
  it("keeps points within the p99 TTFT limit and drops points without one", () => {
    const withUnknown = [...points, { id: "g", interactivity: 80, throughputPerAccelerator: 100 }];
    expect(
      filterByTtft(withUnknown, 500)
        .map((p) => p.id)
        .sort(),
    ).toEqual(["d", "e", "f"]);
    expect(
      filterByTtft(withUnknown, 700)
        .map((p) => p.id)
        .sort(),
    ).toEqual(["b", "b2", "d", "e", "f"]);
    expect(filterByTtft(withUnknown, null)).toHaveLength(8);
  });

  it("changes the frontier and the throughput read at a target", () => {
    // TTFT ≤ 500 ms leaves d (40, 2000), e (60, 500), f (40, 1500, dominated by d)
    const frontier = paretoFrontier(filterByTtft(points, 500));
    expect(frontier.map((p) => p.id)).toEqual(["d", "e"]);
    // target 30 is below d: d's measured 2,000 instead of the unfiltered interpolated 3,000
    expect(throughputAtInteractivity(frontier, 30)).toMatchObject({ throughputPerAccelerator: 2000, interpolated: false, sourceIds: ["d"] });
  });
});
