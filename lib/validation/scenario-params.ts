import { z } from "zod";

import { ASSUMPTION_DOCS, DEFAULT_ASSUMPTIONS } from "@/lib/cost/assumptions";
import { MODEL_TYPES, type ModelTypeSlug } from "@/lib/cost/model-type";
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

const count = (n: number) => n.toLocaleString("en-US");

// Upper bounds of the targets and request lengths a ranking takes; the planner applies the same ones
// to its inputs (PLAN_LIMITS in plan.ts).
export const SCENARIO_LIMITS = { interactivityTarget: 10_000, ttftMsLimit: 600_000, sequenceTokens: 2_000_000 } as const;

// A number past what a double holds (1e309 typed in the form, or in JSON) arrives as ±Infinity,
// which zod reports as "expected number, received Infinity": it is told the bound it passed instead.
// Text and NaN (an unparsable form field) are told to be a number.
function numberOr(notANumber: string, tooSmall: string, tooBig: string) {
  return z.number({
    error: (issue) => (typeof issue.input === "number" && !Number.isNaN(issue.input) ? (issue.input > 0 ? tooBig : tooSmall) : notANumber),
  });
}

// Bounds and defaults come from ASSUMPTION_DOCS, the same table the glossary shows.
function assumption(key: keyof typeof ASSUMPTION_DOCS) {
  const doc = ASSUMPTION_DOCS[key];
  const range = `Must be between ${doc.min} and ${doc.max} ${doc.unit}`;
  return numberOr(`${doc.label} must be a number`, range, range).min(doc.min, range).max(doc.max, range).default(DEFAULT_ASSUMPTIONS[key]);
}

// A positive quantity with an upper bound, one message per field (abort: the first failed check wins).
function positiveUpTo(max: number, unit: string, positive: string) {
  const tooBig = `Must be at most ${count(max)} ${unit}`;
  return numberOr("Must be a number", positive, tooBig).positive({ error: positive, abort: true }).max(max, tooBig);
}

// Whole numbers: a fraction is told it is not whole; 1e20 is whole but past the bound, and is told the bound.
function tokenCount(max: number) {
  const whole = "Must be a whole number of tokens";
  const positive = "Must be more than 0 tokens";
  const tooBig = `Must be at most ${count(max)} tokens`;
  return numberOr("Must be a number", positive, tooBig)
    .refine(Number.isInteger, { error: whole, abort: true })
    .positive({ error: positive, abort: true })
    .max(max, { error: tooBig, abort: true })
    .int(whole);
}

const MODEL_TYPE_SLUGS = MODEL_TYPES.map((t) => t.slug) as [ModelTypeSlug, ...ModelTypeSlug[]];

// Saved scenarios are read back with the lenient slug rule (rows saved before this check must still
// open); writes go through scenarioParamsWriteSchema, which knows the static list of model types.
const modelTypeSchema = z
  .string("Model type must be text")
  .trim()
  .pipe(z.enum(MODEL_TYPE_SLUGS, { error: (issue) => `Unknown model type "${String(issue.input)}"` }));

export const scenarioParamsSchema = z.strictObject({
  modelType: slug.optional(),
  models: z.array(slug).max(50).optional(),
  precisions: z.array(z.enum(PRECISIONS)).max(PRECISIONS.length).optional(),
  allowSpeculativeDecoding: z.boolean().default(true),
  allowDisaggregated: z.boolean().default(true),
  allowKvCacheOffload: z.boolean().default(true),
  interactivityTarget: positiveUpTo(SCENARIO_LIMITS.interactivityTarget, "tok/s per user", "Must be a positive speed in tok/s per user").optional(),
  ttftMsLimit: positiveUpTo(SCENARIO_LIMITS.ttftMsLimit, "ms", "Must be a positive number of milliseconds").optional(),
  tokenBasis: z.enum(TOKEN_BASES).default(DEFAULT_ASSUMPTIONS.tokenBasis),
  deployment: z.enum(DEPLOYMENTS).default("all"),
  pricingBasis: z.enum(PRICING_BASES).optional(),
  cloudDiscount: assumption("cloudDiscount"),
  electricityUsdPerKwh: assumption("electricityUsdPerKwh"),
  pue: assumption("pue"),
  utilization: assumption("utilization"),
  amortizationYears: assumption("amortizationYears"),
  annualOpexRate: assumption("annualOpexRate"),
  inputTokens: tokenCount(SCENARIO_LIMITS.sequenceTokens).optional(),
  outputTokens: tokenCount(SCENARIO_LIMITS.sequenceTokens).optional(),
  // Which results count: evidence kinds (none = all), one length class and one serving regime.
  evidence: z.array(z.enum(EVIDENCE_KINDS)).max(EVIDENCE_KINDS.length).optional(),
  workloadClass: z.enum(WORKLOAD_CLASSES).optional(),
  servingRegime: z.enum(SERVING_REGIMES).optional(),
});

/** What create, update and the form save: the same parameters, with the model type checked against MODEL_TYPES. */
export const scenarioParamsWriteSchema = scenarioParamsSchema.extend({ modelType: modelTypeSchema.optional() });

export type ScenarioParams = z.output<typeof scenarioParamsSchema>;
export type ScenarioParamsInput = z.input<typeof scenarioParamsSchema>;

export const DEFAULT_SCENARIO_PARAMS: ScenarioParams = scenarioParamsSchema.parse({});
