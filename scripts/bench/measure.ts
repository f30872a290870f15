import { readFileSync } from "node:fs";
import autocannon from "autocannon";

export type Measurement = {
  name: string;
  url: string;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  non2xx: number;
  /** With serverPid: CPU time the server spent per request (all its threads), and how busy its core was. */
  serverCpuMsPerRequest?: number;
  serverBusyShare?: number;
};

/** CPU time (user + system, ms) a process has used so far (Linux /proc); undefined elsewhere. */
function processCpuMs(pid: number): number | undefined {
  try {
    // Fields 14 and 15 (utime, stime) in clock ticks (100 a second on Linux); the command name (field 2)
    // may contain spaces.
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return undefined;
  }
}

export async function measure(
  name: string,
  url: string,
  {
    connections = 10,
    durationSeconds = 10,
    warmupSeconds = 0,
    serverPid,
  }: { connections?: number; durationSeconds?: number; warmupSeconds?: number; serverPid?: number } = {},
): Promise<Measurement> {
  // Warm-up: the first request of a data version loads the ranking snapshot.
  for (let i = 0; i < 3; i++) await fetch(url).then((r) => r.arrayBuffer());
  // A few seconds of the same load, not recorded: until V8 has optimised a route's code paths the first
  // seconds run slower, and by a different amount for each route (ratios moved ±30% between runs).
  if (warmupSeconds > 0) await autocannon({ url, connections, duration: warmupSeconds });
  const cpuBefore = serverPid === undefined ? undefined : processCpuMs(serverPid);
  const startedAt = performance.now();
  const result = await autocannon({ url, connections, duration: durationSeconds });
  const elapsedMs = performance.now() - startedAt;
  const cpuAfter = serverPid === undefined ? undefined : processCpuMs(serverPid);
  const serverCpuMs = cpuBefore !== undefined && cpuAfter !== undefined ? cpuAfter - cpuBefore : undefined;
  return {
    name,
    url,
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    ...(serverCpuMs === undefined || result.requests.total === 0
      ? {}
      : { serverCpuMsPerRequest: serverCpuMs / result.requests.total, serverBusyShare: serverCpuMs / elapsedMs }),
  };
}

export function printTable(rows: Measurement[]): void {
  console.log("\n| endpoint | req/s | p50 ms | p99 ms | errors | non-2xx |");
  console.log("|---|---:|---:|---:|---:|---:|");
  for (const r of rows) {
    console.log(`| ${r.name} | ${r.requestsPerSecond.toFixed(1)} | ${r.p50Ms} | ${r.p99Ms} | ${r.errors} | ${r.non2xx} |`);
  }
}
