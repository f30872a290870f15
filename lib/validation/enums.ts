// Value lists shared by zod schemas and client components (no zod import, so forms stay light).
export const PRECISIONS = ["FP16", "BF16", "FP8", "FP6", "FP4", "INT8", "INT4"] as const;
export const DEPLOYMENTS = ["all", "cloud", "onprem", "estimate"] as const;
export const PRICING_BASES = ["on-demand", "reserved-1y", "reserved-3y", "spot", "capex", "all-in"] as const;
export const TOKEN_BASES = ["output", "total"] as const;
export const EVIDENCE_KINDS = ["audited", "vendor", "academic", "community"] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];
