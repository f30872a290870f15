// Argonne LLM-Inference-Bench (SC24 workshop paper) All_results.csv → curated extract. Throughput
// there is batch × (input + output) / latency: TOTAL tokens with input = output, so output tok/s is
// half of it. Static batches; precision is not recorded per row (16-bit assumed, noted).
import Papa from "papaparse";

import type { CuratedResult } from "../../prisma/seed/curated-results";
import { modelSlug, readRaw, round, SkipLog, writeExtract } from "./common";

// The CSV names hardware generically; the catalog entry each maps to, and what the name leaves open.
const HARDWARE: Record<string, { slug: string; note: string }> = {
  "Nvidia A100 GPU": { slug: "a100-sxm-40gb", note: 'The CSV says "Nvidia A100 GPU" without memory size; mapped to A100 SXM4 40GB.' },
  "Nvidia H100 GPU": { slug: "h100-sxm", note: 'The CSV says "Nvidia H100 GPU" without form factor; mapped to H100 SXM.' },
  "Nvidia GH200 GPU": { slug: "gh200", note: "" },
  "AMD MI250 GPU": { slug: "mi250", note: "" },
  "AMD MI300X GPU": { slug: "mi300x", note: "" },
  "Habana Gaudi2": { slug: "gaudi2", note: "" },
  "Intel Max 1550": { slug: "max-1550", note: "" },
  "Intel PVC GPU": { slug: "max-1550", note: 'The CSV says "Intel PVC GPU" (Ponte Vecchio, sold as Data Center GPU Max 1550).' },
  "SambaNova SN40L": { slug: "sn40l", note: "" },
};
const URL = "https://github.com/argonne-lcf/LLM-Inference-Bench/blob/4211f5d4/All_results.csv";
const KEPT_LENGTHS = new Set([128, 1024]);

type Row = Record<string, string>;

export function extractArgonne(): void {
  const skips = new SkipLog();
  const rows = Papa.parse<Row>(readRaw("results/argonne/All_results.csv"), { header: true, skipEmptyLines: true }).data;
  // One row per (hardware, count, framework, model, length): its batch-1 run and its best-throughput batch.
  const groups = new Map<string, { line: number; row: Row }[]>();
  rows.forEach((row, index) => {
    const hw = HARDWARE[row.Hardware];
    const model = modelSlug(row.Model);
    const length = Number(row["Input Output Length"]);
    const count = Number(row["Num of Hardware"]);
    if (!hw) return skips.skip(`hardware not in the catalog`);
    if (!model) return skips.skip(`model not in the catalog`);
    if (row.Framework === "llama.cpp") return skips.skip("llama.cpp run: quantization not recorded");
    if (hw.slug === "gaudi2" && count > 1) return skips.skip("multi-card Gaudi 2 run: the study's script passes world size 1, so the card count is doubtful");
    if (!KEPT_LENGTHS.has(length)) return skips.skip("input/output length other than 128 or 1024 (kept: short and long)");
    if (!(Number(row.Throughput) > 0)) return skips.skip("no throughput");
    const key = [row.Hardware, count, row.Framework, model, length].join("|");
    groups.set(key, [...(groups.get(key) ?? []), { line: index + 2, row }]);
  });
  const results: CuratedResult[] = [];
  for (const group of groups.values()) {
    const best = group.reduce((a, b) => (Number(b.row.Throughput) > Number(a.row.Throughput) ? b : a));
    const batchOne = group.find((g) => g.row["Batch Size"] === "1");
    const kept = [...new Set([batchOne, best].filter((g) => g !== undefined))];
    skips.reasons.set(
      "other batch sizes of a kept configuration (batch 1 and the best batch kept)",
      (skips.reasons.get("other batch sizes of a kept configuration (batch 1 and the best batch kept)") ?? 0) + group.length - kept.length,
    );
    for (const { line, row } of kept) {
      const hw = HARDWARE[row.Hardware];
      const model = modelSlug(row.Model)!;
      const count = Number(row["Num of Hardware"]);
      const length = Number(row["Input Output Length"]);
      const batch = Number(row["Batch Size"]);
      const total = Number(row.Throughput);
      const latency = Number(row.Latency);
      results.push({
        externalId: `argonne-llm-inference-bench:${row.Hardware.toLowerCase().replace(/[^a-z0-9]+/g, "-")}:x${count}:${row.Framework}:${model}:${length}:bs${batch}`,
        model,
        accelerator: hw.slug,
        acceleratorCount: count,
        precision: "FP16",
        engine: row.Framework,
        systemName: `${count}× ${row.Hardware}`,
        scenario: batch === 1 ? "Latency (batch 1)" : "Throughput (static batch)",
        inputTokens: length,
        outputTokens: length,
        batchSize: batch,
        outputTokensPerSecond: round(total / 2, 3),
        inputTokensPerSecond: round(total / 2, 3),
        sourceUrl: URL,
        notes:
          `Argonne LLM-Inference-Bench All_results.csv line ${line}: ${row.Hardware} ×${count} (the "Num of Hardware" column), ${row.Framework}, ${row.Model}, input = output = ${length}, static batch ${batch}, latency ${round(latency, 3)} s, throughput ${round(total, 3)} tok/s. ` +
          `That throughput is batch × (input + output) / latency, i.e. total tokens: output tok/s = ${round(total, 3)} / 2 = ${round(total / 2, 3)}. Precision is not recorded per row; 16-bit assumed.${hw.note ? ` ${hw.note}` : ""}`,
      });
    }
  }
  writeExtract("argonne.json", {
    source: "Argonne LLM-Inference-Bench (SC24)",
    evidence: "academic",
    licence: "BSD-3-Clause",
    origin: "argonne-lcf/LLM-Inference-Bench @ 4211f5d4 All_results.csv",
    results,
  });
  skips.print("argonne");
}
