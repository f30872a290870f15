import { z } from "zod";

import { slugSchema } from "@/lib/validation/catalog";
import { pageQuerySchema } from "@/lib/validation/pagination";

/** Query of an accelerator page: the results page and the model its chart shows. */
export const hardwareQuerySchema = z.object({
  page: pageQuerySchema.optional(),
  model: slugSchema.optional(),
});
