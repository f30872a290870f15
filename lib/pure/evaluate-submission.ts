import { checkPlausibility, hasBlockingFinding, type PlausibilityFinding } from "@/lib/cost/plausibility";
import type { AcceleratorRef, ModelRef } from "@/lib/data/submissions/catalog-refs";
import type { SubmissionInput } from "@/lib/validation/submission";

export type Evaluation = { findings: PlausibilityFinding[]; status: "pending" | "flagged" };

type Evaluable = Pick<
  SubmissionInput,
  | "acceleratorCount"
  | "prefillAcceleratorCount"
  | "decodeAcceleratorCount"
  | "precision"
  | "outputTokensPerSecond"
  | "interactivityTokensPerSecondPerUser"
  | "tpotMsP50"
  | "concurrency"
  | "averagePowerWatts"
> & { features?: { speculativeDecoding?: string | null } | null };

// The physics checks of lib/cost against the catalog specs; an impossible result waits for a
// moderator as "flagged", never as a plain "pending" one.
export function evaluateSubmission(input: Evaluable, model: ModelRef, accelerator: AcceleratorRef): Evaluation {
  const findings = checkPlausibility({
    accelerator,
    model,
    submission: {
      acceleratorCount: input.acceleratorCount,
      prefillAcceleratorCount: input.prefillAcceleratorCount,
      decodeAcceleratorCount: input.decodeAcceleratorCount,
      precision: input.precision,
      speculativeDecoding: input.features?.speculativeDecoding ?? null,
      outputTokensPerSecond: input.outputTokensPerSecond,
      interactivityTokensPerSecondPerUser: input.interactivityTokensPerSecondPerUser,
      tpotMsP50: input.tpotMsP50,
      concurrency: input.concurrency,
      averagePowerWatts: input.averagePowerWatts,
    },
  });
  return { findings, status: hasBlockingFinding(findings) ? "flagged" : "pending" };
}
