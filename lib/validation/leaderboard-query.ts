import { z } from "zod";

import { isoDateSchema } from "./catalog";
import { EVIDENCE_KINDS, PRECISIONS, PRICING_BASES, scenarioParamsSchema, SERVING_REGIMES, WORKLOAD_CLASSES, type ScenarioParams } from "./scenario-params";

const slug = z
  .string()
  .trim()
  .min(1)
  .max(120)
  .regex(/^[a-z0-9][a-z0-9-._]*$/, "Must be a slug (lowercase letters, digits, dashes)");

function num(message = "Must be a number") {
  return z
    .string()
    .trim()
    .regex(/^-?\d+(\.\d+)?([eE][-+]?\d+)?$/, message)
    .transform(Number);
}
const bool = z.enum(["true", "false", "1", "0"], "Must be true or false").transform((v) => v === "true" || v === "1");
// Accepts "FP8,FP4" and repeated keys (?precision=FP8&precision=FP4, as checkbox forms send them).
const commaList = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .union([z.string(), z.array(z.string()).max(20)])
    .transform((s) =>
      (Array.isArray(s) ? s : [s])
        .flatMap((x) => x.split(","))
        .map((x) => x.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.enum(values)).min(1, "List at least one value"));

// Query-string form of the leaderboard: strings in, typed values out. Values given here override
// the ones of a scenario (scenario/revision), one by one.
export const leaderboardQuerySchema = z.strictObject({
  model: slug.optional(),
  modelType: slug.optional(),
  precision: commaList(PRECISIONS).optional(),
  deployment: z
    .enum(["all", "cloud", "onprem", "estimate"])
    .describe(
      "cloud: rental prices; onprem: purchase (capex) costed under your power and amortization assumptions; estimate: ownership estimates " +
        "(InferenceX all-in $/accelerator-hour of owning and running a part, not a price anyone rents at; power, PUE and discounts do not move it); " +
        "all: the three together, estimates labelled. cloud and onprem never include estimates.",
    )
    .optional(),
  pricingBasis: z.enum(PRICING_BASES).optional(),
  vendor: slug.optional(),
  interactivity: num().optional(),
  ttftMs: num().optional(),
  tokenBasis: z.enum(["output", "total"]).optional(),
  utilization: num().optional(),
  electricityUsdPerKwh: num().optional(),
  pue: num().optional(),
  amortizationYears: num().optional(),
  annualOpexRate: num().optional(),
  cloudDiscount: num().optional(),
  allowSpeculativeDecoding: bool.optional(),
  allowDisaggregated: bool.optional(),
  allowKvCacheOffload: bool.optional(),
  inputTokens: num().optional(),
  outputTokens: num().optional(),
  evidence: commaList(EVIDENCE_KINDS)
    .describe("Only results of these evidence kinds (comma-separated): audited (MLPerf closed), vendor, academic, community")
    .optional(),
  workload: z
    .enum(WORKLOAD_CLASSES)
    .describe("Input/output length class: short-chat (both < 4096 tokens), long-input, long-output (4096 tokens or more), mlperf (MLPerf datasets)")
    .optional(),
  servingRegime: z
    .enum(SERVING_REGIMES)
    .describe("saturated: batch or concurrency above 8 (or MLPerf Offline/Server/Interactive); latency-bound: batch or concurrency up to 8")
    .optional(),
  asOf: isoDateSchema.optional(),
  scenario: z.string().trim().min(1).max(64).optional(),
  revision: num().pipe(z.number().int().positive()).optional(),
  format: z.enum(["json", "csv"]).default("json"),
  limit: num().pipe(z.number().int().min(1).max(1000)).optional(),
});

export type LeaderboardQuery = z.output<typeof leaderboardQuerySchema>;

// Maps query names to scenario parameter names; returns only what the query sets explicitly.
export function queryToParamOverrides(q: LeaderboardQuery): Partial<Record<keyof ScenarioParams, unknown>> {
  const o: Partial<Record<keyof ScenarioParams, unknown>> = {};
  if (q.model) o.models = [q.model];
  if (q.modelType) o.modelType = q.modelType;
  if (q.precision) o.precisions = q.precision;
  if (q.deployment) o.deployment = q.deployment;
  if (q.pricingBasis) o.pricingBasis = q.pricingBasis;
  if (q.interactivity !== undefined) o.interactivityTarget = q.interactivity;
  if (q.ttftMs !== undefined) o.ttftMsLimit = q.ttftMs;
  if (q.evidence) o.evidence = q.evidence;
  if (q.workload) o.workloadClass = q.workload;
  if (q.servingRegime) o.servingRegime = q.servingRegime;
  for (const key of [
    "tokenBasis",
    "utilization",
    "electricityUsdPerKwh",
    "pue",
    "amortizationYears",
    "annualOpexRate",
    "cloudDiscount",
    "allowSpeculativeDecoding",
    "allowDisaggregated",
    "allowKvCacheOffload",
    "inputTokens",
    "outputTokens",
  ] as const) {
    if (q[key] !== undefined) o[key] = q[key];
  }
  return o;
}

// Validates merged params, reporting errors under the query-string names people typed.
const PARAM_TO_QUERY: Record<string, string> = {
  models: "model",
  precisions: "precision",
  interactivityTarget: "interactivity",
  ttftMsLimit: "ttftMs",
  workloadClass: "workload",
};

export function resolveParams(
  base: Partial<ScenarioParams>,
  overrides: Partial<Record<keyof ScenarioParams, unknown>>,
): { success: true; params: ScenarioParams } | { success: false; errors: { path: string; message: string }[] } {
  const parsed = scenarioParamsSchema.safeParse({ ...base, ...overrides });
  if (parsed.success) return { success: true, params: parsed.data };
  return {
    success: false,
    errors: parsed.error.issues.map((i) => {
      const key = String(i.path[0] ?? "(root)");
      return { path: PARAM_TO_QUERY[key] ?? key, message: i.message };
    }),
  };
}
