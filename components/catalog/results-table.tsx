import Link from "next/link";

import { EvidenceBadge } from "@/components/ui/evidence-badge";
import { GlossaryLink } from "@/components/ui/glossary-link";
import { TableWrap } from "@/components/ui/table-wrap";
import { tokensPerSecondPerAccelerator } from "@/lib/cost/throughput";
import { servingRegime, workloadClass } from "@/lib/cost/workload";
import { formatNumber } from "@/lib/format/numbers";
import { describeWorkload } from "@/lib/format/workload";
import type { EvidenceKind } from "@/lib/validation/enums";

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

// Benchmark results of one accelerator (listing models) or one model (listing accelerators).
export function ResultsTable({ results, show }: { results: ResultsTableRow[]; show: "model" | "accelerator" }) {
  return (
    <TableWrap label="Benchmark results">
      <table data-testid="results-table">
        <thead>
          <tr>
            <th scope="col">{show === "model" ? "Model" : "Accelerator"}</th>
            <th scope="col">
              <GlossaryLink term="evidence-kind">Evidence</GlossaryLink> / source
            </th>
            <th scope="col">System</th>
            <th scope="col">Accelerators</th>
            <th scope="col">Precision</th>
            <th scope="col">Engine</th>
            <th scope="col">
              <GlossaryLink term="workload-class">Workload</GlossaryLink>
            </th>
            <th scope="col">Output tok/s (system)</th>
            <th scope="col">
              <GlossaryLink term="tokens-per-second-per-accelerator">Output tok/s per accelerator</GlossaryLink>
            </th>
            <th scope="col">Result</th>
          </tr>
        </thead>
        <tbody>
          {results.map((s) => (
            <tr key={s.id} data-testid="result-row">
              <td>
                {show === "model" ? (
                  <Link href={`/models/${s.model.slug}`}>{s.model.name}</Link>
                ) : (
                  <Link href={`/hardware/${s.accelerator.slug}`}>{s.accelerator.name}</Link>
                )}
              </td>
              <td className="min-w-36">
                <EvidenceBadge evidence={s.evidence} />
                {s.source ? <span className="block text-xs text-slate-500">{s.source}</span> : null}
              </td>
              <td>{s.systemName ?? "—"}</td>
              <td>{s.acceleratorCount}</td>
              <td>{s.precision}</td>
              <td>{s.engine}</td>
              <td className="min-w-36 text-xs">
                {s.scenario ? <span className="block">{s.scenario}</span> : null}
                {describeWorkload({ ...s, class: workloadClass(s), servingRegime: servingRegime(s) })}
              </td>
              <td>{formatNumber(s.outputTokensPerSecond, 0)}</td>
              <td>{formatNumber(tokensPerSecondPerAccelerator({ ...s, tokenBasis: "output" }), 1)}</td>
              <td>
                <Link href={`/submissions/${s.id}`}>details</Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
