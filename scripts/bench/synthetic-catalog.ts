// Deterministic synthetic catalog for benchmarks: offerings and approved submissions generated in SQL
// (generate_series + integer hashing), so the same counts always produce the same rows.
import type { PrismaClient } from "../../lib/generated/prisma/client";

export async function addSyntheticOfferings(prisma: PrismaClient, count: number): Promise<void> {
  await prisma.$executeRaw`
    INSERT INTO "Vendor" (id, slug, name, kind, "sourceUrl", "sourceDate", "updatedAt")
    VALUES ('bench-vendor', 'bench-cloud', 'Bench Cloud (synthetic)', 'neocloud', 'https://example.com/synthetic', DATE '2026-01-01', now())
    ON CONFLICT (slug) DO NOTHING`;
  await prisma.$executeRaw`
    WITH acc AS (SELECT id, row_number() OVER (ORDER BY slug) AS rn, count(*) OVER () AS n FROM "Accelerator")
    INSERT INTO "Offering" (id, slug, name, "providerId", "acceleratorId", "acceleratorsPerUnit", kind, "allInKwPerUnit", "sourceUrl", "sourceDate", "updatedAt")
    SELECT 'bench-off-' || i, 'bench-offering-' || i, 'Bench offering ' || i, 'bench-vendor', acc.id,
           (ARRAY[1, 4, 8])[1 + i % 3],
           (CASE WHEN i % 4 = 0 THEN 'onprem' ELSE 'cloud' END)::"OfferingKind",
           CASE WHEN i % 4 = 0 THEN 10.5 ELSE NULL END,
           'https://example.com/synthetic', DATE '2026-01-01', now()
    FROM generate_series(1, ${count}::int) AS i
    JOIN acc ON acc.rn = 1 + (i % acc.n)
    ON CONFLICT (slug) DO NOTHING`;
  await prisma.$executeRaw`
    INSERT INTO "OfferingPrice" (id, "offeringId", "pricingBasis", "usdPerUnitHour", "capexUsdPerUnit", "effectiveFrom", "sourceUrl")
    SELECT 'bench-price-' || o.id, o.id,
           (CASE WHEN o.kind = 'onprem' THEN 'capex' ELSE 'on-demand' END)::"PricingBasis",
           CASE WHEN o.kind = 'cloud' THEN o."acceleratorsPerUnit" * (1.2 + (abs(hashtext(o.id)) % 400) / 100.0) END,
           CASE WHEN o.kind = 'onprem' THEN o."acceleratorsPerUnit" * (25000 + (abs(hashtext(o.id)) % 30000)) END,
           DATE '2025-06-01', 'https://example.com/synthetic'
    FROM "Offering" o WHERE o.id LIKE 'bench-off-%'
    ON CONFLICT DO NOTHING`;
}

// Adds submissions numbered (from, to]: several throughput/interactivity points per configuration.
export async function addSyntheticSubmissions(prisma: PrismaClient, from: number, to: number): Promise<void> {
  await prisma.$executeRaw`
    WITH acc AS (SELECT id, row_number() OVER (ORDER BY slug) AS rn, count(*) OVER () AS n FROM "Accelerator"),
         mdl AS (SELECT id, row_number() OVER (ORDER BY slug) AS rn, count(*) OVER () AS n FROM "Model")
    INSERT INTO "BenchmarkSubmission" (
      id, "modelId", "acceleratorId", "acceleratorCount", precision, engine, "outputTokensPerSecond", "inputTokensPerSecond",
      "interactivityTokensPerSecondPerUser", "ttftMsP99", concurrency, "inputTokens", "outputTokens", status, importer, "sourceUrl", "updatedAt")
    SELECT 'bench-sub-' || i, mdl.id, acc.id, 8,
           (ARRAY['FP8', 'FP4', 'BF16'])[1 + (i / 7) % 3]::"Precision",
           (ARRAY['vLLM', 'SGLang', 'TensorRT-LLM'])[1 + (i / 21) % 3],
           8 * (200 + (abs(hashtext('t' || i)) % 4000)),
           8 * (400 + (abs(hashtext('in' || i)) % 8000)),
           5 + (abs(hashtext('u' || i)) % 300),
           100 + (abs(hashtext('f' || i)) % 3000),
           1 + (i % 256), 1024, 1024,
           'approved', 'synthetic', 'https://example.com/synthetic', now()
    FROM generate_series(${from + 1}::int, ${to}::int) AS i
    JOIN mdl ON mdl.rn = 1 + (i % mdl.n)
    JOIN acc ON acc.rn = 1 + ((i / mdl.n) % acc.n)`;
}
