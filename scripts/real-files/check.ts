// Shared helpers of the real-files check: a tiny assertion log that reports every failure at the end.
import { isDeepStrictEqual } from "node:util";

export type Check = { failures: string[]; passed: number };

export function createCheck(): Check {
  return { failures: [], passed: 0 };
}

export function expectClose(check: Check, label: string, actual: number | undefined | null, expected: number, tolerance = 1e-6): void {
  if (typeof actual === "number" && Math.abs(actual - expected) <= tolerance * Math.max(1, Math.abs(expected))) check.passed++;
  else check.failures.push(`${label}: expected ${expected}, got ${actual}`);
}

export function expectEqual(check: Check, label: string, actual: unknown, expected: unknown): void {
  if (isDeepStrictEqual(actual, expected)) check.passed++;
  else check.failures.push(`${label}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

export function expectTrue(check: Check, label: string, condition: boolean, detail = ""): void {
  if (condition) check.passed++;
  else check.failures.push(`${label}${detail ? `: ${detail}` : ""}`);
}
