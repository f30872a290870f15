import { z } from "zod";

import { MAX_BATCH_SUBMISSIONS, submissionInputSchema } from "@/lib/validation/submission";

// The request body of POST /api/v1/submissions as documentation sees it. Validation itself uses
// submissionBatchSchema (a transform, for precise error paths), which a JSON Schema cannot show.
export const submissionApiBodySchema = z.union([
  submissionInputSchema,
  z.strictObject({ submissions: z.array(submissionInputSchema).min(1).max(MAX_BATCH_SUBMISSIONS) }),
]);
