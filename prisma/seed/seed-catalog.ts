// Loads the curated catalog (vendors, accelerators, models, offerings with price history) and the
// MLPerf Inference v5.1 LLM results into the database. Idempotent: every row is upserted on its
// natural key (slug; offering + pricing basis + effective date; MLPerf externalId), so running it
// again rewrites the same values and creates nothing new.
import { deriveModelType } from "@/lib/cost/model-type";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { parseMlperfSummary } from "@/lib/importers/mlperf";
import { parseMlperfConf } from "@/lib/importers/mlperf-conf";
import { loadCatalogData, loadMlperfFiles, toDate, type PricingBasisName } from "./catalog-data";

export type SeedTable = "vendors" | "accelerators" | "models" | "offerings" | "offeringPrices" | "submissions";

export type SeedProgress = { table: SeedTable; done: number; total: number };

export type SeedCounts = Record<SeedTable, number> & {
  // MLPerf rows not imported (other units or suites, CPU-only, heterogeneous, duplicates…), by reason.
  mlperfSkipped: number;
  mlperfSkippedByReason: Record<string, number>;
};

export type SeedOptions = { onProgress?: (progress: SeedProgress) => void };

export const MLPERF_IMPORTER = "mlperf-summary";
const SUBMISSION_BATCH = 5;
const MLPERF_REVIEW_NOTE = "Official MLPerf Inference v5.1 result (reviewed by MLCommons), loaded by the catalog seed.";

const PRICING_BASIS: Record<PricingBasisName, "on_demand" | "reserved_1y" | "reserved_3y" | "spot" | "capex" | "all_in"> = {
  "on-demand": "on_demand",
  "reserved-1y": "reserved_1y",
  "reserved-3y": "reserved_3y",
  spot: "spot",
  capex: "capex",
  "all-in": "all_in",
};

// Groups skip reasons without their row-specific parts ("Row 12 (…) reports Samples/s…").
function reasonKind(reason: string): string {
  return reason
    .replace(/^Row \d+ \(.*?\) (?=(is|has|uses|reports|lacks|does|duplicates)\b)/, "")
    .replace(/row \d+/g, "row N")
    .replace(/"[^"]*"/g, "…");
}

function numberOrNull(value: unknown): number | null {
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}

export async function seedCatalog(prisma: PrismaClient, options: SeedOptions = {}): Promise<SeedCounts> {
  const report = (table: SeedTable, done: number, total: number) => options.onProgress?.({ table, done, total });
  const data = loadCatalogData();

  const vendorIds = new Map<string, string>();
  for (const [index, v] of data.vendors.entries()) {
    const fields = {
      name: v.name,
      kind: v.kind,
      website: v.website ?? null,
      description: v.description ?? null,
      sourceUrl: v.sourceUrl,
      sourceDate: toDate(v.sourceDate),
    };
    const row = await prisma.vendor.upsert({ where: { slug: v.slug }, create: { slug: v.slug, ...fields }, update: fields, select: { id: true } });
    vendorIds.set(v.slug, row.id);
    report("vendors", index + 1, data.vendors.length);
  }

  const acceleratorIds = new Map<string, string>();
  for (const [index, a] of data.accelerators.entries()) {
    const fields = {
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
    };
    const row = await prisma.accelerator.upsert({ where: { slug: a.slug }, create: { slug: a.slug, ...fields }, update: fields, select: { id: true } });
    acceleratorIds.set(a.slug, row.id);
    report("accelerators", index + 1, data.accelerators.length);
  }

  for (const [index, m] of data.models.entries()) {
    const fields = {
      name: m.name,
      architecture: m.architecture,
      totalParamsB: m.totalParamsB,
      activeParamsB: m.activeParamsB,
      contextLength: m.contextLength,
      modelType: deriveModelType(m).slug,
      aliases: m.aliases,
      sourceUrl: m.sourceUrl,
      sourceDate: toDate(m.sourceDate),
    };
    await prisma.model.upsert({ where: { slug: m.slug }, create: { slug: m.slug, ...fields }, update: fields, select: { id: true } });
    report("models", index + 1, data.models.length);
  }

  const totalPrices = data.offerings.reduce((sum, o) => sum + o.prices.length, 0);
  let pricesDone = 0;
  for (const [index, o] of data.offerings.entries()) {
    const fields = {
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
    };
    const offering = await prisma.offering.upsert({ where: { slug: o.slug }, create: { slug: o.slug, ...fields }, update: fields, select: { id: true } });
    for (const p of o.prices) {
      const key = { offeringId: offering.id, pricingBasis: PRICING_BASIS[p.pricingBasis], effectiveFrom: toDate(p.effectiveFrom) };
      const values = { usdPerUnitHour: p.usdPerUnitHour ?? null, capexUsdPerUnit: p.capexUsdPerUnit ?? null, sourceUrl: p.sourceUrl };
      await prisma.offeringPrice.upsert({
        where: { offeringId_pricingBasis_effectiveFrom: key },
        create: { ...key, ...values },
        update: values,
        select: { id: true },
      });
      pricesDone += 1;
      report("offeringPrices", pricesDone, totalPrices);
    }
    report("offerings", index + 1, data.offerings.length);
  }

  // Aliases come from the database, so accelerators and models added outside the seed count too.
  const [acceleratorEntries, modelEntries] = await Promise.all([
    prisma.accelerator.findMany({ select: { id: true, slug: true, name: true, aliases: true } }),
    prisma.model.findMany({ select: { id: true, slug: true, name: true, aliases: true } }),
  ]);
  const { summaryText, confText } = loadMlperfFiles();
  const parsed = parseMlperfSummary(summaryText, {
    acceleratorAliases: acceleratorEntries,
    modelAliases: modelEntries,
    latencyLimits: parseMlperfConf(confText),
  });
  if (parsed.error) throw new Error(`MLPerf summary: ${parsed.error}`);
  const acceleratorIdBySlug = new Map(acceleratorEntries.map((a) => [a.slug, a.id]));
  const modelIdBySlug = new Map(modelEntries.map((m) => [m.slug, m.id]));

  const upsertSubmission = async (draft: (typeof parsed.drafts)[number]) => {
    const input = draft.input;
    const externalId = String(draft.meta.externalId);
    const fields = {
      modelId: modelIdBySlug.get(input.model!)!,
      acceleratorId: acceleratorIdBySlug.get(input.accelerator!)!,
      acceleratorCount: input.acceleratorCount!,
      precision: input.precision!,
      engine: input.engine!,
      engineVersion: input.engineVersion ?? null,
      systemName: input.systemName ?? null,
      speculativeDecoding: null,
      kvCacheOffload: false,
      disaggregated: false,
      expertParallelism: null,
      scenario: input.scenario ?? null,
      outputTokensPerSecond: input.outputTokensPerSecond!,
      interactivityTokensPerSecondPerUser: input.interactivityTokensPerSecondPerUser ?? null,
      ttftLimitMsP99: numberOrNull(draft.meta.ttftLimitMsP99),
      tpotLimitMsP99: numberOrNull(draft.meta.tpotLimitMsP99),
      averagePowerWatts: input.averagePowerWatts ?? null,
      tokenBasis: "output",
      sourceUrl: input.sourceUrl ?? null,
      notes: input.notes ?? null,
      importer: MLPERF_IMPORTER,
      evidence: "audited" as const,
      source: "MLPerf Inference v5.1",
      status: "approved" as const,
      reviewNote: MLPERF_REVIEW_NOTE,
    };
    await prisma.benchmarkSubmission.upsert({ where: { externalId }, create: { externalId, ...fields }, update: fields, select: { id: true } });
  };
  // Independent rows: a few at a time keeps the seed quick without exhausting the connection pool.
  for (let start = 0; start < parsed.drafts.length; start += SUBMISSION_BATCH) {
    const batch = parsed.drafts.slice(start, start + SUBMISSION_BATCH);
    await Promise.all(batch.map(upsertSubmission));
    report("submissions", start + batch.length, parsed.drafts.length);
  }

  const mlperfSkippedByReason: Record<string, number> = {};
  for (const s of parsed.skipped) {
    const kind = reasonKind(s.reason);
    mlperfSkippedByReason[kind] = (mlperfSkippedByReason[kind] ?? 0) + 1;
  }
  return {
    vendors: data.vendors.length,
    accelerators: data.accelerators.length,
    models: data.models.length,
    offerings: data.offerings.length,
    offeringPrices: totalPrices,
    submissions: parsed.drafts.length,
    mlperfSkipped: parsed.skipped.length,
    mlperfSkippedByReason,
  };
}
