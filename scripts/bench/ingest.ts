// npm run bench:ingest — posts 10,000 benchmark results through POST /api/v1/submissions in batches
// of 1,000 (the API's maximum) with a bearer token, and prints the time (target: under 15 s).
//
// Without BASE_URL it builds a throwaway database (migrated, catalog seeded), serves the production
// build on it (pinned to core 0; the client runs on core 1) and removes everything afterwards.
// With BASE_URL (an already running app) it also needs that app's DATABASE_URL, to create the
// bench user and token directly in the database; the bench rows are deleted afterwards unless
// BENCH_KEEP=1.
import { randomBytes } from "node:crypto";

import { API_TOKEN_DISPLAY_PREFIX_LENGTH, API_TOKEN_PREFIX, generateSecret, sha256Hex } from "../../lib/auth/secrets";
import { createPrismaClient, type PrismaClient } from "../../lib/db/client";
import { runMigrateDeploy, runSeed } from "../../ops/db-scripts";
import { startThrowawayPostgres, type ThrowawayPostgres } from "../../tests/support/pg-server";
import { ensureBuild, pinSelf, startBenchServer } from "./bench-server";

const TOTAL = Number(process.env.BENCH_TOTAL ?? 10_000);
const BATCH = Number(process.env.BENCH_BATCH ?? 1000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 2);
const PORT = Number(process.env.BENCH_PORT ?? 3291);
const TARGET_SECONDS = 15;

// Realistic, plausible results (they pass the physics checks, as real submissions mostly do): a
// concurrency sweep of Llama 3.1 8B / 70B on H100, H200 and MI300X at FP8, throughput and
// per-user speed derived from each other the way a serving benchmark reports them.
function syntheticResult(i: number) {
  const models = [
    { slug: "llama-3.1-8b", count: 1, tpsPerUserAt1: 180, peak: 9000 },
    { slug: "llama-3.1-70b", count: 8, tpsPerUserAt1: 60, peak: 16000 },
  ];
  const accelerators = ["h100-sxm", "h200-sxm", "mi300x"];
  const model = models[i % models.length];
  const accelerator = accelerators[Math.floor(i / models.length) % accelerators.length];
  const concurrency = 1 + (i % 128);
  const perUser = model.tpsPerUserAt1 / (1 + concurrency / 48);
  const output = Math.min(model.peak, perUser * concurrency);
  const tpot = 1000 / perUser;
  return {
    model: model.slug,
    accelerator,
    acceleratorCount: model.count,
    precision: "FP8",
    engine: "vLLM",
    engineVersion: "0.9.1",
    inputTokens: 1024,
    outputTokens: 1024,
    concurrency,
    outputTokensPerSecond: Math.round(output * 100) / 100,
    inputTokensPerSecond: Math.round(output * 100) / 100,
    interactivityTokensPerSecondPerUser: Math.round((output / concurrency) * 1000) / 1000,
    ttftMsP50: 40 + concurrency * 2,
    ttftMsP99: 80 + concurrency * 4,
    tpotMsP50: Math.round(tpot * 1000) / 1000,
    tpotMsP99: Math.round(tpot * 1.2 * 1000) / 1000,
    features: { speculativeDecoding: "none", kvCacheOffload: false, disaggregated: false },
    sourceUrl: "https://example.com/bench/ingest",
    notes: `bench:ingest synthetic result ${i}`,
  };
}

async function createBenchUser(prisma: PrismaClient): Promise<{ userId: string; token: string }> {
  const run = randomBytes(4).toString("hex");
  const user = await prisma.user.create({ data: { email: `bench-ingest-${run}@bench.invalid`, name: `bench ingest ${run}` }, select: { id: true } });
  const token = generateSecret(API_TOKEN_PREFIX);
  await prisma.apiToken.create({
    data: {
      userId: user.id,
      name: "bench:ingest",
      prefix: token.slice(0, API_TOKEN_DISPLAY_PREFIX_LENGTH),
      tokenHash: sha256Hex(token),
      scopes: ["submissions:write"],
    },
    select: { id: true },
  });
  return { userId: user.id, token };
}

async function postBatch(baseUrl: string, token: string, items: unknown[]): Promise<number> {
  const started = performance.now();
  const res = await fetch(`${baseUrl}/api/v1/submissions`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ submissions: items }),
  });
  const text = await res.text();
  if (res.status !== 201) throw new Error(`Batch refused: HTTP ${res.status} ${text.slice(0, 500)}`);
  const ids = (JSON.parse(text) as { ids: string[] }).ids;
  if (ids.length !== items.length) throw new Error(`Batch created ${ids.length} of ${items.length}`);
  return performance.now() - started;
}

async function main() {
  let pg: ThrowawayPostgres | undefined;
  let server: Awaited<ReturnType<typeof startBenchServer>> | undefined;
  let baseUrl = process.env.BASE_URL?.replace(/\/$/, "");
  let databaseUrl = process.env.DATABASE_URL;
  if (baseUrl && !databaseUrl) throw new Error("BASE_URL needs the DATABASE_URL of that app, to create the bench user and token");
  const ownServer = !baseUrl;
  let prisma: PrismaClient | undefined;
  let userId: string | undefined;
  try {
    if (ownServer) {
      ensureBuild();
      pg = await startThrowawayPostgres({ portRange: [55900, 55999] });
      databaseUrl = pg.url;
      console.log(`Bench database at ${pg.url}: migrating and seeding the catalog...`);
      await runMigrateDeploy({ databaseUrl, stdio: "pipe" });
      await runSeed({ databaseUrl, stdio: "pipe" });
      server = await startBenchServer({ databaseUrl, port: PORT, core: 0 });
      pinSelf(1);
      baseUrl = `http://127.0.0.1:${PORT}`;
    }
    prisma = createPrismaClient(databaseUrl);
    const bench = await createBenchUser(prisma);
    userId = bench.userId;
    const results = Array.from({ length: TOTAL }, (_, i) => syntheticResult(i));
    const batches: unknown[][] = [];
    for (let i = 0; i < results.length; i += BATCH) batches.push(results.slice(i, i + BATCH));

    // Warm-up: the first request compiles routes and opens connections; it is not part of the figure.
    await postBatch(baseUrl!, bench.token, [syntheticResult(0)]);
    const before = await prisma.benchmarkSubmission.count({ where: { submitterId: userId } });

    console.log(`Posting ${TOTAL.toLocaleString()} results to ${baseUrl} in ${batches.length} batches of ${BATCH}, ${CONCURRENCY} at a time...`);
    const started = performance.now();
    const batchMs: number[] = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: Math.min(CONCURRENCY, batches.length) }, async () => {
        while (next < batches.length) {
          const index = next++;
          batchMs[index] = await postBatch(baseUrl!, bench.token, batches[index]);
          process.stdout.write(`  batch ${index + 1}/${batches.length}: ${batchMs[index].toFixed(0)} ms\n`);
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    const stored = (await prisma.benchmarkSubmission.count({ where: { submitterId: userId } })) - before;
    if (stored !== TOTAL) throw new Error(`Expected ${TOTAL} new rows, found ${stored}`);

    const sorted = [...batchMs].sort((a, b) => a - b);
    console.log(`\n| measure | value |\n|---|---|`);
    console.log(`| results posted and stored | ${stored.toLocaleString()} |`);
    console.log(`| total time | ${seconds.toFixed(2)} s |`);
    console.log(`| results per second | ${Math.round(TOTAL / seconds).toLocaleString()} |`);
    console.log(`| batch latency p50 / max | ${sorted[Math.floor(sorted.length / 2)].toFixed(0)} / ${sorted[sorted.length - 1].toFixed(0)} ms |`);
    console.log(`| target | < ${TARGET_SECONDS} s: ${seconds < TARGET_SECONDS ? "met" : "NOT met"} |`);
    process.exitCode = seconds < TARGET_SECONDS ? 0 : 1;
  } finally {
    server?.kill("SIGTERM");
    if (prisma && userId && !ownServer && process.env.BENCH_KEEP !== "1") {
      const { count } = await prisma.benchmarkSubmission.deleteMany({ where: { submitterId: userId } });
      await prisma.auditLog.deleteMany({ where: { actorId: userId } });
      await prisma.user.delete({ where: { id: userId } });
      console.log(`Removed the bench user and its ${count} submissions (BENCH_KEEP=1 keeps them).`);
    }
    await prisma?.$disconnect();
    await pg?.stop();
  }
}

main().then(
  () => process.exit(process.exitCode ?? 0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
