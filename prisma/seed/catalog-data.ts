// The curated catalog kept in the repo (prisma/seed/data, sources in data/SOURCES.md), read and
// checked before anything is written: a typo in a JSON file fails the seed with the file and path.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";

export const SEED_DATA_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), "data");

const slug = z.string().regex(/^[a-z0-9]+(?:[-._][a-z0-9]+)*$/, "must be a lowercase slug");
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be YYYY-MM-DD");
const url = z.url({ protocol: /^https?$/ });
const positive = z.number().positive();

const vendorSchema = z.strictObject({
  slug,
  name: z.string().min(1),
  kind: z.enum(["chip", "cloud", "neocloud", "oem", "reference"]),
  website: url.optional(),
  description: z.string().optional(),
  sourceUrl: url,
  sourceDate: isoDate,
});

const acceleratorSchema = z.strictObject({
  slug,
  name: z.string().min(1),
  vendor: slug,
  family: z.enum(["GPU", "TPU", "ASIC", "LPU", "NPU"]),
  memoryGb: positive,
  memoryBandwidthTbPerS: positive,
  denseBf16Tflops: positive.nullable(),
  denseFp8Tflops: positive.nullable(),
  denseFp4Tflops: positive.nullable(),
  tdpWatts: positive.nullable(),
  allInKwPerAccelerator: positive.nullable(),
  scaleUpDomainSize: z.number().int().positive().nullable(),
  releaseYear: z.number().int().min(2000).max(2100).nullable(),
  aliases: z.array(z.string().min(1)),
  sourceUrl: url,
  sourceDate: isoDate,
});

const modelSchema = z.strictObject({
  slug,
  name: z.string().min(1),
  architecture: z.enum(["dense", "moe"]),
  totalParamsB: positive,
  activeParamsB: positive,
  contextLength: z.number().int().positive(),
  aliases: z.array(z.string().min(1)),
  sourceUrl: url,
  sourceDate: isoDate,
});

export const PRICING_BASES = ["on-demand", "reserved-1y", "reserved-3y", "spot", "capex", "all-in"] as const;
export type PricingBasisName = (typeof PRICING_BASES)[number];

const priceSchema = z
  .strictObject({
    pricingBasis: z.enum(PRICING_BASES),
    usdPerUnitHour: positive.optional(),
    capexUsdPerUnit: positive.optional(),
    effectiveFrom: isoDate,
    sourceUrl: url,
  })
  .refine((p) => (p.pricingBasis === "capex" ? p.capexUsdPerUnit !== undefined : p.usdPerUnitHour !== undefined), {
    message: "capex prices need capexUsdPerUnit, hourly prices need usdPerUnitHour",
  });

const offeringSchema = z.strictObject({
  slug,
  name: z.string().min(1),
  provider: slug,
  accelerator: slug,
  acceleratorsPerUnit: z.number().int().positive(),
  kind: z.enum(["cloud", "onprem", "estimate"]),
  region: z.string().min(1).nullable(),
  allInKwPerUnit: positive.nullable(),
  notes: z.string().nullable(),
  sourceUrl: url,
  sourceDate: isoDate,
  prices: z.array(priceSchema).min(1),
});

export type VendorSeed = z.infer<typeof vendorSchema>;
export type AcceleratorSeed = z.infer<typeof acceleratorSchema>;
export type ModelSeed = z.infer<typeof modelSchema>;
export type OfferingSeed = z.infer<typeof offeringSchema>;
export type PriceSeed = z.infer<typeof priceSchema>;

export type CatalogData = {
  vendors: VendorSeed[];
  accelerators: AcceleratorSeed[];
  models: ModelSeed[];
  offerings: OfferingSeed[];
};

function readJson<T>(file: string, schema: z.ZodType<T>): T[] {
  const fullPath = path.join(SEED_DATA_DIR, file);
  const parsed = z.array(schema).safeParse(JSON.parse(readFileSync(fullPath, "utf8")));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`${fullPath} is invalid: ${problems}`);
  }
  return parsed.data;
}

function assertUnique(kind: string, slugs: string[]) {
  const seen = new Set<string>();
  for (const s of slugs) {
    if (seen.has(s)) throw new Error(`Duplicate ${kind} slug in the seed data: ${s}`);
    seen.add(s);
  }
}

function assertKnown(kind: string, owner: string, wanted: string, known: Set<string>) {
  if (!known.has(wanted)) throw new Error(`${owner} refers to unknown ${kind} "${wanted}"`);
}

export function loadCatalogData(): CatalogData {
  const data: CatalogData = {
    vendors: readJson("vendors.json", vendorSchema),
    accelerators: readJson("accelerators.json", acceleratorSchema),
    models: readJson("models.json", modelSchema),
    offerings: readJson("offerings.json", offeringSchema),
  };
  assertUnique(
    "vendor",
    data.vendors.map((v) => v.slug),
  );
  assertUnique(
    "accelerator",
    data.accelerators.map((a) => a.slug),
  );
  assertUnique(
    "model",
    data.models.map((m) => m.slug),
  );
  assertUnique(
    "offering",
    data.offerings.map((o) => o.slug),
  );
  const vendors = new Set(data.vendors.map((v) => v.slug));
  const accelerators = new Set(data.accelerators.map((a) => a.slug));
  for (const a of data.accelerators) assertKnown("vendor", `Accelerator ${a.slug}`, a.vendor, vendors);
  for (const o of data.offerings) {
    assertKnown("vendor", `Offering ${o.slug}`, o.provider, vendors);
    assertKnown("accelerator", `Offering ${o.slug}`, o.accelerator, accelerators);
    assertUnique(
      `price (basis, date) of offering ${o.slug}`,
      o.prices.map((p) => `${p.pricingBasis}@${p.effectiveFrom}`),
    );
  }
  for (const m of data.models) {
    if (m.activeParamsB > m.totalParamsB) throw new Error(`Model ${m.slug}: active parameters exceed total`);
  }
  return data;
}

// Seed dates are calendar dates; stored as UTC midnight in DATE columns.
export function toDate(isoDay: string): Date {
  return new Date(`${isoDay}T00:00:00.000Z`);
}
