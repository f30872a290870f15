import { z } from "zod";

import { slugSchema } from "./catalog";
import { EVIDENCE_KINDS } from "./enums";
import { pageQuerySchema, pageSizeQuerySchema } from "./pagination";

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
  page: pageQuerySchema.default(1),
  pageSize: pageSizeQuerySchema(RESULTS_MAX_PAGE_SIZE).default(100),
  format: z.enum(["json", "csv"]).default("json"),
});

export type ResultsQuery = z.output<typeof resultsQuerySchema>;
