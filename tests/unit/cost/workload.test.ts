import { describe, expect, it } from "vitest";

import { priceInEffect } from "@/lib/cost/offering-cost";
import { LATENCY_BOUND_MAX_BATCH, LONG_SEQUENCE_TOKENS, servingRegime, workloadClass } from "@/lib/cost/workload";

describe("workloadClass", () => {
  it("classes InferenceX-style lengths: 1k/1k short chat, 8k/1k long input, 1k/8k long output", () => {
    expect(workloadClass({ inputTokens: 1024, outputTokens: 1024 })).toBe("short-chat");
    expect(workloadClass({ inputTokens: 8192, outputTokens: 1024 })).toBe("long-input");
    expect(workloadClass({ inputTokens: 1024, outputTokens: 8192 })).toBe("long-output");
    // Long answers decide the class even after a long prompt: decode dominates the cost.
    expect(workloadClass({ inputTokens: 8192, outputTokens: 8192 })).toBe("long-output");
  });

  it("puts the boundary at LONG_SEQUENCE_TOKENS", () => {
    expect(workloadClass({ inputTokens: LONG_SEQUENCE_TOKENS - 1, outputTokens: 128 })).toBe("short-chat");
    expect(workloadClass({ inputTokens: LONG_SEQUENCE_TOKENS, outputTokens: 128 })).toBe("long-input");
    expect(workloadClass({ inputTokens: 128, outputTokens: LONG_SEQUENCE_TOKENS })).toBe("long-output");
  });

  it("classes MLPerf runs by their dataset, whatever lengths are recorded", () => {
    expect(workloadClass({ source: "MLPerf Inference v6.0", inputTokens: 1024, outputTokens: 1024 })).toBe("mlperf");
    expect(workloadClass({ scenario: "Offline" })).toBe("mlperf");
    expect(workloadClass({ scenario: "Interactive" })).toBe("mlperf");
  });

  it("returns null when lengths are unknown and nothing marks an MLPerf run", () => {
    expect(workloadClass({})).toBeNull();
    expect(workloadClass({ inputTokens: 1024, outputTokens: null })).toBeNull();
    expect(workloadClass({ source: "AWS Neuron documentation", inputTokens: 0, outputTokens: 128 })).toBeNull();
  });
});

describe("servingRegime", () => {
  it("is latency-bound at batch or concurrency ≤ 8 and saturated above", () => {
    expect(servingRegime({ batchSize: 1 })).toBe("latency-bound");
    expect(servingRegime({ batchSize: LATENCY_BOUND_MAX_BATCH })).toBe("latency-bound");
    expect(servingRegime({ batchSize: LATENCY_BOUND_MAX_BATCH + 1 })).toBe("saturated");
    expect(servingRegime({ concurrency: 4 })).toBe("latency-bound");
    expect(servingRegime({ concurrency: 256 })).toBe("saturated");
  });

  it("prefers the batch size (what the chip holds) over the client concurrency", () => {
    expect(servingRegime({ batchSize: 64, concurrency: 4 })).toBe("saturated");
    expect(servingRegime({ batchSize: 2, concurrency: 64 })).toBe("latency-bound");
  });

  it("reads MLPerf scenarios when no batch is given, and says null when nothing is known", () => {
    expect(servingRegime({ scenario: "Offline" })).toBe("saturated");
    expect(servingRegime({ scenario: "Server" })).toBe("saturated");
    expect(servingRegime({ scenario: "SingleStream" })).toBe("latency-bound");
    expect(servingRegime({})).toBeNull();
  });
});

describe("priceInEffect", () => {
  const day = (d: string) => new Date(`${d}T00:00:00Z`);
  const prices = [
    { id: "future", effectiveFrom: day("2027-01-01") },
    { id: "old", effectiveFrom: day("2024-01-01") },
    { id: "current", effectiveFrom: day("2025-06-01") },
  ];

  it("takes the newest price effective on or before the date, not the newest row", () => {
    expect(priceInEffect(prices, day("2026-11-29").getTime())?.id).toBe("current");
    expect(priceInEffect(prices, day("2025-06-01").getTime())?.id).toBe("current");
    expect(priceInEffect(prices, day("2025-05-31").getTime())?.id).toBe("old");
    expect(priceInEffect(prices, day("2027-02-01").getTime())?.id).toBe("future");
  });

  it("is null before the first price", () => {
    expect(priceInEffect(prices, day("2023-01-01").getTime())).toBeNull();
  });
});
