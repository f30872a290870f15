import "server-only";

import type { PlausibilityFinding } from "@/lib/cost/plausibility";
import { ValidationError } from "@/lib/errors";
import { evaluateSubmission } from "@/lib/pure/evaluate-submission";
import type { SubmissionInput } from "@/lib/validation/submission";

import { loadCatalogRefs, unknownSlugErrors } from "./catalog-refs";
import { previewCost, type CostPreview } from "./preview-cost";

export type SubmissionPreview = {
  status: "pending" | "flagged";
  findings: PlausibilityFinding[];
  costPreview: CostPreview;
  model: { slug: string; name: string };
  accelerator: { slug: string; name: string };
};

// What the submitter sees before sending: the findings and the cost the result would produce.
// Writes nothing. Unknown slugs are field errors, as on submit.
export async function previewSubmission(input: SubmissionInput): Promise<SubmissionPreview> {
  const refs = await loadCatalogRefs([input.model], [input.accelerator]);
  const errors = unknownSlugErrors([input], refs, (_, field) => field);
  if (errors.length > 0) throw new ValidationError(errors, 422);
  const model = refs.models.get(input.model)!;
  const accelerator = refs.accelerators.get(input.accelerator)!;
  const { findings, status } = evaluateSubmission(input, model, accelerator);
  const costPreview = await previewCost({ ...input, acceleratorId: accelerator.id });
  return { status, findings, costPreview, model: { slug: model.slug, name: model.name }, accelerator: { slug: accelerator.slug, name: accelerator.name } };
}
