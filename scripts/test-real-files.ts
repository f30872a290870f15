// Runs every importer over the raw public result files (RAW_DATA_DIR, default the shared/data folder
// beside the checkout, as for `npm run data:extract`: docs/data.md) and checks figures computed by hand
// from those files (file and row cited at each check). A public clone has no such folder: a clean skip.
//   npm run test:real-files
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import { resolveAcceleratorName } from "../lib/importers/accelerator-names";
import { detectFormat } from "../lib/importers/detect";
import { unaccountedKeys } from "../lib/importers/key-report";
import { parseMlperfConf } from "../lib/importers/mlperf-conf";
import { parseResultsFile, type ParseFileContext } from "../lib/importers/parse-file";
import type { CatalogAliasEntry, ImportResult } from "../lib/importers/types";
import { createCheck, expectClose, expectEqual, expectTrue } from "./real-files/check";

const root = path.resolve(import.meta.dirname, "..");
const dataDir = process.env.RAW_DATA_DIR ?? path.resolve(root, "..", "shared", "data");
if (!existsSync(dataDir)) {
  console.log(`skipped: no raw data folder (looked in ${dataDir}); set RAW_DATA_DIR to run the real-files check (docs/data.md)`);
  process.exit(0);
}

const seed = (file: string) => JSON.parse(readFileSync(path.join(root, "prisma", "seed", "data", file), "utf8")) as CatalogAliasEntry[];
const models = seed("models.json");
// The v4.0 check resolves Gaudi 2 from the seed catalog through a real system description, and checks
// separately that, on a catalog without it, the row error names the chip as the file writes it.
const accelerators = seed("accelerators.json");
const withGaudi2 = accelerators;
const withoutGaudi2 = accelerators.filter((a) => a.slug !== "gaudi2");
const base: ParseFileContext = {
  modelAliases: models,
  acceleratorAliases: accelerators,
  latencyLimits: parseMlperfConf(readFileSync(path.join(dataDir, "mlperf_loadgen_mlperf.conf"), "utf8")),
};
const check = createCheck();
const read = (...parts: string[]) => readFileSync(path.join(dataDir, ...parts), "utf8");

function run(file: string, text: string, context: Partial<ParseFileContext> = {}): ImportResult {
  const format = detectFormat(file, text);
  expectTrue(check, `${file}: detected`, format !== null);
  return format ? parseResultsFile(format, text, { ...base, fileName: file, ...context }) : { drafts: [], skipped: [] };
}

// ---- guidellm CSVs (results/optimum-neuron) ------------------------------------------------
const neuronDir = path.join(dataDir, "results", "optimum-neuron");
for (const file of readdirSync(neuronDir).filter((f) => f.endsWith(".csv"))) {
  const text = read("results", "optimum-neuron", file);
  const rows = text.trim().split(/\r?\n/).length - 1;
  const result = run(file, text, { defaults: { accelerator: "trainium2", acceleratorCount: 1, precision: "BF16" } });
  expectEqual(check, `${file}: every row is a draft or a named row error`, result.drafts.length + result.skipped.length, rows);
  for (const skipped of result.skipped)
    expectTrue(check, `${file} row ${skipped.row}: error names the model id`, /Model id ".+" is not in the catalog/.test(skipped.reason), skipped.reason);
  const header = text.split(/\r?\n/)[0].split(",");
  for (const draft of result.drafts) expectEqual(check, `${file} row ${draft.row}: every column accounted for`, unaccountedKeys(header, draft.keys), []);
}
{
  // single-instance__llama-3.1-8b-trn2__vllm-results.csv, data row 1 (synchronous):
  // Output Token Throughput 43.531779070711835 t/s, TTFT 197.24611802534622 ms, ITL 22.13561523381564 ms
  // → interactivity 1000 / 22.13561523381564 = 45.17606… tok/s per user; synchronous = concurrency 1.
  const [sync] = run(
    "single-instance__llama-3.1-8b-trn2__vllm-results.csv",
    read("results", "optimum-neuron", "single-instance__llama-3.1-8b-trn2__vllm-results.csv"),
  ).drafts;
  expectEqual(check, "llama-3.1-8b-trn2 row 1 model", sync?.input.model, "llama-3.1-8b");
  expectEqual(check, "llama-3.1-8b-trn2 row 1 concurrency", sync?.input.concurrency, 1);
  expectClose(check, "llama-3.1-8b-trn2 row 1 output tok/s", sync?.input.outputTokensPerSecond, 43.531779070711835);
  expectClose(check, "llama-3.1-8b-trn2 row 1 TTFT ms", sync?.input.ttftMsP50, 197.24611802534622);
  expectClose(check, "llama-3.1-8b-trn2 row 1 interactivity", sync?.input.interactivityTokensPerSecondPerUser, 1000 / 22.13561523381564);
  expectClose(check, "llama-3.1-8b-trn2 row 1 interactivity (hand value)", sync?.input.interactivityTokensPerSecondPerUser, 45.17606, 1e-6);
  // data-parallel__llama3.1-8b__vllm-results-dp3.csv names "meta-llama_Meta-Llama-3.1-8B-Instruct",
  // an id the seed catalog has no alias for: every row is a row error naming it.
  const dp3 = run("data-parallel__llama3.1-8b__vllm-results-dp3.csv", read("results", "optimum-neuron", "data-parallel__llama3.1-8b__vllm-results-dp3.csv"));
  expectTrue(check, "dp3: unknown id named", dp3.skipped.length > 0 && dp3.skipped.every((s) => s.reason.includes('"meta-llama_Meta-Llama-3.1-8B-Instruct"')));
}

// ---- MLPerf v4.0 LoadGen summaries with the system description (results/mlperf-v4.0) ----------
{
  const dir = ["results", "mlperf-v4.0"];
  const system = read(...dir, "Intel-HabanaLabs__systems__HLS-Gaudi2-PT.json");
  const offlineFile = "Intel-HabanaLabs__HLS-Gaudi2-PT__llama2-70b-99.9__Offline__mlperf_log_summary.txt";
  const serverFile = "Intel-HabanaLabs__HLS-Gaudi2-PT__llama2-70b-99.9__Server__mlperf_log_summary.txt";
  const ctx = { acceleratorAliases: withGaudi2, systemDescription: system, defaults: { precision: "FP8" as const } };
  // Offline summary: "Tokens per second: 8034.85"; system JSON: 8 accelerators per node × 1 node.
  const [offline] = run(offlineFile, read(...dir, offlineFile), ctx).drafts;
  expectEqual(check, "Gaudi2 Offline accelerator", offline?.input.accelerator, "gaudi2");
  expectEqual(check, "Gaudi2 Offline count", offline?.input.acceleratorCount, 8);
  expectEqual(check, "Gaudi2 Offline model (from the results path)", offline?.input.model, "llama-2-70b");
  expectClose(check, "Gaudi2 Offline tok/s", offline?.input.outputTokensPerSecond, 8034.85);
  expectClose(check, "Gaudi2 Offline tok/s per accelerator", (offline?.input.outputTokensPerSecond ?? 0) / 8, 1004.35625);
  // Server summary: "Completed tokens per second : 6287.47"; first token p50 411669838 ns = 411.669838 ms,
  // p99 1621209252 ns; time to output token p50 114388704 ns = 114.388704 ms → 1000 / 114.388704 = 8.742122 tok/s per user.
  const [server] = run(serverFile, read(...dir, serverFile), ctx).drafts;
  expectClose(check, "Gaudi2 Server tok/s", server?.input.outputTokensPerSecond, 6287.47);
  expectClose(check, "Gaudi2 Server TTFT p50 ms", server?.input.ttftMsP50, 411.669838);
  expectClose(check, "Gaudi2 Server TTFT p99 ms", server?.input.ttftMsP99, 1621.209252);
  expectClose(check, "Gaudi2 Server TPOT p50 ms", server?.input.tpotMsP50, 114.388704);
  expectClose(check, "Gaudi2 Server TPOT p99 ms", server?.input.tpotMsP99, 130.950205);
  expectClose(check, "Gaudi2 Server interactivity", server?.input.interactivityTokensPerSecondPerUser, 8.742122, 1e-6);
  expectEqual(check, "Gaudi2 Server engine", server?.input.engine, "PyTorch");
  // Without Gaudi 2 in the catalog the row error names the chip as the file writes it.
  const unknown = run(serverFile, read(...dir, serverFile), { systemDescription: system, acceleratorAliases: withoutGaudi2 });
  expectTrue(
    check,
    "Gaudi2 not in catalog: named",
    unknown.skipped[0]?.reason.includes('"Intel® Gaudi® 2 AI Accelerator"') ?? false,
    unknown.skipped[0]?.reason,
  );
  // TPU v5e GPT-J reports samples/s only: refused, no token rate invented.
  const gptj = run(
    "Google__tpu_v5e_x4__gptj-99__offline__mlperf_log_summary.txt",
    read(...dir, "Google__tpu_v5e_x4__gptj-99__offline__mlperf_log_summary.txt"),
  );
  expectTrue(check, "TPU v5e GPT-J refused: samples/s only", gptj.drafts.length === 0 && /samples\/s only/.test(gptj.skipped[0]?.reason ?? ""));
}

// ---- MLPerf summaries v5.1 and v6.0 -------------------------------------------------------------
for (const [file, version] of [
  ["mlperf_inference_v5.1_summary_results.json", "v5.1"],
  ["mlperf_inference_v6.0_summary_results.json", "v6.0"],
] as const) {
  const text = read(file);
  const rows = JSON.parse(text) as Record<string, unknown>[];
  const result = run(file, text);
  expectEqual(check, `${file}: every row is a draft or has a reason`, result.drafts.length + result.skipped.length, rows.length);
  for (const draft of result.drafts)
    expectEqual(check, `${file} row ${draft.row}: every key accounted for`, unaccountedKeys(Object.keys(rows[draft.row - 1]), draft.keys), []);
  // Every accelerator name of the round resolves, or is a named error (mixed cluster / not in the catalog).
  for (const name of new Set(rows.map((r) => String(r.Accelerator)).filter((n) => n !== ""))) {
    const resolved = resolveAcceleratorName(name, accelerators);
    expectTrue(check, `${version} accelerator "${name}"`, "slug" in resolved || resolved.error.includes(name), JSON.stringify(resolved));
  }
  const find = (id: string, model: string, scenario: string) => result.drafts.find((d) => d.meta.externalId === `mlperf-${version}:${id}:${model}:${scenario}`);
  if (version === "v5.1") {
    // row 51: 5.1-0008 Azure ND_GB200_v6, llama2-70b-99 Offline, NVIDIA GB200, a# 4 × Nodes 1, 52061.6 Tokens/s, fp4
    const gb200 = find("5.1-0008", "llama2-70b-99", "Offline");
    expectEqual(check, "5.1-0008 accelerator", gb200?.input.accelerator, "gb200");
    expectEqual(check, "5.1-0008 count", gb200?.input.acceleratorCount, 4);
    expectClose(check, "5.1-0008 tok/s", gb200?.input.outputTokensPerSecond, 52061.6);
    expectEqual(check, "5.1-0008 precision", gb200?.input.precision, "FP4");
    // row 185: 5.1-0029 "Virtualized NVIDIA H200-SXM-141GB", a# 8, 34301.9 Tokens/s → h200-sxm, variant kept
    const virtualized = find("5.1-0029", "llama2-70b-99", "Offline");
    expectEqual(check, "5.1-0029 accelerator", virtualized?.input.accelerator, "h200-sxm");
    expectClose(check, "5.1-0029 tok/s per accelerator", (virtualized?.input.outputTokensPerSecond ?? 0) / 8, 4287.7375);
  } else {
    // row 2: 6.0-0001 AMD "AMD Instinct MI355X 288GB HBM3e (x87)", a# 8 × Nodes 11, Total Accelerators 88,
    // 1042110 Tokens/s → 88 accelerators, 11842.159… tok/s each
    const cluster = find("6.0-0001", "llama2-70b-99", "Offline");
    expectEqual(check, "6.0-0001 accelerator", cluster?.input.accelerator, "mi355x");
    expectEqual(check, "6.0-0001 count", cluster?.input.acceleratorCount, 88);
    expectClose(check, "6.0-0001 tok/s per accelerator", (cluster?.input.outputTokensPerSecond ?? 0) / 88, 11842.159090909, 1e-9);
    // row 150: 6.0-0033 "AMD Instinct MI355X 288GB HBM3e (Power Cap 1000 W)", 8 × 1, 81870.5 Tokens/s, fp8
    const capped = find("6.0-0033", "llama2-70b-99", "Offline");
    expectEqual(check, "6.0-0033 accelerator", capped?.input.accelerator, "mi355x");
    expectTrue(check, "6.0-0033 power cap kept in notes", capped?.input.notes?.includes("Power Cap 1000 W") ?? false);
    expectEqual(check, "6.0-0033 precision", capped?.input.precision, "FP8");
    // row 398: 6.0-0075 NVIDIA GB200 NVL72, a# 4 × Nodes 18 = Total Accelerators 72, 888054 Tokens/s
    const nvl72 = find("6.0-0075", "llama2-70b-99", "Offline");
    expectEqual(check, "6.0-0075 count", nvl72?.input.acceleratorCount, 72);
    expectClose(check, "6.0-0075 tok/s per accelerator", (nvl72?.input.outputTokensPerSecond ?? 0) / 72, 12334.083333333, 1e-9);
    // 6.0-0031 mixes MI300X, MI325X and MI355X: a named heterogeneous-cluster skip, never a draft.
    expectTrue(
      check,
      "6.0-0031 mixed cluster skipped",
      result.skipped.some((s) => s.reason.includes("6.0-0031") && s.reason.includes("heterogeneous cluster")),
    );
  }
}

if (check.failures.length > 0) {
  console.error(`real-files check FAILED: ${check.failures.length} of ${check.failures.length + check.passed} checks`);
  for (const failure of check.failures) console.error(`  ✗ ${failure}`);
  process.exit(1);
}
console.log(`real-files check passed: ${check.passed} checks over ${dataDir}`);
