import { readFileSync } from "node:fs";
import autocannon from "autocannon";

import { median } from "../../ops/lighthouse-cpu";

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

/** Unrecorded requests to a route: a few, then `warmupSeconds` of the measured load. */
export async function warmUp(url: string, { connections = 10, warmupSeconds = 0 }: { connections?: number; warmupSeconds?: number } = {}): Promise<void> {
  // The first request of a data version loads the ranking snapshot.
  for (let i = 0; i < 3; i++) await fetch(url).then((r) => r.arrayBuffer());
  // Until V8 has optimised a route's code paths the first seconds run slower, and by a different amount
  // for each route (ratios moved ±30% between runs).
  if (warmupSeconds > 0) await autocannon({ url, connections, duration: warmupSeconds });
}

/** The server's CPU per request and per second of load, when its CPU time is known. */
function serverCpuFigures(
  serverCpuMs: number | undefined,
  requests: number,
  elapsedMs: number,
): Pick<Measurement, "serverCpuMsPerRequest" | "serverBusyShare"> {
  return serverCpuMs === undefined || requests === 0 ? {} : { serverCpuMsPerRequest: serverCpuMs / requests, serverBusyShare: serverCpuMs / elapsedMs };
}

type LoadOptions = { connections?: number; durationSeconds?: number; serverPid?: number };
type Load = Measurement & { requests: number; elapsedMs: number; serverCpuMs?: number };

async function runLoad(name: string, url: string, { connections = 10, durationSeconds = 10, serverPid }: LoadOptions): Promise<Load> {
  const cpuBefore = serverPid === undefined ? undefined : processCpuMs(serverPid);
  const startedAt = performance.now();
  const result = await autocannon({ url, connections, duration: durationSeconds });
  const elapsedMs = performance.now() - startedAt;
  const cpuAfter = serverPid === undefined ? undefined : processCpuMs(serverPid);
  const serverCpuMs = cpuBefore !== undefined && cpuAfter !== undefined ? cpuAfter - cpuBefore : undefined;
  return {
    name,
    url,
    requests: result.requests.total,
    elapsedMs,
    serverCpuMs,
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    ...serverCpuFigures(serverCpuMs, result.requests.total, elapsedMs),
  };
}

export async function measure(
  name: string,
  url: string,
  { warmupSeconds = 0, ...options }: LoadOptions & { warmupSeconds?: number } = {},
): Promise<Measurement> {
  await warmUp(url, { connections: options.connections, warmupSeconds });
  return runLoad(name, url, options);
}

/**
 * A route and the baseline in alternating slices (baseline, route, baseline, route...), so that both
 * are measured at the host's speed of the moment. On this shared machine the speed of one server moved
 * by half within a single run, and a ratio against a baseline measured minutes earlier moved with it.
 * The route's req/s, CPU and errors are totals over its slices; p50 and p99 are the medians of its
 * slices' values.
 */
export async function measureAgainstBaseline(
  name: string,
  url: string,
  baselineUrl: string,
  { slices = 5, warmupSeconds = 0, durationSeconds = 10, ...options }: LoadOptions & { slices?: number; warmupSeconds?: number } = {},
): Promise<Measurement & { baselineRequestsPerSecond: number }> {
  await warmUp(url, { connections: options.connections, warmupSeconds });
  const sliceSeconds = Math.max(1, Math.round(durationSeconds / slices));
  const route: Load[] = [];
  const baseline: Load[] = [];
  for (let i = 0; i < slices; i++) {
    baseline.push(await runLoad(`${name} (baseline slice)`, baselineUrl, { ...options, durationSeconds: sliceSeconds }));
    route.push(await runLoad(name, url, { ...options, durationSeconds: sliceSeconds }));
  }
  const sum = (loads: Load[], figure: (load: Load) => number) => loads.reduce((total, load) => total + figure(load), 0);
  const perSecond = (loads: Load[]) => sum(loads, (l) => l.requests) / (sum(loads, (l) => l.elapsedMs) / 1000);
  const cpuMs = route.every((l) => l.serverCpuMs !== undefined) ? sum(route, (l) => l.serverCpuMs!) : undefined;
  return {
    name,
    url,
    requestsPerSecond: perSecond(route),
    baselineRequestsPerSecond: perSecond(baseline),
    p50Ms: median(route.map((l) => l.p50Ms)),
    p99Ms: median(route.map((l) => l.p99Ms)),
    errors: sum([...route, ...baseline], (l) => l.errors),
    non2xx: sum([...route, ...baseline], (l) => l.non2xx),
    ...serverCpuFigures(
      cpuMs,
      sum(route, (l) => l.requests),
      sum(route, (l) => l.elapsedMs),
    ),
  };
}

export function printTable(rows: Measurement[]): void {
  console.log("\n| endpoint | req/s | p50 ms | p99 ms | errors | non-2xx |");
  console.log("|---|---:|---:|---:|---:|---:|");
  for (const r of rows) {
    console.log(`| ${r.name} | ${r.requestsPerSecond.toFixed(1)} | ${r.p50Ms} | ${r.p99Ms} | ${r.errors} | ${r.non2xx} |`);
  }
}
