import { z } from "zod";

import { ASSUMPTION_DOCS, DEFAULT_ASSUMPTIONS } from "@/lib/cost/assumptions";
import { SERVING_REGIMES, WORKLOAD_CLASSES } from "@/lib/cost/workload";

// One schema for the assumptions and filters a leaderboard is ranked under. Saved scenarios store
// exactly this object; the leaderboard page and API accept the same values as query parameters.
import { DEPLOYMENTS, EVIDENCE_KINDS, PRECISIONS, PRICING_BASES, TOKEN_BASES } from "./enums";

export { DEPLOYMENTS, EVIDENCE_KINDS, PRECISIONS, PRICING_BASES, SERVING_REGIMES, TOKEN_BASES, WORKLOAD_CLASSES };

const slug = z
  .string()
  .trim()
  .min(1)
  .max(120)
  .regex(/^[a-z0-9][a-z0-9-._]*$/, "Must be a slug (lowercase letters, digits, dashes)");

// Bounds and defaults come from ASSUMPTION_DOCS, the same table the glossary shows.
function assumption(key: keyof typeof ASSUMPTION_DOCS) {
  const doc = ASSUMPTION_DOCS[key];
  const range = `Must be between ${doc.min} and ${doc.max} ${doc.unit}`;
  return z.number(`${doc.label} must be a number`).min(doc.min, range).max(doc.max, range).default(DEFAULT_ASSUMPTIONS[key]);
}

export const scenarioParamsSchema = z.strictObject({
  modelType: slug.optional(),
  models: z.array(slug).max(50).optional(),
  precisions: z.array(z.enum(PRECISIONS)).max(PRECISIONS.length).optional(),
  allowSpeculativeDecoding: z.boolean().default(true),
  allowDisaggregated: z.boolean().default(true),
  allowKvCacheOffload: z.boolean().default(true),
  interactivityTarget: z.number().positive("Must be a positive speed in tok/s per user").max(10_000).optional(),
  ttftMsLimit: z.number().positive("Must be a positive number of milliseconds").max(600_000).optional(),
  tokenBasis: z.enum(TOKEN_BASES).default(DEFAULT_ASSUMPTIONS.tokenBasis),
  deployment: z.enum(DEPLOYMENTS).default("all"),
  pricingBasis: z.enum(PRICING_BASES).optional(),
  cloudDiscount: assumption("cloudDiscount"),
  electricityUsdPerKwh: assumption("electricityUsdPerKwh"),
  pue: assumption("pue"),
  utilization: assumption("utilization"),
  amortizationYears: assumption("amortizationYears"),
  annualOpexRate: assumption("annualOpexRate"),
  inputTokens: z.number().int().positive().max(2_000_000).optional(),
  outputTokens: z.number().int().positive().max(2_000_000).optional(),
  // Which results count: evidence kinds (none = all), one length class and one serving regime.
  evidence: z.array(z.enum(EVIDENCE_KINDS)).max(EVIDENCE_KINDS.length).optional(),
  workloadClass: z.enum(WORKLOAD_CLASSES).optional(),
  servingRegime: z.enum(SERVING_REGIMES).optional(),
});

export type ScenarioParams = z.output<typeof scenarioParamsSchema>;
export type ScenarioParamsInput = z.input<typeof scenarioParamsSchema>;

export const DEFAULT_SCENARIO_PARAMS: ScenarioParams = scenarioParamsSchema.parse({});
