import type { KeyLedger } from "@/lib/importers/key-report";

// Latency statistics of serving benchmarks (vLLM, SGLang and their forks) as flat keys
// `<stat>_<metric>[_unit]`: stat = mean | median | std | p<N>; metric = ttft | tpot | itl | e2el
// (SGLang: e2e_latency); unit = _ms, _s, or none. vLLM writes `_ms`; a cut-down benchmark_serving
// variant writes the same statistics in SECONDS without a suffix (median_ttft: 0.05). A value is
// only stored once its unit is known: ms and s suffixes say it; unsuffixed values are seconds when
// every time-per-token value is below 1 (1 ms per token would be over 1000 tok/s for one user,
// which no LLM server reaches) or, without per-token values, when every TTFT is below 1 (a TTFT
// under 1 ms does not happen over HTTP). Anything else is refused, naming the keys.

export type LatencyMetric = "ttft" | "tpot" | "itl" | "e2el";
export type LatencyValue = { ms: number; key: string; unit: "ms" | "s" };
export type ServingLatencies = { values: Map<string, LatencyValue>; error?: string; secondsKeys: string[] };

const LATENCY_KEY = /^(mean|median|std|p\d+(?:\.\d+)?)_(ttft|tpot|itl|e2el|e2e_latency)(_ms|_s)?$/;
const SUFFIX_RANK: Record<string, number> = { _ms: 0, _s: 1, "": 2 };

type Found = { key: string; stat: string; metric: LatencyMetric; suffix: string; value: number };

export function isLatencyKey(key: string): boolean {
  return LATENCY_KEY.test(key);
}

export function readServingLatencies(record: Record<string, unknown>, ledger: KeyLedger): ServingLatencies {
  const found: Found[] = [];
  for (const [key, value] of Object.entries(record)) {
    const match = LATENCY_KEY.exec(key);
    if (!match) continue;
    if (typeof value !== "number" || !Number.isFinite(value)) {
      ledger.ignored(key, value === null ? "null: not measured" : "not a number");
      continue;
    }
    const metric = (match[2] === "e2e_latency" ? "e2el" : match[2]) as LatencyMetric;
    found.push({ key, stat: match[1] === "p50" ? "median" : match[1], metric, suffix: match[3] ?? "", value });
  }

  // One key per statistic: the one whose unit is written wins over an unsuffixed twin.
  const byStat = new Map<string, Found>();
  for (const item of [...found].sort((a, b) => SUFFIX_RANK[a.suffix] - SUFFIX_RANK[b.suffix])) {
    const id = `${item.stat}_${item.metric}`;
    const kept = byStat.get(id);
    if (kept) ledger.ignored(item.key, `same statistic as ${kept.key}, which states its unit`);
    else byStat.set(id, item);
  }

  const unsuffixed = [...byStat.values()].filter((item) => item.suffix === "" && item.value > 0);
  let bareUnit: "s" | undefined;
  if (unsuffixed.length > 0) {
    const perToken = unsuffixed.filter((item) => item.metric === "tpot" || item.metric === "itl");
    const ttft = unsuffixed.filter((item) => item.metric === "ttft");
    const seconds = perToken.length > 0 ? perToken.every((item) => item.value < 1) : ttft.length > 0 && ttft.every((item) => item.value < 1);
    if (!seconds) {
      const keys = unsuffixed.map((item) => item.key).join(", ");
      return {
        values: new Map(),
        secondsKeys: [],
        error: `states latencies without a unit (${keys}) whose values could be seconds or milliseconds: rename the keys with _ms or _s (e.g. median_ttft_ms) and upload again`,
      };
    }
    bareUnit = "s";
  }

  const values = new Map<string, LatencyValue>();
  const secondsKeys: string[] = [];
  for (const [id, item] of byStat) {
    const unit = item.suffix === "_ms" ? "ms" : item.suffix === "_s" || bareUnit === "s" ? "s" : "ms";
    if (unit === "s") secondsKeys.push(item.key);
    values.set(id, { ms: unit === "s" ? item.value * 1000 : item.value, key: item.key, unit });
  }
  return { values, secondsKeys };
}

// Records the latency keys the mapper stored; every other statistic is listed as not stored.
export function recordLatency(ledger: KeyLedger, value: LatencyValue | undefined, field: string, note?: string): number | undefined {
  if (!value) return undefined;
  if (!(value.ms > 0)) {
    ledger.ignored(value.key, "0: not measured (a non-streaming backend writes 0)");
    return undefined;
  }
  if (value.unit === "s") ledger.converted(value.key, field, "s → ms (× 1000)", note);
  else ledger.mapped(value.key, field, note);
  return value.ms;
}

export function ignoreOtherLatencies(ledger: KeyLedger, values: Map<string, LatencyValue>): void {
  for (const value of values.values()) ledger.ignored(value.key, "no TokenCost field for this statistic (median and p99 are stored)");
}
