-- Data move for honest price tiers (separate migration: PostgreSQL cannot use enum values added in the
-- same transaction). Row ids are kept, so price history and any reference to an offering survive.

-- Results loaded by the catalog seed from the official MLPerf v5.1 summary are audited evidence.
UPDATE "BenchmarkSubmission"
SET "evidence" = 'audited', "source" = 'MLPerf Inference v5.1'
WHERE "importer" = 'mlperf-summary' AND "reviewNote" LIKE 'Official MLPerf Inference v5.1 result%';

-- InferenceX publishes reference rates, not offers one can rent.
UPDATE "Vendor" SET "kind" = 'reference'
WHERE "slug" IN ('inferencex-hyperscaler', 'inferencex-neocloud');

INSERT INTO "Vendor" ("id", "slug", "name", "kind", "website", "description", "sourceUrl", "sourceDate", "updatedAt")
SELECT 'vendor-market-reference', 'market-reference', 'Market reference rate (SemiAnalysis InferenceX)', 'reference',
       'https://inferencex.semianalysis.com',
       'The 3-year rental market rate InferenceX publishes per GPU (costr). A reference rate, not a named provider.',
       "sourceUrl", "sourceDate", CURRENT_TIMESTAMP
FROM "Vendor" WHERE "slug" = 'inferencex-neocloud'
ON CONFLICT ("slug") DO NOTHING;

-- costh / costn: "Owning - Hyperscaler" / "Owning - Neocloud Giant" are all-in ownership estimates.
UPDATE "OfferingPrice" SET "pricingBasis" = 'all-in'
WHERE "offeringId" IN (
  SELECT o."id" FROM "Offering" o JOIN "Vendor" v ON v."id" = o."providerId"
  WHERE v."slug" IN ('inferencex-hyperscaler', 'inferencex-neocloud') AND o."slug" LIKE '%-on-demand'
);
UPDATE "Offering" o
SET "kind" = 'estimate',
    "slug" = regexp_replace(o."slug", '-on-demand$', '-ownership'),
    "name" = regexp_replace(o."name", ' — (hyperscaler|neocloud) rate \(InferenceX (costh|costn)\)$', ' — \1 ownership estimate (InferenceX \2)')
FROM "Vendor" v
WHERE v."id" = o."providerId" AND v."slug" IN ('inferencex-hyperscaler', 'inferencex-neocloud') AND o."slug" LIKE '%-on-demand';

-- costr: the "3 Year Rental" market rate is a reserved-3-year cloud price from the market-reference provider.
UPDATE "Offering" o
SET "providerId" = (SELECT "id" FROM "Vendor" WHERE "slug" = 'market-reference'),
    "slug" = regexp_replace(o."slug", '^inferencex-neocloud-', 'market-reference-'),
    "name" = regexp_replace(o."name", ' — 3-year rental rate \(InferenceX costr\)$', ' — 3-year rental market rate (InferenceX costr)')
FROM "Vendor" v
WHERE v."id" = o."providerId" AND v."slug" = 'inferencex-neocloud' AND o."slug" LIKE '%-reserved-3y';
