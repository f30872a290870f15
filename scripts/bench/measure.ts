import autocannon from "autocannon";

export type Measurement = { name: string; url: string; requestsPerSecond: number; p50Ms: number; p99Ms: number; errors: number; non2xx: number };

export async function measure(name: string, url: string, { connections = 10, durationSeconds = 10, warmupSeconds = 0 } = {}): Promise<Measurement> {
  // Warm-up: the first request of a data version loads the ranking snapshot.
  for (let i = 0; i < 3; i++) await fetch(url).then((r) => r.arrayBuffer());
  // A few seconds of the same load, not recorded: until V8 has optimised a route's code paths the first
  // seconds run slower, and by a different amount for each route (ratios moved ±30% between runs).
  if (warmupSeconds > 0) await autocannon({ url, connections, duration: warmupSeconds });
  const result = await autocannon({ url, connections, duration: durationSeconds });
  return {
    name,
    url,
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

export function printTable(rows: Measurement[]): void {
  console.log("\n| endpoint | req/s | p50 ms | p99 ms | errors | non-2xx |");
  console.log("|---|---:|---:|---:|---:|---:|");
  for (const r of rows) {
    console.log(`| ${r.name} | ${r.requestsPerSecond.toFixed(1)} | ${r.p50Ms} | ${r.p99Ms} | ${r.errors} | ${r.non2xx} |`);
  }
}
