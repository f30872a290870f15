// Physical sanity checks on a submitted result, run before a moderator sees it. Each check compares a
// reported figure with a generous upper bound from the accelerator's datasheet; an "error" means the
// result is impossible as described and the submission is flagged.
import { formatFigure as fmt } from "./format";
import { BYTES_PER_PARAM, denseTflopsAt, type DenseTflops, type Precision } from "./precision";

export type FindingSeverity = "error" | "warning" | "info";

export type FindingCode =
  | "interactivity-above-bandwidth-roofline"
  | "throughput-above-compute-roofline"
  | "compute-roofline-unchecked"
  | "weights-exceed-memory"
  | "power-above-expected"
  | "power-below-expected"
  | "interactivity-tpot-mismatch"
  | "throughput-concurrency-mismatch"
  | "accelerator-count-mismatch";

export type PlausibilityFinding = {
  code: FindingCode;
  severity: FindingSeverity;
  message: string;
  values: Record<string, number>;
};

export type PlausibilityAccelerator = DenseTflops & {
  memoryBandwidthTbPerS: number;
  memoryGb: number;
  tdpWatts?: number | null;
  scaleUpDomainSize?: number | null;
};

export type PlausibilityModel = { activeParamsB: number; totalParamsB: number };

export type PlausibilitySubmission = {
  acceleratorCount: number;
  prefillAcceleratorCount?: number | null;
  decodeAcceleratorCount?: number | null;
  precision: Precision;
  speculativeDecoding?: string | null;
  outputTokensPerSecond: number;
  interactivityTokensPerSecondPerUser?: number | null;
  tpotMsP50?: number | null;
  concurrency?: number | null;
  averagePowerWatts?: number | null;
};

export type PlausibilityInput = {
  accelerator: PlausibilityAccelerator;
  model: PlausibilityModel;
  submission: PlausibilitySubmission;
};

/** Tokens accepted per target-model step with speculative decoding rarely exceed ~4 in practice. */
export const SPECULATIVE_DECODING_HEADROOM = 4;
/** Share of a roofline above which a result is worth a second look (real systems reach ~50–70 %). */
export const ROOFLINE_WARNING_RATIO = 0.8;
/**
 * System wall power over summed accelerator TDP. Hosts, NICs and fans add a lot: an 8×H100 DGX is rated
 * 10.2 kW max for 5.6 kW of GPU TDP (1.8×), so a 1.5× bound would flag real systems.
 */
export const POWER_WARNING_RATIO = 2;
export const POWER_ERROR_RATIO = 3;
/** Below this share of summed TDP a loaded system is unlikely: often one accelerator's power entered as the system's. */
export const POWER_LOW_RATIO = 0.25;
export const INTERACTIVITY_TPOT_TOLERANCE = 0.35;
export const CONCURRENCY_THROUGHPUT_FACTOR = 2;

function usesSpeculativeDecoding(method: string | null | undefined): boolean {
  if (method == null) return false;
  return !["", "none", "off", "no", "false"].includes(method.trim().toLowerCase());
}

function decodeAccelerators(s: PlausibilitySubmission): number {
  const disaggregated = (s.prefillAcceleratorCount ?? 0) > 0 && (s.decodeAcceleratorCount ?? 0) > 0;
  return disaggregated ? s.decodeAcceleratorCount! : s.acceleratorCount;
}

function reportedInteractivity(s: PlausibilitySubmission): number | null {
  if (s.interactivityTokensPerSecondPerUser != null && s.interactivityTokensPerSecondPerUser > 0) {
    return s.interactivityTokensPerSecondPerUser;
  }
  return s.tpotMsP50 != null && s.tpotMsP50 > 0 ? 1000 / s.tpotMsP50 : null;
}

function rooflineSeverity(ratio: number): FindingSeverity | null {
  if (ratio > 1) return "error";
  if (ratio > ROOFLINE_WARNING_RATIO) return "warning";
  return null;
}

/**
 * (a) One user's decode step must read that user's active weights once; with tensor parallelism the
 * accelerators of one replica read their shards in parallel. So per-user speed ≤ replica bandwidth /
 * active-weight bytes (× speculative headroom). The replica is taken as large as it can be: all decode
 * accelerators, capped at the scale-up domain (pipeline stages across domains run one after another
 * for a given token and add no per-token bandwidth). KV-cache reads are ignored: a generous bound.
 */
export function checkBandwidthRoofline(input: PlausibilityInput): PlausibilityFinding | null {
  const { accelerator, model, submission } = input;
  const interactivity = reportedInteractivity(submission);
  if (interactivity == null || !(accelerator.memoryBandwidthTbPerS > 0)) return null;

  const decodeCount = decodeAccelerators(submission);
  const replicaAccelerators = Math.min(decodeCount, accelerator.scaleUpDomainSize ?? decodeCount);
  const bytesPerParam = BYTES_PER_PARAM[submission.precision];
  const activeWeightsGb = model.activeParamsB * bytesPerParam;
  const replicaBandwidthTbPerS = replicaAccelerators * accelerator.memoryBandwidthTbPerS;
  const speculative = usesSpeculativeDecoding(submission.speculativeDecoding);
  const headroom = speculative ? SPECULATIVE_DECODING_HEADROOM : 1;
  const limitTokensPerSecondPerUser = ((replicaBandwidthTbPerS * 1000) / activeWeightsGb) * headroom;
  const ratio = interactivity / limitTokensPerSecondPerUser;
  const severity = rooflineSeverity(ratio);
  if (!severity) return null;

  const headroomText = speculative ? `, including ×${headroom} headroom for speculative decoding` : "";
  return {
    code: "interactivity-above-bandwidth-roofline",
    severity,
    message:
      `Reported ${fmt(interactivity)} tok/s per user is ${fmt(ratio)}× the memory-bandwidth limit of ` +
      `${fmt(limitTokensPerSecondPerUser)} tok/s per user${headroomText}: each generated token reads ` +
      `${fmt(activeWeightsGb)} GB of active weights (${fmt(model.activeParamsB)}B parameters at ` +
      `${submission.precision}, ${bytesPerParam} bytes each) and ${replicaAccelerators} accelerator(s) ` +
      `deliver ${fmt(replicaBandwidthTbPerS)} TB/s.`,
    values: {
      interactivityTokensPerSecondPerUser: interactivity,
      limitTokensPerSecondPerUser,
      ratio,
      activeWeightsGb,
      replicaAccelerators,
      replicaBandwidthTbPerS,
      speculativeHeadroom: headroom,
    },
  };
}

/**
 * (b) A generated token costs about 2 FLOPs per active parameter, so output tokens/s per decode
 * accelerator ≤ dense peak FLOPS / (2 × active parameters). Speculative decoding does not lift it: every
 * accepted token is still verified by the full model. Prefill work is ignored (generous).
 */
export function checkComputeRoofline(input: PlausibilityInput): PlausibilityFinding | null {
  const { accelerator, model, submission } = input;
  const peak = denseTflopsAt(submission.precision, accelerator);
  if (!peak) {
    return {
      code: "compute-roofline-unchecked",
      severity: "info",
      message: `Compute roofline not checked: the accelerator lists no dense TFLOPS usable at ${submission.precision}.`,
      values: {},
    };
  }
  const decodeCount = decodeAccelerators(submission);
  const reportedPerAccelerator = submission.outputTokensPerSecond / decodeCount;
  const flopsPerToken = 2 * model.activeParamsB * 1e9;
  const limitPerAccelerator = (peak.tflops * 1e12) / flopsPerToken;
  const ratio = reportedPerAccelerator / limitPerAccelerator;
  const severity = rooflineSeverity(ratio);
  if (!severity) return null;
  return {
    code: "throughput-above-compute-roofline",
    severity,
    message:
      `Reported ${fmt(reportedPerAccelerator)} output tok/s per accelerator is ${fmt(ratio)}× the compute ` +
      `limit of ${fmt(limitPerAccelerator)} tok/s: ${fmt(peak.tflops)} dense ${peak.basis} TFLOPS over ` +
      `${fmt(flopsPerToken / 1e9)} GFLOP per token (2 × ${fmt(model.activeParamsB)}B active parameters).`,
    values: {
      outputTokensPerSecondPerAccelerator: reportedPerAccelerator,
      limitTokensPerSecondPerAccelerator: limitPerAccelerator,
      ratio,
      denseTflops: peak.tflops,
      gigaflopsPerToken: flopsPerToken / 1e9,
    },
  };
}

/** Weights must fit in the accelerators' memory unless offloaded to host memory (rare, and slow). */
export function checkWeightsFit(input: PlausibilityInput): PlausibilityFinding | null {
  const { accelerator, model, submission } = input;
  const weightsGb = model.totalParamsB * BYTES_PER_PARAM[submission.precision];
  const memoryGb = accelerator.memoryGb * submission.acceleratorCount;
  if (!(accelerator.memoryGb > 0) || weightsGb <= memoryGb) return null;
  return {
    code: "weights-exceed-memory",
    severity: "warning",
    message:
      `The model's ${fmt(weightsGb)} GB of weights (${fmt(model.totalParamsB)}B parameters at ${submission.precision}) ` +
      `exceed the ${fmt(memoryGb)} GB of memory on ${submission.acceleratorCount} accelerator(s); ` +
      `check the accelerator count or precision.`,
    values: { weightsGb, memoryGb },
  };
}

/** (c) Measured system power against the summed TDP of its accelerators. */
export function checkPower(input: PlausibilityInput): PlausibilityFinding | null {
  const { accelerator, submission } = input;
  const watts = submission.averagePowerWatts;
  const tdp = accelerator.tdpWatts;
  if (watts == null || !(watts > 0) || tdp == null || !(tdp > 0)) return null;
  const summedTdpWatts = tdp * submission.acceleratorCount;
  const ratio = watts / summedTdpWatts;
  const values = { averagePowerWatts: watts, summedTdpWatts, ratio };
  const base = `Measured ${fmt(watts)} W is ${fmt(ratio)}× the ${fmt(summedTdpWatts)} W summed TDP of ${submission.acceleratorCount} accelerator(s)`;
  if (ratio > POWER_ERROR_RATIO) {
    return { code: "power-above-expected", severity: "error", message: `${base}; more than ${POWER_ERROR_RATIO}× is beyond any host overhead.`, values };
  }
  if (ratio > POWER_WARNING_RATIO) {
    return { code: "power-above-expected", severity: "warning", message: `${base}; hosts rarely add more than ${POWER_WARNING_RATIO}×.`, values };
  }
  if (ratio < POWER_LOW_RATIO) {
    return {
      code: "power-below-expected",
      severity: "warning",
      message: `${base}; under ${POWER_LOW_RATIO}× is unlikely for a loaded system (was one accelerator's power entered?).`,
      values,
    };
  }
  return null;
}

/** (d) Reported latency and throughput figures must agree with each other. */
export function checkConsistency(input: PlausibilityInput): PlausibilityFinding[] {
  const s = input.submission;
  const findings: PlausibilityFinding[] = [];
  const interactivity = s.interactivityTokensPerSecondPerUser;
  if (interactivity != null && interactivity > 0 && s.tpotMsP50 != null && s.tpotMsP50 > 0) {
    const impliedByTpot = 1000 / s.tpotMsP50;
    const ratio = interactivity / impliedByTpot;
    if (Math.abs(ratio - 1) > INTERACTIVITY_TPOT_TOLERANCE) {
      findings.push({
        code: "interactivity-tpot-mismatch",
        severity: "warning",
        message:
          `Reported ${fmt(interactivity)} tok/s per user disagrees with the ${fmt(impliedByTpot)} tok/s per user ` +
          `implied by a p50 TPOT of ${fmt(s.tpotMsP50)} ms (1000 / TPOT): off by ${fmt(ratio)}×.`,
        values: { interactivityTokensPerSecondPerUser: interactivity, impliedTokensPerSecondPerUser: impliedByTpot, ratio },
      });
    }
  }
  if (interactivity != null && interactivity > 0 && s.concurrency != null && s.concurrency > 0) {
    const expected = s.concurrency * interactivity;
    const ratio = s.outputTokensPerSecond / expected;
    if (ratio > CONCURRENCY_THROUGHPUT_FACTOR || ratio < 1 / CONCURRENCY_THROUGHPUT_FACTOR) {
      findings.push({
        code: "throughput-concurrency-mismatch",
        severity: "warning",
        message:
          `Reported ${fmt(s.outputTokensPerSecond)} output tok/s is ${fmt(ratio)}× the ${fmt(expected)} tok/s ` +
          `that ${s.concurrency} concurrent users at ${fmt(interactivity)} tok/s each would receive.`,
        values: { outputTokensPerSecond: s.outputTokensPerSecond, expectedOutputTokensPerSecond: expected, ratio },
      });
    }
  }
  const prefill = s.prefillAcceleratorCount ?? 0;
  const decode = s.decodeAcceleratorCount ?? 0;
  if (prefill > 0 && decode > 0 && prefill + decode !== s.acceleratorCount) {
    findings.push({
      code: "accelerator-count-mismatch",
      severity: "warning",
      message:
        `${prefill} prefill + ${decode} decode accelerators make ${prefill + decode}, but the accelerator ` +
        `count is ${s.acceleratorCount}; costs use ${prefill + decode}.`,
      values: { prefillAcceleratorCount: prefill, decodeAcceleratorCount: decode, acceleratorCount: s.acceleratorCount },
    });
  }
  return findings;
}

export function checkPlausibility(input: PlausibilityInput): PlausibilityFinding[] {
  return [checkBandwidthRoofline(input), checkComputeRoofline(input), checkWeightsFit(input), checkPower(input), ...checkConsistency(input)].filter(
    (f): f is PlausibilityFinding => f !== null,
  );
}

/** A result with any error finding is impossible as described: its submission goes to "flagged". */
export function hasBlockingFinding(findings: readonly Pick<PlausibilityFinding, "severity">[]): boolean {
  return findings.some((f) => f.severity === "error");
}
