import { describe, expect, it } from "vitest";

import { joulesPerToken, tokensPerDollar, tokensPerSecondPerMegawatt, usdPerMillionTokens } from "@/lib/cost";

describe("usdPerMillionTokens", () => {
  it("charges the accelerator-hour over the tokens it yields at the utilization", () => {
    // tokens per accelerator-hour: 1,000 × 3,600 × 0.5 = 1,800,000
    // 2 $ / 1,800,000 × 1e6 = 1.1111… $/M
    expect(usdPerMillionTokens({ usdPerAcceleratorHour: 2, tokensPerSecondPerAccelerator: 1000, utilization: 0.5 })).toBeCloseTo(10 / 9, 12);
  });

  it("matches a real H100 price on a real MLPerf throughput at full utilization", () => {
    // 0.69 $/h (Dataoorts H100) ; 3,896.975 tok/s (Cisco 16 × H100 llama2-70b Offline / 16)
    // 3,896.975 × 3,600 = 14,029,110 tokens/h ; 0.69 / 14,029,110 × 1e6 = 0.0491834… $/M
    expect(usdPerMillionTokens({ usdPerAcceleratorHour: 0.69, tokensPerSecondPerAccelerator: 3896.975, utilization: 1 })).toBeCloseTo(0.0491834, 7);
  });

  it("halving utilization doubles the cost", () => {
    const full = usdPerMillionTokens({ usdPerAcceleratorHour: 3, tokensPerSecondPerAccelerator: 250, utilization: 1 });
    const half = usdPerMillionTokens({ usdPerAcceleratorHour: 3, tokensPerSecondPerAccelerator: 250, utilization: 0.5 });
    // 3 / (250 × 3,600) × 1e6 = 3.3333… ; at 0.5: 6.6666…
    expect(full).toBeCloseTo(10 / 3, 12);
    expect(half).toBeCloseTo(20 / 3, 12);
  });

  it("rejects zero throughput and utilization outside (0, 1]", () => {
    expect(() => usdPerMillionTokens({ usdPerAcceleratorHour: 2, tokensPerSecondPerAccelerator: 0, utilization: 0.5 })).toThrow(
      /tokensPerSecondPerAccelerator/,
    );
    expect(() => usdPerMillionTokens({ usdPerAcceleratorHour: 2, tokensPerSecondPerAccelerator: 10, utilization: 0 })).toThrow(/utilization/);
    expect(() => usdPerMillionTokens({ usdPerAcceleratorHour: 2, tokensPerSecondPerAccelerator: 10, utilization: 1.5 })).toThrow(/utilization/);
  });
});

describe("tokensPerDollar", () => {
  it("inverts the cost per million tokens", () => {
    // 1e6 / 2.5 = 400,000 tokens per $ ; 1e6 / (10/9) = 900,000
    expect(tokensPerDollar(2.5)).toBe(400_000);
    expect(tokensPerDollar(10 / 9)).toBeCloseTo(900_000, 6);
  });
});

describe("tokensPerSecondPerMegawatt", () => {
  it("scales per-accelerator throughput to one megawatt", () => {
    // 1,000 tok/s per accelerator at 2 kW: 1 MW feeds 500 accelerators → 1,000 × 1,000 / 2 = 500,000
    expect(tokensPerSecondPerMegawatt(1000, 2)).toBe(500_000);
    // H100 all-in 1.73 kW at 3,896.975 tok/s: 3,896.975 × 1,000 / 1.73 = 2,252,586.7…
    expect(tokensPerSecondPerMegawatt(3896.975, 1.73)).toBeCloseTo(2_252_586.705, 2);
  });
});

describe("joulesPerToken", () => {
  it("divides watts by tokens per second", () => {
    // 700 W / 1,000 tok/s = 0.7 J/token ; system: 5,600 W / 8,000 tok/s = 0.7 J/token
    expect(joulesPerToken(700, 1000)).toBe(0.7);
    expect(joulesPerToken(5600, 8000)).toBe(0.7);
    expect(() => joulesPerToken(700, 0)).toThrow(/tokensPerSecond/);
  });
});
