// Benchmark results the seed loads: the project's own curated extracts in prisma/seed/data/results
// (one file per source, written by scripts/data/*, a source URL on every row). Checked with zod
// before anything is written, so a bad hand edit fails the seed with the file and the row.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

import { PRECISIONS } from "@/lib/validation/enums";

const positive = z.number().positive();
const positiveInt = z.number().int().positive();

export const curatedResultSchema = z.strictObject({
  externalId: z.string().min(1),
  model: z.string().min(1),
  accelerator: z.string().min(1),
  acceleratorCount: positiveInt,
  precision: z.enum(PRECISIONS),
  engine: z.string().min(1),
  engineVersion: z.string().optional(),
  systemName: z.string().optional(),
  scenario: z.string().optional(),
  inputTokens: positiveInt.optional(),
  outputTokens: positiveInt.optional(),
  batchSize: positiveInt.optional(),
  concurrency: positiveInt.optional(),
  outputTokensPerSecond: positive,
  inputTokensPerSecond: positive.optional(),
  interactivityTokensPerSecondPerUser: positive.optional(),
  ttftMsP50: positive.optional(),
  ttftMsP99: positive.optional(),
  tpotMsP50: positive.optional(),
  tpotMsP99: positive.optional(),
  ttftLimitMsP99: positive.optional(),
  tpotLimitMsP99: positive.optional(),
  speculativeDecoding: z.string().optional(),
  sourceUrl: z.url({ protocol: /^https?$/ }),
  notes: z.string().min(1),
});

export const curatedResultFileSchema = z.strictObject({
  source: z.string().min(1),
  evidence: z.enum(["audited", "vendor", "academic", "community"]),
  licence: z.string().min(1),
  origin: z.string().min(1),
  results: z.array(curatedResultSchema),
});

export type CuratedResult = z.infer<typeof curatedResultSchema>;
export type CuratedResultFile = z.infer<typeof curatedResultFileSchema>;

export const RESULTS_DIR = path.join(import.meta.dirname, "data", "results");

export function loadCuratedResults(dir = RESULTS_DIR): (CuratedResultFile & { file: string })[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((file) => {
      const parsed = curatedResultFileSchema.safeParse(JSON.parse(readFileSync(path.join(dir, file), "utf8")));
      if (!parsed.success) {
        const problems = parsed.error.issues
          .slice(0, 5)
          .map((i) => `${i.path.join(".")}: ${i.message}`)
          .join("; ");
        throw new Error(`${path.join(dir, file)} is invalid: ${problems}`);
      }
      return { ...parsed.data, file };
    });
}
