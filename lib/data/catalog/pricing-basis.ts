import type { PricingBasis } from "@/lib/generated/prisma/client";

// Prisma enum identifiers cannot contain dashes; the API and URLs use the dashed names.
const TO_DB: Record<string, PricingBasis> = {
  "on-demand": "on_demand",
  "reserved-1y": "reserved_1y",
  "reserved-3y": "reserved_3y",
  spot: "spot",
  capex: "capex",
  "all-in": "all_in",
};

export function pricingBasisToDb(basis: string): PricingBasis {
  return TO_DB[basis];
}

export function pricingBasisFromDb(basis: PricingBasis): string {
  return basis.replace("_", "-");
}
