import { z } from "zod";

import { PRICING_BASES } from "./enums";
import { pageQuerySchema, pageSizeQuerySchema } from "./pagination";

const slug = z
  .string()
  .trim()
  .min(1)
  .max(120)
  .regex(/^[a-z0-9][a-z0-9-._]*$/, "Must be a slug (lowercase letters, digits, dashes)");
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Must be a date as YYYY-MM-DD")
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)), "Must be a real calendar date");

export const vendorKindSchema = z.enum(["chip", "cloud", "neocloud", "oem", "reference"]);
export const offeringKindSchema = z.enum(["cloud", "onprem", "estimate"]);
export const pricingBasisSchema = z.enum(PRICING_BASES);
export const acceleratorFamilySchema = z.enum(["GPU", "TPU", "ASIC", "LPU", "NPU"]);

export const vendorListQuerySchema = z.strictObject({ kind: vendorKindSchema.optional() });

export const acceleratorListQuerySchema = z.strictObject({
  vendor: slug.optional(),
  family: acceleratorFamilySchema.optional(),
});

export const modelListQuerySchema = z.strictObject({
  architecture: z.enum(["dense", "moe"]).optional(),
  modelType: slug.optional(),
});

export const OFFERING_SORT_KEYS = ["name", "provider", "accelerator", "price", "pricePerAccelerator", "kind"] as const;

/** Offerings per page of the offerings list (page and API default); the API allows up to the max. */
export const OFFERINGS_PAGE_SIZE = 100;
export const OFFERINGS_MAX_PAGE_SIZE = 500;

export const offeringListQuerySchema = z.strictObject({
  provider: slug.optional(),
  accelerator: slug.optional(),
  kind: offeringKindSchema
    .describe("cloud: rental; onprem: purchase (capex); estimate: ownership estimate (InferenceX all-in $/accelerator-hour of owning, not a rental price)")
    .optional(),
  pricingBasis: pricingBasisSchema.optional(),
  sort: z.enum(OFFERING_SORT_KEYS).default("pricePerAccelerator"),
  dir: z.enum(["asc", "desc"]).default("asc"),
  asOf: isoDate.optional(),
  page: pageQuerySchema.default(1),
  pageSize: pageSizeQuerySchema(OFFERINGS_MAX_PAGE_SIZE).default(OFFERINGS_PAGE_SIZE),
});

export type OfferingListQuery = z.infer<typeof offeringListQuerySchema>;

/** Query of a vendor or model page: the page of its paginated table. */
export const catalogPageQuerySchema = z.strictObject({ page: pageQuerySchema.default(1) });
export { slug as slugSchema, isoDate as isoDateSchema };
