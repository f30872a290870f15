import { describe, expect, it } from "vitest";

import { blockingTimeBySource } from "@/ops/lighthouse-blocking";

const page = "http://localhost:3300/leaderboard";

describe("Lighthouse blocking time by source", () => {
  it("counts each task's part after the first paint beyond 50 ms, by what it ran for", () => {
    const tasks = [
      { url: "Unattributable", startTime: 692, duration: 252 }, // ends before the paint
      { url: page, startTime: 944, duration: 110 }, // 58 ms of it after the paint: 8 ms blocking
      { url: "Unattributable", startTime: 1054, duration: 145 },
      { url: "http://localhost:3300/_next/static/chunks/1r7fm8l9csw4r.css", startTime: 1296, duration: 150 },
      { url: page, startTime: 1446, duration: 106 },
      { url: "http://localhost:3300/_next/static/chunks/39_j1bdzreq0m.js", startTime: 2536, duration: 108 },
      { url: "http://localhost:3300/_next/static/chunks/33d-67u0s-3yo.js?dpl=1", startTime: 2644, duration: 119 },
      { url: "http://localhost:3300/_next/static/chunks/39_j1bdzreq0m.js", startTime: 2763, duration: 48 }, // under 50 ms
    ];
    expect(blockingTimeBySource(tasks, { fcpMs: 996, pageUrl: page })).toEqual({ scripts: 58 + 69, document: 8 + 56, stylesheets: 100, other: 95 });
  });

  it("is all zero without a task long enough after the paint", () => {
    expect(blockingTimeBySource([], { fcpMs: 900, pageUrl: page })).toEqual({ scripts: 0, document: 0, stylesheets: 0, other: 0 });
    expect(blockingTimeBySource([{ url: page, startTime: 880, duration: 70 }], { fcpMs: 900, pageUrl: page })).toEqual({
      scripts: 0,
      document: 0,
      stylesheets: 0,
      other: 0,
    });
  });
});
