// Seeds the catalog: `npm run db:seed` (tsx scripts/seed.ts). Idempotent; safe to run again.
// DATABASE_URL selects the database; without it the embedded PostgreSQL server is started (data in
// TOKENCOST_DATA_DIR) and stopped afterwards. Migrations must be applied first (npm run db:deploy).
import { createPrismaClient } from "../lib/db/client";
import { seedCatalog, type SeedProgress, type SeedTable } from "../prisma/seed/seed-catalog";

const TABLE_LABELS: Record<SeedTable, string> = {
  vendors: "Vendors",
  accelerators: "Accelerators",
  models: "Models",
  offerings: "Offerings",
  offeringPrices: "Offering prices",
  submissions: "Benchmark results",
};

async function openDatabase(): Promise<{ url: string; stop: () => Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (url) return { url, stop: async () => {} };
  const embedded = await import("../ops/embedded-postgres/index");
  const dataDir = embedded.resolveDataDir();
  const port = embedded.resolvePgPort();
  console.log(`[seed] DATABASE_URL is not set: using the embedded PostgreSQL server (data in ${dataDir}, port ${port}).`);
  const server = await embedded.startEmbeddedPostgres({ dataDir, port, log: (line) => console.error(`[postgres] ${line}`) });
  return { url: server.url, stop: () => server.stop() };
}

// One line when a table starts, progress every 100 rows, one line with its count when it is done.
function progressPrinter(): (progress: SeedProgress) => void {
  return ({ table, done, total }) => {
    if (done === total) console.log(`[seed] ${TABLE_LABELS[table]}: ${total} upserted`);
    else if (done % 100 === 0) console.log(`[seed] ${TABLE_LABELS[table]}: ${done}/${total}…`);
  };
}

async function main(): Promise<void> {
  const database = await openDatabase();
  const prisma = createPrismaClient(database.url);
  const started = Date.now();
  try {
    const counts = await seedCatalog(prisma, { onProgress: progressPrinter() });
    for (const [source, count] of Object.entries(counts.submissionsBySource)) console.log(`[seed]   ${String(count).padStart(4)}  ${source}`);
    console.log(
      `[seed] Done in ${((Date.now() - started) / 1000).toFixed(1)} s: ${counts.vendors} vendors, ${counts.accelerators} accelerators, ` +
        `${counts.models} models, ${counts.offerings} offerings, ${counts.offeringPrices} prices, ${counts.submissions} benchmark results.`,
    );
  } finally {
    await prisma.$disconnect();
    await database.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`[seed] Failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
