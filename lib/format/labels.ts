// Display names of offering kinds and evidence kinds, one place so every table, card and filter says
// the same thing (an ownership estimate must never read as a cloud or on-prem price).
import type { EvidenceKind } from "@/lib/validation/enums";

export type OfferingKindValue = "cloud" | "onprem" | "estimate";

export const OFFERING_KIND_LABELS: Record<OfferingKindValue, string> = {
  cloud: "Cloud",
  onprem: "On-prem",
  estimate: "Ownership estimate",
};

/** "Cloud, on-demand", "On-prem", "Ownership estimate (all-in)". */
export function offeringKindLabel(kind: string, pricingBasis?: string | null): string {
  if (kind === "cloud") return pricingBasis ? `Cloud, ${pricingBasis}` : "Cloud";
  if (kind === "estimate") return "Ownership estimate (all-in)";
  if (kind === "onprem") return "On-prem";
  return kind;
}

export const DEPLOYMENT_LABELS: Record<"all" | OfferingKindValue, string> = {
  all: "Cloud, on-prem and ownership estimates",
  cloud: "Cloud",
  onprem: "On-prem",
  estimate: "Ownership estimate",
};

export const EVIDENCE_LABELS: Record<EvidenceKind, { label: string; description: string }> = {
  audited: { label: "Audited", description: "MLPerf Inference closed division: peer-reviewed by MLCommons submitters" },
  vendor: { label: "Vendor", description: "Published by the chip or cloud vendor (docs, recipes, product pages)" },
  academic: { label: "Academic", description: "From a published study" },
  community: { label: "Community", description: "Submitted by a user and approved by a moderator" },
};
