// The one set of row factories, shared by the catalog seed (prisma/seed/seed-catalog.ts), the
// integration fixtures (tests/support), the e2e fixtures (e2e/fixtures) and the authorization matrix.
// - upsert*: the seed writes every catalog row through these, keyed on its natural key (slug;
//   offering + pricing basis + date; a result's external id), so seeding again creates nothing.
// - create*: a test's own row with plausible defaults and a unique slug, creating what it depends on
//   (vendor, accelerator, model, owner) unless the caller passes its id. Overrides win over defaults,
//   so a test states only what it asserts on, and never relies on (or edits) the seeded catalog.
// Relative and type-only imports only: Playwright loads this file without the "@/" path alias.
import { randomBytes } from "node:crypto";

import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

import { hashPassword } from "../../lib/auth/password";

let sequence = 0;

/** A slug no other factory call (in any test worker) returns: prefix-<time>-<pid>-<n>-<random>. */
export function uniqueSlug(prefix: string): string {
  sequence += 1;
  return `${prefix}-${Date.now().toString(36)}-${process.pid.toString(36)}-${sequence}-${randomBytes(3).toString("hex")}`;
}

/** Upserts a vendor on its slug. */
export async function upsertVendor(prisma: PrismaClient, row: Prisma.VendorUncheckedCreateInput) {
  const { slug, ...fields } = row;
  return prisma.vendor.upsert({ where: { slug }, create: row, update: fields, select: { id: true } });
}

/** Upserts an accelerator on its slug. */
export async function upsertAccelerator(prisma: PrismaClient, row: Prisma.AcceleratorUncheckedCreateInput) {
  const { slug, ...fields } = row;
  return prisma.accelerator.upsert({ where: { slug }, create: row, update: fields, select: { id: true } });
}

/** Upserts a model on its slug. */
export async function upsertModel(prisma: PrismaClient, row: Prisma.ModelUncheckedCreateInput) {
  const { slug, ...fields } = row;
  return prisma.model.upsert({ where: { slug }, create: row, update: fields, select: { id: true } });
}

/** Upserts an offering on its slug (its prices: upsertOfferingPrice). */
export async function upsertOffering(prisma: PrismaClient, row: Omit<Prisma.OfferingUncheckedCreateInput, "prices">) {
  const { slug, ...fields } = row;
  return prisma.offering.upsert({ where: { slug }, create: row, update: fields, select: { id: true } });
}

/** Upserts one price of an offering, keyed on offering + pricing basis + effective date (price history). */
export async function upsertOfferingPrice(prisma: PrismaClient, row: Prisma.OfferingPriceUncheckedCreateInput & { effectiveFrom: Date }) {
  const { offeringId, pricingBasis = "on_demand", effectiveFrom, ...values } = row;
  const key = { offeringId, pricingBasis, effectiveFrom };
  return prisma.offeringPrice.upsert({
    where: { offeringId_pricingBasis_effectiveFrom: key },
    create: { ...key, ...values },
    update: values,
    select: { id: true },
  });
}

export type ResultRow = Prisma.BenchmarkSubmissionCreateManyInput & { externalId: string };

const RESULT_CHUNK = 500;
const RESULT_UPDATE_BATCH = 10;

/**
 * Upserts imported benchmark results on their external id, among the rows `own` selects (external
 * ids are not unique: an upload may carry one too). New rows go in with one createMany per chunk;
 * existing rows are rewritten only where a field differs, so an unchanged import writes nothing.
 * `onCreated` is told how many rows were created after each chunk.
 */
export async function upsertResults(
  prisma: PrismaClient,
  rows: ResultRow[],
  { own, onCreated }: { own: Prisma.BenchmarkSubmissionWhereInput; onCreated?: (created: number) => void },
): Promise<void> {
  const existing = new Map<string, Record<string, unknown>>();
  for (let start = 0; start < rows.length; start += RESULT_CHUNK) {
    const externalId = { in: rows.slice(start, start + RESULT_CHUNK).map((row) => row.externalId) };
    for (const found of await prisma.benchmarkSubmission.findMany({ where: { ...own, externalId } })) existing.set(found.externalId!, found);
  }
  const toCreate = rows.filter((row) => !existing.has(row.externalId));
  for (let start = 0; start < toCreate.length; start += RESULT_CHUNK) {
    const chunk = toCreate.slice(start, start + RESULT_CHUNK);
    await prisma.benchmarkSubmission.createMany({ data: chunk });
    onCreated?.(start + chunk.length);
  }
  const toUpdate = rows.flatMap(({ externalId, ...fields }) => {
    const current = existing.get(externalId);
    if (!current) return [];
    return Object.entries(fields).some(([key, value]) => current[key] !== value) ? [{ id: current.id as string, fields }] : [];
  });
  for (let start = 0; start < toUpdate.length; start += RESULT_UPDATE_BATCH) {
    await Promise.all(
      toUpdate
        .slice(start, start + RESULT_UPDATE_BATCH)
        .map(({ id, fields }) => prisma.benchmarkSubmission.update({ where: { id }, data: fields, select: { id: true } })),
    );
  }
}

const FACTORY_SOURCE_URL = "https://example.com/test-fixture";
const FACTORY_SOURCE_DATE = new Date("2026-01-01T00:00:00.000Z");

export async function createVendor(prisma: PrismaClient, overrides: Partial<Prisma.VendorUncheckedCreateInput> = {}) {
  const slug = overrides.slug ?? uniqueSlug("test-vendor");
  return prisma.vendor.create({
    data: { name: `Test vendor ${slug}`, kind: "cloud", sourceUrl: FACTORY_SOURCE_URL, sourceDate: FACTORY_SOURCE_DATE, ...overrides, slug },
  });
}

export async function createAccelerator(prisma: PrismaClient, overrides: Partial<Prisma.AcceleratorUncheckedCreateInput> = {}) {
  const slug = overrides.slug ?? uniqueSlug("test-accelerator");
  const vendorId = overrides.vendorId ?? (await createVendor(prisma, { kind: "chip" })).id;
  return prisma.accelerator.create({
    data: {
      name: `Test accelerator ${slug}`,
      family: "GPU",
      memoryGb: 80,
      memoryBandwidthTbPerS: 3.35,
      denseBf16Tflops: 989,
      denseFp8Tflops: 1979,
      tdpWatts: 700,
      allInKwPerAccelerator: 1.73,
      scaleUpDomainSize: 8,
      releaseYear: 2023,
      sourceUrl: FACTORY_SOURCE_URL,
      sourceDate: FACTORY_SOURCE_DATE,
      ...overrides,
      slug,
      vendorId,
    },
  });
}

export async function createModel(prisma: PrismaClient, overrides: Partial<Prisma.ModelUncheckedCreateInput> = {}) {
  const slug = overrides.slug ?? uniqueSlug("test-model");
  return prisma.model.create({
    data: {
      name: `Test model ${slug}`,
      architecture: "dense",
      totalParamsB: 70,
      activeParamsB: 70,
      contextLength: 131072,
      modelType: "dense-70b",
      sourceUrl: FACTORY_SOURCE_URL,
      sourceDate: FACTORY_SOURCE_DATE,
      ...overrides,
      slug,
    },
  });
}

export type PriceOverrides = Partial<Omit<Prisma.OfferingPriceUncheckedCreateInput, "offeringId">>;

export type OfferingOverrides = Partial<Prisma.OfferingUncheckedCreateInput> & {
  /** The offering's first price; null creates none. Default: on-demand $16/unit-hour (capex $250k for on-prem). */
  price?: PriceOverrides | null;
  /** Further prices (e.g. an older effectiveFrom for price history). */
  extraPrices?: PriceOverrides[];
};

export async function createOffering(prisma: PrismaClient, overrides: OfferingOverrides = {}) {
  const { price, extraPrices = [], ...offeringOverrides } = overrides;
  const slug = offeringOverrides.slug ?? uniqueSlug("test-offering");
  const providerId = offeringOverrides.providerId ?? (await createVendor(prisma)).id;
  const acceleratorId = offeringOverrides.acceleratorId ?? (await createAccelerator(prisma)).id;
  const kind = offeringOverrides.kind ?? "cloud";
  const defaultPrice: PriceOverrides =
    kind === "onprem" ? { pricingBasis: "capex", capexUsdPerUnit: 250_000 } : { pricingBasis: "on_demand", usdPerUnitHour: 16 };
  const prices = [...(price === null ? [] : [{ ...defaultPrice, ...price }]), ...extraPrices];
  return prisma.offering.create({
    data: {
      name: `Test offering ${slug}`,
      acceleratorsPerUnit: 8,
      sourceUrl: FACTORY_SOURCE_URL,
      sourceDate: FACTORY_SOURCE_DATE,
      ...offeringOverrides,
      kind,
      slug,
      providerId,
      acceleratorId,
      prices: {
        create: prices.map((p) => ({
          pricingBasis: "on_demand" as const,
          effectiveFrom: FACTORY_SOURCE_DATE,
          sourceUrl: FACTORY_SOURCE_URL,
          ...p,
        })),
      },
    },
    include: { prices: { orderBy: { effectiveFrom: "asc" } } },
  });
}

/** A benchmark submission; status defaults to "approved" so it shows on leaderboards. */
export async function createSubmission(prisma: PrismaClient, overrides: Partial<Prisma.BenchmarkSubmissionUncheckedCreateInput> = {}) {
  const modelId = overrides.modelId ?? (await createModel(prisma)).id;
  const acceleratorId = overrides.acceleratorId ?? (await createAccelerator(prisma)).id;
  return prisma.benchmarkSubmission.create({
    data: {
      acceleratorCount: 8,
      precision: "FP8",
      engine: "vLLM",
      engineVersion: "0.10.0",
      scenario: "Offline",
      outputTokensPerSecond: 10_000,
      sourceUrl: FACTORY_SOURCE_URL,
      status: "approved",
      ...overrides,
      modelId,
      acceleratorId,
    },
  });
}

export type UserOverrides = Partial<Prisma.UserUncheckedCreateInput> & {
  /** Hashed at cost 10 (quick for fixtures; verification reads the cost from the hash). Or pass passwordHash. */
  password?: string;
};

/** A user (role "user" unless overridden) with a unique email. */
export async function createUser(prisma: PrismaClient, overrides: UserOverrides = {}) {
  const { password, ...fields } = overrides;
  const slug = uniqueSlug("test-user");
  const passwordHash = password === undefined ? fields.passwordHash : await hashPassword(password, 10);
  return prisma.user.create({ data: { email: `${slug}@factory.test`, name: `Test user ${slug}`, role: "user", ...fields, passwordHash } });
}

export type ScenarioOverrides = Partial<Omit<Prisma.ScenarioUncheckedCreateInput, "revisions">> & {
  /** The first revision's assumptions. Default: electricity at $0.05/kWh. */
  params?: Prisma.InputJsonObject;
};

/** A scenario with its first revision; private unless it names a team. */
export async function createScenario(prisma: PrismaClient, overrides: ScenarioOverrides = {}) {
  const { params = { electricityUsdPerKwh: 0.05 }, ...fields } = overrides;
  const ownerId = fields.ownerId ?? (await createUser(prisma)).id;
  const teamId = fields.teamId ?? null;
  return prisma.scenario.create({
    data: {
      name: `Test scenario ${uniqueSlug("s")}`,
      visibility: teamId ? "team" : "private",
      latestRevision: 1,
      ...fields,
      ownerId,
      teamId,
      revisions: { create: { revision: 1, params, authorId: ownerId } },
    },
  });
}
