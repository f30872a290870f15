import { describe, expect, it } from "vitest";

import { reviewDecisionSchema } from "@/lib/validation/review";

describe("reviewDecisionSchema", () => {
  it("accepts an approval with or without a note, trimming it", () => {
    expect(reviewDecisionSchema.parse({ decision: "approve" })).toEqual({ decision: "approve" });
    expect(reviewDecisionSchema.parse({ decision: "approve", note: "  fine  " })).toEqual({ decision: "approve", note: "fine" });
  });

  it("requires a note to reject", () => {
    const result = reviewDecisionSchema.safeParse({ decision: "reject", note: "   " });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["note", "A note is required when rejecting: tell the submitter why"]]);
    expect(reviewDecisionSchema.parse({ decision: "reject", note: "No source" })).toEqual({ decision: "reject", note: "No source" });
  });

  it("refuses other decisions, unknown keys and overlong notes", () => {
    expect(reviewDecisionSchema.safeParse({ decision: "maybe" }).error?.issues[0].message).toBe('Decision must be "approve" or "reject"');
    expect(reviewDecisionSchema.safeParse({}).error?.issues[0].message).toBe("Decision is required");
    expect(reviewDecisionSchema.safeParse({ decision: "approve", status: "approved" }).success).toBe(false);
    expect(reviewDecisionSchema.safeParse({ decision: "approve", note: "x".repeat(2001) }).error?.issues[0].message).toBe(
      "Note must be at most 2000 characters",
    );
  });
});
