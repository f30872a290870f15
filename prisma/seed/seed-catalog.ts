// Loads the curated catalog (vendors, accelerators, models, offerings with price history) and the
// curated benchmark results (MLPerf rounds, vendor docs and recipes, studies) into the database. This
// file maps the curated JSON onto rows; the rows are written by the shared factories (./factories.ts),
// which upsert each on its natural key (slug; offering + pricing basis + effective date; externalId),
// so running it again rewrites the same values and creates nothing new.
import { deriveModelType } from "@/lib/cost/model-type";
import type { PrismaClient } from "@/lib/generated/prisma/client";

import { loadCatalogData, toDate, type PricingBasisName } from "./catalog-data";
import { loadCuratedResults } from "./curated-results";
import { upsertAccelerator, upsertModel, upsertOffering, upsertOfferingPrice, upsertResults, upsertVendor, type ResultRow } from "./factories";

export type SeedTable = "vendors" | "accelerators" | "models" | "offerings" | "offeringPrices" | "submissions";

export type SeedProgress = { table: SeedTable; done: number; total: number };

// Why raw rows were left out is reported by the extraction scripts (scripts/data), not here.
export type SeedCounts = Record<SeedTable, number> & { submissionsBySource: Record<string, number> };

export type SeedOptions = { onProgress?: (progress: SeedProgress) => void };

export const MLPERF_IMPORTER = "mlperf-summary";
// Curated results are marked with the seed as their importer (their source is in `source`).
export const SEED_IMPORTER = "seed-curated";
const BATCH = 10;

const PRICING_BASIS: Record<PricingBasisName, "on_demand" | "reserved_1y" | "reserved_3y" | "spot" | "capex" | "all_in"> = {
  "on-demand": "on_demand",
  "reserved-1y": "reserved_1y",
  "reserved-3y": "reserved_3y",
  spot: "spot",
  capex: "capex",
  "all-in": "all_in",
};

// Rows of one table are independent: a few at a time keeps the seed quick (it runs at every start
// of a fresh database and every test run) without exhausting the connection pool.
async function inBatches<T>(items: T[], run: (item: T, index: number) => Promise<void>): Promise<void> {
  for (let start = 0; start < items.length; start += BATCH) {
    await Promise.all(items.slice(start, start + BATCH).map((item, offset) => run(item, start + offset)));
  }
}

export async function seedCatalog(prisma: PrismaClient, options: SeedOptions = {}): Promise<SeedCounts> {
  const report = (table: SeedTable, done: number, total: number) => options.onProgress?.({ table, done, total });
  const data = loadCatalogData();

  const vendorIds = new Map<string, string>();
  await inBatches(data.vendors, async (v, index) => {
    const row = await upsertVendor(prisma, {
      slug: v.slug,
      name: v.name,
      kind: v.kind,
      website: v.website ?? null,
      description: v.description ?? null,
      sourceUrl: v.sourceUrl,
      sourceDate: toDate(v.sourceDate),
    });
    vendorIds.set(v.slug, row.id);
    report("vendors", index + 1, data.vendors.length);
  });

  const acceleratorIds = new Map<string, string>();
  await inBatches(data.accelerators, async (a, index) => {
    const row = await upsertAccelerator(prisma, {
      slug: a.slug,
      name: a.name,
      vendorId: vendorIds.get(a.vendor)!,
      family: a.family,
      memoryGb: a.memoryGb,
      memoryBandwidthTbPerS: a.memoryBandwidthTbPerS,
      denseBf16Tflops: a.denseBf16Tflops,
      denseFp8Tflops: a.denseFp8Tflops,
      denseFp4Tflops: a.denseFp4Tflops,
      tdpWatts: a.tdpWatts,
      allInKwPerAccelerator: a.allInKwPerAccelerator,
      scaleUpDomainSize: a.scaleUpDomainSize,
      releaseYear: a.releaseYear,
      aliases: a.aliases,
      sourceUrl: a.sourceUrl,
      sourceDate: toDate(a.sourceDate),
    });
    acceleratorIds.set(a.slug, row.id);
    report("accelerators", index + 1, data.accelerators.length);
  });

  await inBatches(data.models, async (m, index) => {
    await upsertModel(prisma, {
      slug: m.slug,
      name: m.name,
      architecture: m.architecture,
      totalParamsB: m.totalParamsB,
      activeParamsB: m.activeParamsB,
      contextLength: m.contextLength,
      modelType: deriveModelType(m).slug,
      aliases: m.aliases,
      sourceUrl: m.sourceUrl,
      sourceDate: toDate(m.sourceDate),
    });
    report("models", index + 1, data.models.length);
  });

  const totalPrices = data.offerings.reduce((sum, o) => sum + o.prices.length, 0);
  let pricesDone = 0;
  await inBatches(data.offerings, async (o, index) => {
    const offering = await upsertOffering(prisma, {
      slug: o.slug,
      name: o.name,
      providerId: vendorIds.get(o.provider)!,
      acceleratorId: acceleratorIds.get(o.accelerator)!,
      acceleratorsPerUnit: o.acceleratorsPerUnit,
      kind: o.kind,
      region: o.region,
      allInKwPerUnit: o.allInKwPerUnit,
      notes: o.notes,
      sourceUrl: o.sourceUrl,
      sourceDate: toDate(o.sourceDate),
    });
    for (const p of o.prices) {
      await upsertOfferingPrice(prisma, {
        offeringId: offering.id,
        pricingBasis: PRICING_BASIS[p.pricingBasis],
        effectiveFrom: toDate(p.effectiveFrom),
        usdPerUnitHour: p.usdPerUnitHour ?? null,
        capexUsdPerUnit: p.capexUsdPerUnit ?? null,
        sourceUrl: p.sourceUrl,
      });
      pricesDone += 1;
      report("offeringPrices", pricesDone, totalPrices);
    }
    report("offerings", index + 1, data.offerings.length);
  });

  // Curated results (prisma/seed/data/results/*.json): slugs are resolved by the extraction scripts.
  const [acceleratorEntries, modelEntries] = await Promise.all([
    prisma.accelerator.findMany({ select: { id: true, slug: true } }),
    prisma.model.findMany({ select: { id: true, slug: true } }),
  ]);
  const acceleratorIdBySlug = new Map(acceleratorEntries.map((a) => [a.slug, a.id]));
  const modelIdBySlug = new Map(modelEntries.map((m) => [m.slug, m.id]));
  const files = loadCuratedResults();
  const rows = files.flatMap((file) => file.results.map((result) => ({ file, result })));
  const submissionsBySource: Record<string, number> = {};
  for (const { file, result } of rows) {
    if (!acceleratorIdBySlug.has(result.accelerator))
      throw new Error(`${file.file}: ${result.externalId} refers to unknown accelerator "${result.accelerator}"`);
    if (!modelIdBySlug.has(result.model)) throw new Error(`${file.file}: ${result.externalId} refers to unknown model "${result.model}"`);
    submissionsBySource[file.source] = (submissionsBySource[file.source] ?? 0) + 1;
  }
  const resultRow = ({ file, result: r }: (typeof rows)[number]): ResultRow => ({
    externalId: r.externalId,
    modelId: modelIdBySlug.get(r.model)!,
    acceleratorId: acceleratorIdBySlug.get(r.accelerator)!,
    acceleratorCount: r.acceleratorCount,
    precision: r.precision,
    engine: r.engine,
    engineVersion: r.engineVersion ?? null,
    systemName: r.systemName ?? null,
    speculativeDecoding: r.speculativeDecoding ?? null,
    kvCacheOffload: false,
    disaggregated: false,
    expertParallelism: null,
    scenario: r.scenario ?? null,
    inputTokens: r.inputTokens ?? null,
    outputTokens: r.outputTokens ?? null,
    batchSize: r.batchSize ?? null,
    concurrency: r.concurrency ?? null,
    outputTokensPerSecond: r.outputTokensPerSecond,
    inputTokensPerSecond: r.inputTokensPerSecond ?? null,
    interactivityTokensPerSecondPerUser: r.interactivityTokensPerSecondPerUser ?? null,
    ttftMsP50: r.ttftMsP50 ?? null,
    ttftMsP99: r.ttftMsP99 ?? null,
    tpotMsP50: r.tpotMsP50 ?? null,
    tpotMsP99: r.tpotMsP99 ?? null,
    ttftLimitMsP99: r.ttftLimitMsP99 ?? null,
    tpotLimitMsP99: r.tpotLimitMsP99 ?? null,
    averagePowerWatts: null,
    tokenBasis: "output",
    sourceUrl: r.sourceUrl,
    notes: r.notes,
    importer: file.source.startsWith("MLPerf") ? MLPERF_IMPORTER : SEED_IMPORTER,
    evidence: file.evidence,
    source: file.source,
    status: "approved" as const,
    reviewNote: `Curated ${file.source} result (${file.evidence} evidence), loaded by the catalog seed.`,
  });
  // The seed runs at every start of a fresh database (and every test run): upsertResults adds new
  // rows in bulk and rewrites existing ones only where a field differs from the extract. Only the
  // seed's own rows are matched: uploads may carry the same external id.
  await upsertResults(prisma, rows.map(resultRow), {
    own: { submitterId: null, importer: { in: [MLPERF_IMPORTER, SEED_IMPORTER] } },
    onCreated: (created) => {
      if (created < rows.length) report("submissions", created, rows.length);
    },
  });
  report("submissions", rows.length, rows.length);

  return {
    vendors: data.vendors.length,
    accelerators: data.accelerators.length,
    models: data.models.length,
    offerings: data.offerings.length,
    offeringPrices: totalPrices,
    submissions: rows.length,
    submissionsBySource,
  };
}
