// MLPerf LoadGen's mlperf.conf: lines of `model.scenario.key = value`, `*` as a wildcard model or
// scenario, `#` comments. Only the token-latency bounds matter here: `ttft_latency` and
// `tpot_latency`, which the file header states in milliseconds (e.g. llama2-70b.Server.ttft_latency
// = 2000). The Interactive scenario is configured as the Server scenario of a separate benchmark
// named `<model>-interactive` (llama2-70b-interactive.Server.tpot_latency = 40).

export type MlperfLatencyLimit = { ttftMs?: number; tpotMs?: number };
// benchmark (as named in mlperf.conf, e.g. "llama3_1-405b-interactive") -> scenario -> limits
export type MlperfLatencyLimits = Record<string, Record<string, MlperfLatencyLimit>>;

const SETTING_FIELD: Record<string, keyof MlperfLatencyLimit> = {
  ttft_latency: "ttftMs",
  tpot_latency: "tpotMs",
};

export function parseMlperfConf(text: string): MlperfLatencyLimits {
  const limits: MlperfLatencyLimits = {};
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.replace(/#.*$/, "").trim();
    const match = /^(\S+)\s*=\s*(\S+)$/.exec(line);
    if (!match) continue;
    const parts = match[1].split(".");
    if (parts.length < 3) continue;
    // Model names may contain dots; scenario and setting are always the last two segments.
    const setting = parts[parts.length - 1];
    const scenario = parts[parts.length - 2];
    const benchmark = parts.slice(0, -2).join(".");
    const field = SETTING_FIELD[setting];
    const value = Number(match[2]);
    if (!field || !Number.isFinite(value) || value <= 0) continue;
    limits[benchmark] ??= {};
    limits[benchmark][scenario] ??= {};
    limits[benchmark][scenario][field] = value;
  }
  return limits;
}

// "llama2-70b-99.9" -> "llama2-70b": the accuracy-target suffix does not change the workload.
export function mlperfModelFamily(model: string): string {
  return model.trim().replace(/-99(\.9)?$/, "");
}

// The mlperf.conf benchmark name for a results-table model, e.g. "llama3.1-405b" -> "llama3_1-405b".
export function mlperfConfBenchmark(model: string): string {
  return mlperfModelFamily(model).replace(/\./g, "_");
}

export type ScenarioLatencyLimits = { ttftLimitMsP99?: number; tpotLimitMsP99?: number };

// The p99 TTFT/TPOT bounds a Server or Interactive result had to meet; Offline has none.
export function latencyLimitsFor(limits: MlperfLatencyLimits, model: string, scenario: string): ScenarioLatencyLimits {
  const benchmark = mlperfConfBenchmark(model);
  const lookup =
    scenario === "Interactive"
      ? { name: `${benchmark}-interactive`, scenario: "Server" }
      : scenario === "Server"
        ? { name: benchmark, scenario: "Server" }
        : null;
  if (!lookup) return {};
  // General to specific, so a benchmark's own line wins over a wildcard.
  const found = { ...limits["*"]?.["*"], ...limits["*"]?.[lookup.scenario], ...limits[lookup.name]?.["*"], ...limits[lookup.name]?.[lookup.scenario] };
  const out: ScenarioLatencyLimits = {};
  if (found.ttftMs !== undefined) out.ttftLimitMsP99 = found.ttftMs;
  if (found.tpotMs !== undefined) out.tpotLimitMsP99 = found.tpotMs;
  return out;
}
