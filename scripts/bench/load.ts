// npm run bench:load — the mixed load of issue 7: on a throwaway database with the 100,000-submission
// synthetic catalog, the production server takes the leaderboard page, the leaderboard API and
// authenticated submission POSTs at once (autocannon, 50 connections in all, 60 s by default), and the
// script prints req/s, p50/p99 and error counts per endpoint. Exits 1 on any error or non-2xx answer,
// or when a submission acknowledged with 201 is missing from the database.
// Env: LOAD_SECONDS (60), LOAD_CONNECTIONS_PAGE/_API/_POST (15/25/10), BENCH_PORT.
import autocannon from "autocannon";

import { createPrismaClient } from "../../lib/db/client";
import { runMigrateDeploy, runSeed } from "../../ops/db-scripts";
import { findFreePort } from "../../ops/embedded-postgres/index";
import { ensureProductionBuild } from "../../ops/production-build";
import { createUserWithToken } from "../../tests/faults/support/fault-database";
import { startThrowawayPostgres } from "../../tests/support/pg-server";
import { pinSelf, startBenchServer } from "./bench-server";
import { addSyntheticOfferings, addSyntheticSubmissions } from "./synthetic-catalog";

const SUBMISSIONS = 100_000;
const OFFERINGS = 500;
const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const CONNECTIONS = {
  page: Number(process.env.LOAD_CONNECTIONS_PAGE ?? 15),
  api: Number(process.env.LOAD_CONNECTIONS_API ?? 25),
  post: Number(process.env.LOAD_CONNECTIONS_POST ?? 10),
};

type Row = {
  endpoint: string;
  connections: number;
  requests: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  timeouts: number;
  non2xx: number;
};

function toRow(endpoint: string, connections: number, result: autocannon.Result): Row {
  return {
    endpoint,
    connections,
    requests: result.requests.total,
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
  };
}

function submissionBody(i: number): string {
  return JSON.stringify({
    model: "llama-3.1-8b",
    accelerator: "h100-sxm",
    acceleratorCount: 1,
    precision: "FP8",
    engine: "vLLM",
    concurrency: 1 + (i % 64),
    inputTokens: 1024,
    outputTokens: 1024,
    outputTokensPerSecond: 900 + (i % 900),
    notes: `bench:load ${i}`,
    sourceUrl: "https://example.com/bench-load",
  });
}

async function main(): Promise<number> {
  await ensureProductionBuild();
  const pg = await startThrowawayPostgres({ portRange: [56000, 56999] });
  const prisma = createPrismaClient(pg.url);
  let server: Awaited<ReturnType<typeof startBenchServer>> | undefined;
  try {
    console.log(`Load database at ${pg.url}: migrating, seeding, adding ${SUBMISSIONS.toLocaleString()} synthetic submissions...`);
    await runMigrateDeploy({ databaseUrl: pg.url, stdio: "pipe" });
    await runSeed({ databaseUrl: pg.url, stdio: "pipe" });
    await addSyntheticOfferings(prisma, OFFERINGS);
    for (let done = 0; done < SUBMISSIONS; done += 25_000) await addSyntheticSubmissions(prisma, done, Math.min(SUBMISSIONS, done + 25_000));
    const submitter = await createUserWithToken(prisma, "user", "bench-load");
    console.log(
      `Catalog: ${await prisma.offering.count()} offerings, ${await prisma.benchmarkSubmission.count({ where: { status: "approved" } })} approved submissions`,
    );

    const port = Number(process.env.BENCH_PORT ?? (await findFreePort(3300, 3399)));
    server = await startBenchServer({ databaseUrl: pg.url, port, core: 0 });
    pinSelf(1);
    const base = `http://127.0.0.1:${port}`;
    // Warm-up: the first request of a data version builds the ranking snapshot.
    for (const path of ["/leaderboard", "/api/v1/leaderboard?deployment=all"]) await fetch(`${base}${path}`).then((res) => res.arrayBuffer());

    let posted = 0;
    const created: string[] = [];
    console.log(`Driving ${CONNECTIONS.page + CONNECTIONS.api + CONNECTIONS.post} connections for ${SECONDS} s...`);
    const run = (options: autocannon.Options) => autocannon({ duration: SECONDS, timeout: 10, ...options });
    const [page, api, post] = await Promise.all([
      run({ url: `${base}/leaderboard`, connections: CONNECTIONS.page }),
      run({ url: `${base}/api/v1/leaderboard?deployment=all`, connections: CONNECTIONS.api }),
      run({
        url: `${base}/api/v1/submissions`,
        connections: CONNECTIONS.post,
        requests: [
          {
            method: "POST",
            headers: { "content-type": "application/json", authorization: `Bearer ${submitter.token}` },
            setupRequest: (request) => ({ ...request, body: submissionBody(posted++) }),
            onResponse: (status, body) => {
              if (status === 201) created.push((JSON.parse(body) as { id: string }).id);
            },
          },
        ],
      }),
    ]);
    const rows = [
      toRow("GET /leaderboard (page)", CONNECTIONS.page, page),
      toRow("GET /api/v1/leaderboard", CONNECTIONS.api, api),
      toRow("POST /api/v1/submissions", CONNECTIONS.post, post),
    ];
    console.log(`\n| endpoint | connections | requests | req/s | p50 ms | p99 ms | errors | timeouts | non-2xx |`);
    console.log("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (const r of rows)
      console.log(
        `| ${r.endpoint} | ${r.connections} | ${r.requests} | ${r.requestsPerSecond.toFixed(1)} | ${r.p50Ms} | ${r.p99Ms} | ${r.errors} | ${r.timeouts} | ${r.non2xx} |`,
      );

    // Every 201 must be stored; the database may hold one or two more (requests cut off when the run ended).
    const stored = await prisma.benchmarkSubmission.count({ where: { id: { in: created } } });
    console.log(`\nSubmissions acknowledged with 201: ${created.length}; of these in the database: ${stored}`);
    const failures = rows.filter((r) => r.errors + r.timeouts + r.non2xx > 0).map((r) => r.endpoint);
    if (stored !== created.length) failures.push("acknowledged submissions missing");
    if (failures.length > 0) {
      console.error(`FAILED: ${failures.join(", ")}`);
      return 1;
    }
    console.log("No errors.");
    return 0;
  } finally {
    // Stop the server before its database, or its pool logs the shutdown as errors.
    if (server && server.exitCode === null && server.signalCode === null) {
      const exited = new Promise((resolve) => server!.once("exit", resolve));
      server.kill("SIGTERM");
      await exited;
    }
    await prisma.$disconnect();
    await pg.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
