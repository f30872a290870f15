import { z } from "zod";

// Query strings of the scenario pages and API. A revision number is parsed here and nowhere else.
export const revisionNumberSchema = z
  .string()
  .regex(/^\d{1,9}$/, "Must be a revision number")
  .transform(Number)
  .pipe(z.number().int().positive("Must be a revision number (1 or more)"));

const modelSlug = z
  .string()
  .trim()
  .min(1)
  .max(120)
  .regex(/^[a-z0-9][a-z0-9-._]*$/, "Must be a model slug");
const slug = z
  .string()
  .trim()
  .min(1)
  .max(120)
  .regex(/^[a-z0-9][a-z0-9-._]*$/, "Must be a slug");
const scenarioId = z.string().trim().min(1).max(64);

/** GET /api/v1/scenarios/{id}?revision=N */
export const revisionQuerySchema = z.strictObject({ revision: revisionNumberSchema.optional() });

/** /scenarios/[id]?from=N&to=M — the revision diff. */
export const scenarioDiffQuerySchema = z.object({ from: revisionNumberSchema.optional(), to: revisionNumberSchema.optional() });

/** /scenarios/[id]/sensitivity?model=…&revision=N */
export const scenarioSensitivityQuerySchema = z.object({ model: modelSlug.optional(), revision: revisionNumberSchema.optional() });

/** /scenarios/compare?a=…&b=…&ra=N&rb=M&model=…&modelType=… */
export const scenarioCompareQuerySchema = z.object({
  a: scenarioId.optional(),
  b: scenarioId.optional(),
  ra: revisionNumberSchema.optional(),
  rb: revisionNumberSchema.optional(),
  model: slug.optional(),
  modelType: slug.optional(),
});
