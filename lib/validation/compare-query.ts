import { z } from "zod";

import { leaderboardQuerySchema } from "./leaderboard-query";

const slug = (required = "Must not be empty") =>
  z
    .string(required)
    .trim()
    .min(1, required)
    .max(120, "Must be at most 120 characters")
    .regex(/^[a-z0-9][a-z0-9-._]*$/, "Must be a slug (lowercase letters, digits, dashes)");

export const compareQuerySchema = leaderboardQuerySchema.omit({ model: true, modelType: true, vendor: true, format: true, limit: true }).extend({
  offerings: z
    .string("Pick 2 to 4 offerings")
    .transform((s) => [
      ...new Set(
        s
          .split(",")
          .map((x) => x.trim())
          .filter(Boolean),
      ),
    ])
    .pipe(z.array(slug()).min(2, "Pick 2 to 4 offerings").max(4, "Pick 2 to 4 offerings")),
  model: slug("Choose a model to compare"),
});

export type CompareQuery = z.output<typeof compareQuerySchema>;
