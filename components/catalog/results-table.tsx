import { tokensPerSecondPerAccelerator } from "@/lib/cost/throughput";
import { servingRegime, workloadClass } from "@/lib/cost/workload";
import { formatNumber } from "@/lib/format/numbers";
import { describeWorkload } from "@/lib/format/workload";
import type { EvidenceKind } from "@/lib/validation/enums";

import { ResultsTableView } from "./results-table-view";

export type ResultsTableRow = {
  id: string;
  acceleratorCount: number;
  prefillAcceleratorCount: number | null;
  decodeAcceleratorCount: number | null;
  precision: string;
  engine: string;
  scenario: string | null;
  systemName: string | null;
  outputTokensPerSecond: number;
  inputTokens: number | null;
  outputTokens: number | null;
  batchSize: number | null;
  concurrency: number | null;
  evidence: EvidenceKind;
  source: string | null;
  model: { slug: string; name: string };
  accelerator: { slug: string; name: string };
};

// What the table shows of a result, computed and formatted here so the browser gets display strings, not
// the cost model or a number formatter (lib/serializers/leaderboard.ts says why).
function toViewRow(s: ResultsTableRow, show: "model" | "accelerator") {
  return {
    id: s.id,
    subject: show === "model" ? { href: `/models/${s.model.slug}`, name: s.model.name } : { href: `/hardware/${s.accelerator.slug}`, name: s.accelerator.name },
    evidence: s.evidence,
    source: s.source,
    systemName: s.systemName,
    acceleratorCount: s.acceleratorCount,
    precision: s.precision,
    engine: s.engine,
    scenario: s.scenario,
    workload: describeWorkload({ ...s, class: workloadClass(s), servingRegime: servingRegime(s) }),
    display: {
      outputTokensPerSecond: formatNumber(s.outputTokensPerSecond, 0),
      outputTokensPerSecondPerAccelerator: formatNumber(tokensPerSecondPerAccelerator({ ...s, tokenBasis: "output" }), 1),
    },
  };
}

export type ResultsTableViewRow = ReturnType<typeof toViewRow>;

// Benchmark results of one accelerator (listing models) or one model (listing accelerators).
export function ResultsTable({ results, show }: { results: ResultsTableRow[]; show: "model" | "accelerator" }) {
  return <ResultsTableView rows={results.map((s) => toViewRow(s, show))} show={show} />;
}
