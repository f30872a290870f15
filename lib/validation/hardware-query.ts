import { z } from "zod";

import { slugSchema } from "@/lib/validation/catalog";

/** Query of an accelerator page: the results page and the model its chart shows. */
export const hardwareQuerySchema = z.object({
  page: z.string().regex(/^\d+$/, "Must be a whole number").transform(Number).pipe(z.number().int().min(1, "Must be 1 or more").max(10_000)).optional(),
  model: slugSchema.optional(),
});
