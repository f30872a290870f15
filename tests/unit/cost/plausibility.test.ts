import { describe, expect, it } from "vitest";

import {
  checkPlausibility,
  denseTflopsAt,
  formatFigure,
  hasBlockingFinding,
  type PlausibilityAccelerator,
  type PlausibilityInput,
  type PlausibilitySubmission,
} from "@/lib/cost";

// H100 SXM (InferenceX gpu-specs): 80 GB, 3.35 TB/s, 989 BF16 / 1,979 FP8 dense TFLOPS, 700 W TDP, NVLink domain 8.
const h100: PlausibilityAccelerator = {
  memoryGb: 80,
  memoryBandwidthTbPerS: 3.35,
  denseBf16Tflops: 989,
  denseFp8Tflops: 1979,
  denseFp4Tflops: null,
  tdpWatts: 700,
  scaleUpDomainSize: 8,
};
const llama2_70b = { activeParamsB: 70, totalParamsB: 70 };
const llama31_8b = { activeParamsB: 8, totalParamsB: 8 };

function check(model: PlausibilityInput["model"], submission: PlausibilitySubmission, accelerator = h100) {
  return checkPlausibility({ accelerator, model, submission });
}
const codes = (findings: { code: string; severity: string }[]) => findings.map((f) => `${f.code}:${f.severity}`);

describe("plausible results", () => {
  it("passes Llama 2 70B FP8 on 8 × H100 at 30 tok/s per user", () => {
    // bandwidth limit: 8 × 3.35 TB/s = 26.8 TB/s over 70 GB per token → 26,800 / 70 = 382.857 tok/s/user; 30 is 0.078×
    // compute: 2,400 / 8 = 300 tok/s/acc vs 1,979e12 / 140e9 = 14,135.7
    // TPOT 33.3 ms → 30.03 tok/s/user (ratio 0.999); 80 users × 30 = 2,400 tok/s (ratio 1); 7,000 W / 5,600 W TDP = 1.25×
    const findings = check(llama2_70b, {
      acceleratorCount: 8,
      precision: "FP8",
      outputTokensPerSecond: 2400,
      interactivityTokensPerSecondPerUser: 30,
      tpotMsP50: 33.3,
      concurrency: 80,
      averagePowerWatts: 7000,
    });
    expect(findings).toEqual([]);
    expect(hasBlockingFinding(findings)).toBe(false);
  });

  it("passes the real MLPerf v5.1 Cisco 16 × H100 llama2-70b Offline result", () => {
    // 62,351.6 / 16 = 3,896.975 tok/s/acc vs FP8 compute limit 14,135.7 (0.28×); no interactivity to check
    expect(check(llama2_70b, { acceleratorCount: 16, precision: "FP8", outputTokensPerSecond: 62_351.6 })).toEqual([]);
  });
});

describe("memory-bandwidth roofline", () => {
  it("flags a per-user speed above the roofline as an error, with the numbers in the message", () => {
    // 70B at BF16 = 140 GB per token on 1 × 3.35 TB/s → 3,350 / 140 = 23.93 tok/s/user; 100 / 23.93 = 4.18×
    const findings = check(llama2_70b, { acceleratorCount: 1, precision: "BF16", outputTokensPerSecond: 100, interactivityTokensPerSecondPerUser: 100 });
    const bandwidth = findings.find((f) => f.code === "interactivity-above-bandwidth-roofline")!;
    expect(bandwidth.severity).toBe("error");
    expect(bandwidth.values.limitTokensPerSecondPerUser).toBeCloseTo(23.928571, 5);
    expect(bandwidth.values.ratio).toBeCloseTo(4.179104, 5);
    expect(bandwidth.message).toBe(
      "Reported 100 tok/s per user is 4.18× the memory-bandwidth limit of 23.9 tok/s per user: each generated " +
        "token reads 140 GB of active weights (70B parameters at BF16, 2 bytes each) and 1 accelerator(s) deliver 3.35 TB/s.",
    );
    // 140 GB of weights do not fit in 80 GB either
    expect(codes(findings)).toEqual(["interactivity-above-bandwidth-roofline:error", "weights-exceed-memory:warning"]);
    expect(hasBlockingFinding(findings)).toBe(true);
  });

  it("warns between 0.8× and 1× of the roofline", () => {
    // 8B FP8 = 8 GB per token on 3.35 TB/s → 418.75 tok/s/user; 350 / 418.75 = 0.836×
    const findings = check(llama31_8b, { acceleratorCount: 1, precision: "FP8", outputTokensPerSecond: 350, interactivityTokensPerSecondPerUser: 350 });
    expect(codes(findings)).toEqual(["interactivity-above-bandwidth-roofline:warning"]);
    expect(findings[0].values.ratio).toBeCloseTo(0.835821, 5);
    expect(hasBlockingFinding(findings)).toBe(false);
  });

  it("allows ×4 headroom for speculative decoding", () => {
    // 600 / 418.75 = 1.43× without; with ×4: limit 1,675, 600 / 1,675 = 0.358×
    const base = { acceleratorCount: 1, precision: "FP8" as const, outputTokensPerSecond: 600, interactivityTokensPerSecondPerUser: 600 };
    expect(codes(check(llama31_8b, base))).toEqual(["interactivity-above-bandwidth-roofline:error"]);
    expect(check(llama31_8b, { ...base, speculativeDecoding: "eagle3" })).toEqual([]);
    // "none" is not speculative decoding
    expect(codes(check(llama31_8b, { ...base, speculativeDecoding: "None" }))).toEqual(["interactivity-above-bandwidth-roofline:error"]);
  });

  it("mentions the speculative headroom when it was granted and still exceeded", () => {
    // 2,000 / 1,675 = 1.19×
    const [finding] = check(llama31_8b, {
      acceleratorCount: 1,
      precision: "FP8",
      outputTokensPerSecond: 2000,
      interactivityTokensPerSecondPerUser: 2000,
      speculativeDecoding: "mtp",
    });
    expect(finding.severity).toBe("error");
    expect(finding.message).toContain("limit of 1,675 tok/s per user, including ×4 headroom for speculative decoding");
  });

  it("caps one replica at the scale-up domain", () => {
    // 16 accelerators, domain 8: 8 × 3.35 = 26.8 TB/s → 382.857 tok/s/user; 400 / 382.857 = 1.045×
    const submission = { acceleratorCount: 16, precision: "FP8" as const, outputTokensPerSecond: 4000, interactivityTokensPerSecondPerUser: 400 };
    const [finding] = check(llama2_70b, submission);
    expect(finding.code).toBe("interactivity-above-bandwidth-roofline");
    expect(finding.severity).toBe("error");
    expect(finding.values.replicaAccelerators).toBe(8);
    expect(finding.values.ratio).toBeCloseTo(1.044776, 5);
    // without a known domain all 16 count: 16 × 3.35 = 53.6 TB/s → 765.7 tok/s/user; 400 is 0.52×
    expect(check(llama2_70b, submission, { ...h100, scaleUpDomainSize: null })).toEqual([]);
  });

  it("derives per-user speed from TPOT when interactivity is missing", () => {
    // TPOT 2 ms → 1,000 / 2 = 500 tok/s/user; 500 / 418.75 = 1.19×
    const findings = check(llama31_8b, { acceleratorCount: 1, precision: "FP8", outputTokensPerSecond: 500, tpotMsP50: 2 });
    expect(codes(findings)).toEqual(["interactivity-above-bandwidth-roofline:error"]);
    expect(findings[0].values.interactivityTokensPerSecondPerUser).toBe(500);
  });

  it("uses only the decode pool of a disaggregated system", () => {
    // decode 6 (< domain 8): 6 × 3.35 = 20.1 TB/s → 20,100 / 70 = 287.14 tok/s/user; 300 / 287.14 = 1.045×
    // pools 2 + 6 = 8 ≠ acceleratorCount 6 → warning
    const findings = check(llama2_70b, {
      acceleratorCount: 6,
      prefillAcceleratorCount: 2,
      decodeAcceleratorCount: 6,
      precision: "FP8",
      outputTokensPerSecond: 3000,
      interactivityTokensPerSecondPerUser: 300,
    });
    expect(codes(findings)).toEqual(["interactivity-above-bandwidth-roofline:error", "accelerator-count-mismatch:warning"]);
    expect(findings[0].values.replicaAccelerators).toBe(6);
    expect(findings[0].values.limitTokensPerSecondPerUser).toBeCloseTo(287.142857, 5);
    expect(findings[1].message).toBe("2 prefill + 6 decode accelerators make 8, but the accelerator count is 6; costs use 8.");
  });
});

describe("compute roofline", () => {
  it("flags output throughput above peak dense FLOPS as an error", () => {
    // 2 × 8e9 = 16 GFLOP per token; 1,979e12 / 16e9 = 123,687.5 tok/s/acc; 150,000 / 123,687.5 = 1.21×
    const findings = check(llama31_8b, { acceleratorCount: 1, precision: "FP8", outputTokensPerSecond: 150_000 });
    expect(codes(findings)).toEqual(["throughput-above-compute-roofline:error"]);
    expect(findings[0].values.limitTokensPerSecondPerAccelerator).toBeCloseTo(123_687.5, 6);
    expect(findings[0].message).toBe(
      "Reported 150,000 output tok/s per accelerator is 1.21× the compute limit of 123,688 tok/s: " +
        "1,979 dense FP8 TFLOPS over 16 GFLOP per token (2 × 8B active parameters).",
    );
  });

  it("warns above 0.8× of peak", () => {
    // 110,000 / 123,687.5 = 0.889×
    expect(codes(check(llama31_8b, { acceleratorCount: 1, precision: "FP8", outputTokensPerSecond: 110_000 }))).toEqual([
      "throughput-above-compute-roofline:warning",
    ]);
  });

  it("notes when the accelerator lists no usable TFLOPS, without blocking", () => {
    const findings = check(llama31_8b, { acceleratorCount: 1, precision: "BF16", outputTokensPerSecond: 1000 }, { ...h100, denseBf16Tflops: null });
    expect(codes(findings)).toEqual(["compute-roofline-unchecked:info"]);
    expect(hasBlockingFinding(findings)).toBe(false);
  });

  it("picks the generous peak for each precision", () => {
    expect(denseTflopsAt("FP4", h100)).toEqual({ tflops: 1979, basis: "FP8" }); // H100 has no FP4: FP8 rate
    expect(denseTflopsAt("INT8", h100)).toEqual({ tflops: 1979, basis: "FP8" });
    expect(denseTflopsAt("FP16", h100)).toEqual({ tflops: 989, basis: "BF16" });
    expect(denseTflopsAt("FP6", { denseFp4Tflops: 9000, denseFp8Tflops: 4500, denseBf16Tflops: 2250 })).toEqual({ tflops: 9000, basis: "FP4" });
    expect(denseTflopsAt("BF16", {})).toBeNull();
  });
});

describe("measured power", () => {
  // 8 × 700 W = 5,600 W summed TDP
  const base = { acceleratorCount: 8, precision: "FP8" as const, outputTokensPerSecond: 2400 };

  it("accepts a DGX-like system at full draw", () => {
    // 10,200 W / 5,600 W = 1.82×
    expect(check(llama2_70b, { ...base, averagePowerWatts: 10_200 })).toEqual([]);
  });

  it("warns above 2× and errs above 3× of summed TDP", () => {
    // 12,000 / 5,600 = 2.14× ; 18,000 / 5,600 = 3.21×
    const warning = check(llama2_70b, { ...base, averagePowerWatts: 12_000 });
    expect(codes(warning)).toEqual(["power-above-expected:warning"]);
    expect(warning[0].message).toBe("Measured 12,000 W is 2.14× the 5,600 W summed TDP of 8 accelerator(s); hosts rarely add more than 2×.");
    expect(codes(check(llama2_70b, { ...base, averagePowerWatts: 18_000 }))).toEqual(["power-above-expected:error"]);
  });

  it("warns when the power looks like one accelerator's", () => {
    // 1,000 / 5,600 = 0.18× < 0.25×
    expect(codes(check(llama2_70b, { ...base, averagePowerWatts: 1000 }))).toEqual(["power-below-expected:warning"]);
  });
});

describe("latency and throughput consistency", () => {
  const base = { acceleratorCount: 8, precision: "FP8" as const };

  it("warns when interactivity and TPOT disagree by more than 35 %", () => {
    // TPOT 10 ms → 100 tok/s/user; 50 / 100 = 0.5× (off by 50 %)
    const findings = check(llama2_70b, { ...base, outputTokensPerSecond: 500, interactivityTokensPerSecondPerUser: 50, tpotMsP50: 10 });
    expect(codes(findings)).toEqual(["interactivity-tpot-mismatch:warning"]);
    expect(findings[0].message).toBe(
      "Reported 50 tok/s per user disagrees with the 100 tok/s per user implied by a p50 TPOT of 10 ms (1000 / TPOT): off by 0.5×.",
    );
    // TPOT 25 ms → 40; 50 / 40 = 1.25 (within 35 %)
    expect(check(llama2_70b, { ...base, outputTokensPerSecond: 500, interactivityTokensPerSecondPerUser: 50, tpotMsP50: 25 })).toEqual([]);
  });

  it("warns when throughput is off concurrency × interactivity by more than 2×", () => {
    // 10 users × 50 = 500 tok/s expected; 2,000 / 500 = 4×
    const findings = check(llama2_70b, { ...base, outputTokensPerSecond: 2000, interactivityTokensPerSecondPerUser: 50, concurrency: 10 });
    expect(codes(findings)).toEqual(["throughput-concurrency-mismatch:warning"]);
    expect(findings[0].values.ratio).toBe(4);
    // 400 / 500 = 0.8× is normal (users wait for their first token)
    expect(check(llama2_70b, { ...base, outputTokensPerSecond: 400, interactivityTokensPerSecondPerUser: 50, concurrency: 10 })).toEqual([]);
  });
});

describe("hasBlockingFinding", () => {
  it("blocks on errors only", () => {
    expect(hasBlockingFinding([])).toBe(false);
    expect(hasBlockingFinding([{ severity: "warning" }, { severity: "info" }])).toBe(false);
    expect(hasBlockingFinding([{ severity: "warning" }, { severity: "error" }])).toBe(true);
  });
});

describe("formatFigure", () => {
  it("keeps whole numbers from 100 and three significant digits below", () => {
    expect(formatFigure(123_687.5)).toBe("123,688");
    expect(formatFigure(1979)).toBe("1,979");
    expect(formatFigure(23.928571)).toBe("23.9");
    expect(formatFigure(0.0784)).toBe("0.0784");
  });
});
