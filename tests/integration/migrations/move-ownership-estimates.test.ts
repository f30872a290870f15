// The data move of 20261129123500_move_ownership_estimates on a database that still has the old
// rows: only the migrations before it are applied to a throwaway database, old-style rows are
// inserted as the catalog seed wrote them then, the rest is applied, and kinds, slugs, providers and
// the full price history are checked in PostgreSQL itself.
import { randomBytes } from "node:crypto";
import { cp, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { runMigrateDeploy } from "@/ops/db-scripts";
import { LOCKFILE_CONTENT, LOCKFILE_NAME } from "@/ops/migrate/migrations-dir";

const migrationsDir = path.resolve(import.meta.dirname, "../../../prisma/migrations");
const DATA_MOVE = "20261129123500_move_ownership_estimates";
const BEFORE_DATA_MOVE = ["20261127082704_init", "20261129123217_honest_tiers_evidence"];

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

const OLD_ROWS = `
INSERT INTO "Vendor" ("id","slug","name","kind","sourceUrl","sourceDate","updatedAt") VALUES
  ('v-nvidia','nvidia','NVIDIA','chip','https://nvidia.com','2025-01-01',now()),
  ('v-ixh','inferencex-hyperscaler','InferenceX hyperscaler rate','cloud','https://inferencex.semianalysis.com','2025-10-01',now()),
  ('v-ixn','inferencex-neocloud','InferenceX neocloud rate','neocloud','https://inferencex.semianalysis.com','2025-10-01',now()),
  ('v-lambda','lambda','Lambda','neocloud','https://lambda.ai','2025-01-01',now());
INSERT INTO "Accelerator" ("id","slug","name","vendorId","family","memoryGb","memoryBandwidthTbPerS","sourceUrl","sourceDate","updatedAt") VALUES
  ('a-h100','h100-sxm','H100 SXM','v-nvidia','GPU',80,3.35,'https://nvidia.com','2025-01-01',now());
INSERT INTO "Offering" ("id","slug","name","providerId","acceleratorId","acceleratorsPerUnit","kind","sourceUrl","sourceDate","updatedAt") VALUES
  ('o-costh','inferencex-hyperscaler-h100-sxm-on-demand','H100 SXM — hyperscaler rate (InferenceX costh)','v-ixh','a-h100',1,'cloud','https://inferencex.semianalysis.com','2025-10-01',now()),
  ('o-costn','inferencex-neocloud-h100-sxm-on-demand','H100 SXM — neocloud rate (InferenceX costn)','v-ixn','a-h100',1,'cloud','https://inferencex.semianalysis.com','2025-10-01',now()),
  ('o-costr','inferencex-neocloud-h100-sxm-reserved-3y','H100 SXM — 3-year rental rate (InferenceX costr)','v-ixn','a-h100',1,'cloud','https://inferencex.semianalysis.com','2025-10-01',now()),
  ('o-lambda','lambda-h100-sxm-on-demand','Lambda 8× H100 SXM','v-lambda','a-h100',8,'cloud','https://lambda.ai','2025-01-01',now());
INSERT INTO "OfferingPrice" ("id","offeringId","pricingBasis","usdPerUnitHour","effectiveFrom","sourceUrl") VALUES
  ('p-costh-1','o-costh','on-demand',1.65,'2025-03-01','https://inferencex.semianalysis.com/a'),
  ('p-costh-2','o-costh','on-demand',1.41,'2025-10-01','https://inferencex.semianalysis.com/b'),
  ('p-costn-1','o-costn','on-demand',1.30,'2025-10-01','https://inferencex.semianalysis.com/b'),
  ('p-costr-1','o-costr','reserved-3y',2.10,'2025-03-01','https://inferencex.semianalysis.com/a'),
  ('p-costr-2','o-costr','reserved-3y',1.90,'2025-10-01','https://inferencex.semianalysis.com/b'),
  ('p-lambda-1','o-lambda','on-demand',23.92,'2025-01-01','https://lambda.ai/pricing');
INSERT INTO "Model" ("id","slug","name","architecture","totalParamsB","activeParamsB","contextLength","modelType","sourceUrl","sourceDate","updatedAt") VALUES
  ('m-llama','llama-2-70b','Llama 2 70B','dense',70,70,4096,'dense-70b','https://huggingface.co','2023-07-18',now());
INSERT INTO "BenchmarkSubmission" ("id","modelId","acceleratorId","acceleratorCount","precision","engine","outputTokensPerSecond","importer","reviewNote","status","updatedAt") VALUES
  ('s-mlperf','m-llama','a-h100',8,'FP8','TensorRT-LLM',24000,'mlperf-summary','Official MLPerf Inference v5.1 result (closed division)','approved',now()),
  ('s-user','m-llama','a-h100',8,'FP8','vLLM',20000,'vllm-bench',NULL,'approved',now());
`;

describe(`migration ${DATA_MOVE}`, () => {
  const adminUrl = process.env.DATABASE_URL!;
  const database = `tc_move_${randomBytes(4).toString("hex")}`;
  const url = withDatabase(adminUrl, database);
  let earlyDir: string;

  beforeAll(async () => {
    await query(adminUrl, `CREATE DATABASE "${database}"`);
    earlyDir = await mkdtemp(path.join(os.tmpdir(), "tc-migrations-"));
    for (const name of BEFORE_DATA_MOVE) await cp(path.join(migrationsDir, name), path.join(earlyDir, name), { recursive: true });
    await writeFile(path.join(earlyDir, LOCKFILE_NAME), LOCKFILE_CONTENT);
  });

  afterAll(async () => {
    await query(adminUrl, `DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    if (earlyDir) await rm(earlyDir, { recursive: true, force: true });
  });

  it("moves old InferenceX rows to ownership estimates and the market reference, keeping ids and price history", async () => {
    await runMigrateDeploy({ databaseUrl: url, stdio: "pipe", env: { ...process.env, MIGRATE_MIGRATIONS_DIR: earlyDir } });
    const applied = await query<{ migration_name: string }>(url, `SELECT migration_name FROM "_prisma_migrations" ORDER BY migration_name`);
    expect(applied.map((m) => m.migration_name)).toEqual(BEFORE_DATA_MOVE);
    await query(url, OLD_ROWS);
    const pricesBefore = await query(url, `SELECT "id","offeringId","usdPerUnitHour","effectiveFrom","sourceUrl" FROM "OfferingPrice" ORDER BY "id"`);

    await runMigrateDeploy({ databaseUrl: url, stdio: "pipe", env: { ...process.env, MIGRATE_MIGRATIONS_DIR: migrationsDir } });
    const after = await query<{ migration_name: string }>(
      url,
      `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL ORDER BY migration_name`,
    );
    expect(after.map((m) => m.migration_name)).toContain(DATA_MOVE);

    const offerings = await query<{ id: string; slug: string; name: string; kind: string; provider: string }>(
      url,
      `SELECT o."id", o."slug", o."name", o."kind"::text AS kind, v."slug" AS provider FROM "Offering" o JOIN "Vendor" v ON v."id" = o."providerId" ORDER BY o."id"`,
    );
    expect(offerings).toEqual([
      {
        id: "o-costh",
        slug: "inferencex-hyperscaler-h100-sxm-ownership",
        name: "H100 SXM — hyperscaler ownership estimate (InferenceX costh)",
        kind: "estimate",
        provider: "inferencex-hyperscaler",
      },
      {
        id: "o-costn",
        slug: "inferencex-neocloud-h100-sxm-ownership",
        name: "H100 SXM — neocloud ownership estimate (InferenceX costn)",
        kind: "estimate",
        provider: "inferencex-neocloud",
      },
      {
        id: "o-costr",
        slug: "market-reference-h100-sxm-reserved-3y",
        name: "H100 SXM — 3-year rental market rate (InferenceX costr)",
        kind: "cloud",
        provider: "market-reference",
      },
      // Not an InferenceX row: untouched.
      { id: "o-lambda", slug: "lambda-h100-sxm-on-demand", name: "Lambda 8× H100 SXM", kind: "cloud", provider: "lambda" },
    ]);

    const vendors = await query<{ slug: string; kind: string }>(url, `SELECT "slug", "kind"::text AS kind FROM "Vendor" ORDER BY "slug"`);
    expect(vendors).toEqual(
      expect.arrayContaining([
        { slug: "inferencex-hyperscaler", kind: "reference" },
        { slug: "inferencex-neocloud", kind: "reference" },
        { slug: "market-reference", kind: "reference" },
        { slug: "lambda", kind: "neocloud" },
      ]),
    );

    // Every price row survives with its id, offering, amount, date and source; estimates turn all-in.
    const pricesAfter = await query<{ id: string; pricingBasis: string }>(
      url,
      `SELECT "id","offeringId","usdPerUnitHour","effectiveFrom","sourceUrl","pricingBasis"::text AS "pricingBasis" FROM "OfferingPrice" ORDER BY "id"`,
    );
    expect(pricesAfter.map((p) => Object.fromEntries(Object.entries(p).filter(([key]) => key !== "pricingBasis")))).toEqual(pricesBefore);
    expect(Object.fromEntries(pricesAfter.map((p) => [p.id, p.pricingBasis]))).toEqual({
      "p-costh-1": "all-in",
      "p-costh-2": "all-in",
      "p-costn-1": "all-in",
      "p-costr-1": "reserved-3y",
      "p-costr-2": "reserved-3y",
      "p-lambda-1": "on-demand",
    });

    const submissions = await query<{ id: string; evidence: string; source: string | null }>(
      url,
      `SELECT "id", "evidence"::text AS evidence, "source" FROM "BenchmarkSubmission" ORDER BY "id"`,
    );
    expect(submissions).toEqual([
      { id: "s-mlperf", evidence: "audited", source: "MLPerf Inference v5.1" },
      { id: "s-user", evidence: "community", source: null },
    ]);
  });
});
