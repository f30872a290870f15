import { describe, expect, it } from "vitest";

import { disaggregatedPoolRates, paidAcceleratorCount, tokensPerSecondPerAccelerator } from "@/lib/cost";

describe("tokensPerSecondPerAccelerator", () => {
  it("divides output throughput by the accelerator count on the output basis", () => {
    // MLPerf Inference v5.1, Cisco 16 × H100-SXM-80GB, llama2-70b Offline: 62,351.6 tok/s
    // 62,351.6 / 16 = 3,896.975
    expect(tokensPerSecondPerAccelerator({ outputTokensPerSecond: 62_351.6, acceleratorCount: 16, tokenBasis: "output" })).toBeCloseTo(3896.975, 9);
  });

  it("ignores input tokens on the output basis", () => {
    // 3,000 / 8 = 375
    expect(tokensPerSecondPerAccelerator({ outputTokensPerSecond: 3000, inputTokensPerSecond: 9000, acceleratorCount: 8, tokenBasis: "output" })).toBe(375);
  });

  it("adds input tokens on the total basis", () => {
    // (3,000 + 9,000) / 8 = 1,500
    expect(tokensPerSecondPerAccelerator({ outputTokensPerSecond: 3000, inputTokensPerSecond: 9000, acceleratorCount: 8, tokenBasis: "total" })).toBe(1500);
  });

  it("has no total-basis figure without input throughput", () => {
    expect(tokensPerSecondPerAccelerator({ outputTokensPerSecond: 3000, acceleratorCount: 8, tokenBasis: "total" })).toBeNull();
    expect(tokensPerSecondPerAccelerator({ outputTokensPerSecond: 3000, inputTokensPerSecond: null, acceleratorCount: 8, tokenBasis: "total" })).toBeNull();
  });

  describe("disaggregated prefill/decode", () => {
    const disaggregated = {
      outputTokensPerSecond: 3000,
      inputTokensPerSecond: 6000,
      acceleratorCount: 8,
      prefillAcceleratorCount: 2,
      decodeAcceleratorCount: 6,
    };

    it("charges both pools: output tokens (decode pool) over all 2 + 6 accelerators", () => {
      // 3,000 / (2 + 6) = 375
      expect(tokensPerSecondPerAccelerator({ ...disaggregated, tokenBasis: "output" })).toBe(375);
    });

    it("adds input tokens (prefill pool) on the total basis", () => {
      // (3,000 + 6,000) / (2 + 6) = 1,125
      expect(tokensPerSecondPerAccelerator({ ...disaggregated, tokenBasis: "total" })).toBe(1125);
    });

    it("reports per-pool rates as published", () => {
      // 3,000 / 6 decode = 500 ; 6,000 / 2 prefill = 3,000
      expect(disaggregatedPoolRates({ ...disaggregated, tokenBasis: "output" })).toEqual({
        outputTokensPerSecondPerDecodeAccelerator: 500,
        inputTokensPerSecondPerPrefillAccelerator: 3000,
      });
      expect(
        disaggregatedPoolRates({ ...disaggregated, inputTokensPerSecond: null, tokenBasis: "output" })?.inputTokensPerSecondPerPrefillAccelerator,
      ).toBeNull();
    });

    it("trusts the pool counts over an accelerator count that left a pool out", () => {
      // acceleratorCount says 6 (decode only); pools say 2 + 6 = 8 → 3,000 / 8 = 375
      const input = { ...disaggregated, acceleratorCount: 6, tokenBasis: "output" as const };
      expect(paidAcceleratorCount(input)).toBe(8);
      expect(tokensPerSecondPerAccelerator(input)).toBe(375);
    });

    it("is not disaggregated with only one pool given", () => {
      // 3,000 / 8 = 375 from acceleratorCount; no pool rates
      const input = { outputTokensPerSecond: 3000, acceleratorCount: 8, prefillAcceleratorCount: 2, tokenBasis: "output" as const };
      expect(paidAcceleratorCount(input)).toBe(8);
      expect(disaggregatedPoolRates(input)).toBeNull();
    });
  });

  it("rejects a zero accelerator count", () => {
    expect(() => tokensPerSecondPerAccelerator({ outputTokensPerSecond: 100, acceleratorCount: 0, tokenBasis: "output" })).toThrow(/acceleratorCount/);
  });
});
