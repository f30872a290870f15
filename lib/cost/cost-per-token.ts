// Per-token figures derived from an accelerator-hour price and a per-accelerator throughput.
import { requireNonNegative, requirePositive, requireShare } from "./guard";

const SECONDS_PER_HOUR = 3600;
const TOKENS_PER_MILLION = 1e6;

/** usdPerAcceleratorHour / (tokensPerSecondPerAccelerator × 3600 × utilization) × 1e6 */
export function usdPerMillionTokens(input: { usdPerAcceleratorHour: number; tokensPerSecondPerAccelerator: number; utilization: number }): number {
  requireNonNegative("usdPerAcceleratorHour", input.usdPerAcceleratorHour);
  requirePositive("tokensPerSecondPerAccelerator", input.tokensPerSecondPerAccelerator);
  requireShare("utilization", input.utilization);
  const tokensPerAcceleratorHour = input.tokensPerSecondPerAccelerator * SECONDS_PER_HOUR * input.utilization;
  return (input.usdPerAcceleratorHour / tokensPerAcceleratorHour) * TOKENS_PER_MILLION;
}

export function tokensPerDollar(usdPerMillionTokensValue: number): number {
  requirePositive("usdPerMillionTokens", usdPerMillionTokensValue);
  return TOKENS_PER_MILLION / usdPerMillionTokensValue;
}

/** tokens/s per accelerator × 1000 / kW per accelerator = tokens/s one megawatt of that power sustains. */
export function tokensPerSecondPerMegawatt(tokensPerSecondPerAcceleratorValue: number, kwPerAccelerator: number): number {
  requireNonNegative("tokensPerSecondPerAccelerator", tokensPerSecondPerAcceleratorValue);
  requirePositive("kwPerAccelerator", kwPerAccelerator);
  return (tokensPerSecondPerAcceleratorValue * 1000) / kwPerAccelerator;
}

/** W / (tokens/s) = J per token, for any consistent scope (one accelerator or the whole system). */
export function joulesPerToken(watts: number, tokensPerSecond: number): number {
  requireNonNegative("watts", watts);
  requirePositive("tokensPerSecond", tokensPerSecond);
  return watts / tokensPerSecond;
}
