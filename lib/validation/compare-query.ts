import { z } from "zod";

import { leaderboardQuerySchema } from "./leaderboard-query";

const slug = z
  .string()
  .trim()
  .min(1)
  .max(120)
  .regex(/^[a-z0-9][a-z0-9-._]*$/, "Must be a slug");

export const compareQuerySchema = leaderboardQuerySchema.omit({ model: true, modelType: true, vendor: true, format: true, limit: true }).extend({
  offerings: z
    .string()
    .transform((s) => [
      ...new Set(
        s
          .split(",")
          .map((x) => x.trim())
          .filter(Boolean),
      ),
    ])
    .pipe(z.array(slug).min(2, "Pick 2 to 4 offerings").max(4, "Pick 2 to 4 offerings")),
  model: slug,
});

export type CompareQuery = z.output<typeof compareQuerySchema>;
