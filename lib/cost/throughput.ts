// Tokens per second per accelerator on a token basis: the denominator of every cost per token.
import type { TokenBasis } from "./assumptions";
import { requireNonNegative, requirePositive } from "./guard";

export type ThroughputInput = {
  /** Whole-system generated tokens per second. */
  outputTokensPerSecond: number;
  /** Whole-system prompt tokens per second, when the result reports it. */
  inputTokensPerSecond?: number | null;
  acceleratorCount: number;
  prefillAcceleratorCount?: number | null;
  decodeAcceleratorCount?: number | null;
  tokenBasis: TokenBasis;
};

export function isDisaggregated(input: Pick<ThroughputInput, "prefillAcceleratorCount" | "decodeAcceleratorCount">) {
  return (input.prefillAcceleratorCount ?? 0) > 0 && (input.decodeAcceleratorCount ?? 0) > 0;
}

/**
 * Accelerators that are paid for to produce the reported throughput. A disaggregated system pays for its
 * prefill and its decode pools, so both count; the pools are more specific than acceleratorCount when
 * given (plausibility flags a mismatch between the two).
 */
export function paidAcceleratorCount(input: ThroughputInput): number {
  if (isDisaggregated(input)) return input.prefillAcceleratorCount! + input.decodeAcceleratorCount!;
  return requirePositive("acceleratorCount", input.acceleratorCount);
}

/**
 * System tokens per second on the chosen basis over every paid accelerator. Output basis: output tokens;
 * total basis: input + output tokens, or null when the result reports no input throughput (MLPerf
 * reports generated tokens only). For disaggregated results this is output tokens (made by the decode
 * pool) plus input tokens (made by the prefill pool) over both pools: dividing output by the decode pool
 * alone would leave the prefill accelerators out of the cost.
 */
export function tokensPerSecondPerAccelerator(input: ThroughputInput): number | null {
  requireNonNegative("outputTokensPerSecond", input.outputTokensPerSecond);
  const count = paidAcceleratorCount(input);
  if (input.tokenBasis === "output") return input.outputTokensPerSecond / count;
  if (input.inputTokensPerSecond == null) return null;
  requireNonNegative("inputTokensPerSecond", input.inputTokensPerSecond);
  return (input.outputTokensPerSecond + input.inputTokensPerSecond) / count;
}

/**
 * Per-pool rates of a disaggregated result, as such results are usually reported: output tokens per decode
 * accelerator and input tokens per prefill accelerator. For display only; costs use
 * tokensPerSecondPerAccelerator.
 */
export function disaggregatedPoolRates(input: ThroughputInput): {
  outputTokensPerSecondPerDecodeAccelerator: number;
  inputTokensPerSecondPerPrefillAccelerator: number | null;
} | null {
  if (!isDisaggregated(input)) return null;
  return {
    outputTokensPerSecondPerDecodeAccelerator: input.outputTokensPerSecond / input.decodeAcceleratorCount!,
    inputTokensPerSecondPerPrefillAccelerator: input.inputTokensPerSecond == null ? null : input.inputTokensPerSecond / input.prefillAcceleratorCount!,
  };
}
