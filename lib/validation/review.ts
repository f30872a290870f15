import { z } from "zod";

// A moderator's decision on one submission. A rejection must say why: the submitter reads the note
// on /submissions/mine and has nothing else to act on.
export const REVIEW_DECISIONS = ["approve", "reject"] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];
export const MAX_REVIEW_NOTE_LENGTH = 2000;

/** One decision: the API's body field, and the step the review form asks to confirm. */
export const reviewDecision = z.enum(REVIEW_DECISIONS, {
  error: (issue) => (issue.input === undefined ? "Decision is required" : `Decision must be "approve" or "reject"`),
});

export const reviewDecisionSchema = z
  .strictObject(
    {
      decision: reviewDecision,
      note: z
        .string({ error: "Note must be text" })
        .trim()
        .max(MAX_REVIEW_NOTE_LENGTH, { error: `Note must be at most ${MAX_REVIEW_NOTE_LENGTH} characters` })
        .optional()
        .transform((note) => (note === "" ? undefined : note)),
    },
    {
      error: (issue) =>
        issue.code === "unrecognized_keys" ? `Unknown field(s) ${(issue.keys ?? []).join(", ")}; allowed: decision, note` : "Body must be {decision, note}",
    },
  )
  .superRefine((value, ctx) => {
    if (value.decision === "reject" && !value.note) {
      ctx.addIssue({ code: "custom", path: ["note"], message: "A note is required when rejecting: tell the submitter why" });
    }
  });

export type ReviewDecisionInput = z.output<typeof reviewDecisionSchema>;

export const submissionIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, { error: "Not a submission id" });
