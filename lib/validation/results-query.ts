import { z } from "zod";

import { slugSchema } from "./catalog";
import { EVIDENCE_KINDS } from "./enums";

const positiveInt = (max: number, message: string) =>
  z.string().trim().regex(/^\d+$/, "Must be a whole number").transform(Number).pipe(z.number().int().min(1, message).max(max, message));

export const RESULTS_MAX_PAGE_SIZE = 500;

// GET /api/v1/results: approved benchmark results, the machine-readable twin of the result tables.
export const resultsQuerySchema = z.strictObject({
  accelerator: slugSchema.describe("Accelerator slug").optional(),
  model: slugSchema.describe("Model slug").optional(),
  evidence: z
    .union([z.string(), z.array(z.string()).max(10)])
    .transform((s) =>
      (Array.isArray(s) ? s : [s])
        .flatMap((x) => x.split(","))
        .map((x) => x.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.enum(EVIDENCE_KINDS)).min(1, "List at least one value"))
    .describe("Evidence kinds, comma-separated: audited, vendor, academic, community")
    .optional(),
  source: z.string().trim().min(1).max(120).describe('Source and round exactly as listed, e.g. "MLPerf Inference v5.1"').optional(),
  page: positiveInt(100_000, "Must be 1 or more").default(1),
  pageSize: positiveInt(RESULTS_MAX_PAGE_SIZE, `Must be between 1 and ${RESULTS_MAX_PAGE_SIZE}`).default(100),
  format: z.enum(["json", "csv"]).default("json"),
});

export type ResultsQuery = z.output<typeof resultsQuerySchema>;
