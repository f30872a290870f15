import { z } from "zod";

import { ValidationError } from "@/lib/errors";
import { toFieldErrors } from "@/lib/validation/field-errors";

import { MAX_BATCH_SUBMISSIONS, submissionInputSchema, unknownKeysMessage, type SubmissionInput } from "./submission";

// POST /api/v1/submissions: one submission or {"submissions": [...]}.
const batchObject = z.strictObject(
  {
    submissions: z
      .array(z.unknown(), { error: "submissions must be a list of submission objects" })
      .min(1, { error: "submissions must hold at least one submission" })
      .max(MAX_BATCH_SUBMISSIONS, { error: `submissions may hold at most ${MAX_BATCH_SUBMISSIONS} submissions per request` }),
  },
  { error: unknownKeysMessage(["submissions"]) },
);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// Re-emits an inner issue unchanged (code, keys…) under a path prefix, so toFieldErrors treats it
// exactly as if the inner schema had been applied directly.
function forwardIssue(ctx: z.RefinementCtx, issue: z.core.$ZodIssue, prefix: PropertyKey[]) {
  ctx.addIssue({ ...issue, path: [...prefix, ...issue.path] } as Parameters<z.RefinementCtx["addIssue"]>[0]);
}

// Accepts {submissions:[...]} or one bare submission and always yields {submissions:[...]}.
// Written as a transform rather than z.union so errors keep precise paths (submissions.3.precision)
// instead of an opaque "invalid union".
export const submissionBatchSchema = z.unknown().transform((value, ctx): { submissions: SubmissionInput[] } => {
  if (!isPlainObject(value)) {
    ctx.addIssue({ code: "custom", path: [], message: 'Body must be a submission object or {"submissions": [...]}' });
    return z.NEVER;
  }
  if (!("submissions" in value)) {
    const single = submissionInputSchema.safeParse(value);
    if (single.success) return { submissions: [single.data] };
    for (const issue of single.error.issues) forwardIssue(ctx, issue, []);
    return z.NEVER;
  }
  const batch = batchObject.safeParse(value);
  if (!batch.success) {
    for (const issue of batch.error.issues) forwardIssue(ctx, issue, []);
    return z.NEVER;
  }
  const submissions: SubmissionInput[] = [];
  batch.data.submissions.forEach((item, index) => {
    const parsed = submissionInputSchema.safeParse(item);
    if (parsed.success) submissions.push(parsed.data);
    else for (const issue of parsed.error.issues) forwardIssue(ctx, issue, ["submissions", index]);
  });
  return submissions.length === batch.data.submissions.length ? { submissions } : z.NEVER;
});
export type SubmissionBatch = z.output<typeof submissionBatchSchema>;

/** The API body, parsed once: the submissions, and whether they came as a batch (the response differs). */
export function parseSubmissionBody(body: unknown): { submissions: SubmissionInput[]; isBatch: boolean } {
  const parsed = submissionBatchSchema.safeParse(body);
  if (!parsed.success) throw new ValidationError(toFieldErrors(parsed.error), 422);
  const isBatch = typeof body === "object" && body !== null && "submissions" in body;
  return { submissions: parsed.data.submissions, isBatch };
}
