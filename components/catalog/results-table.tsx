import Link from "next/link";
import type { ApprovedResult } from "@/lib/data/catalog/list-approved-results";
import { tokensPerSecondPerAccelerator } from "@/lib/cost/throughput";
import { formatNumber } from "@/lib/format/numbers";
import { TableWrap } from "@/components/ui/table-wrap";
import { GlossaryLink } from "@/components/ui/glossary-link";

// Benchmark results of one accelerator (listing models) or one model (listing accelerators).
export function ResultsTable({ results, show }: { results: ApprovedResult[]; show: "model" | "accelerator" }) {
  return (
    <TableWrap label="Benchmark results">
      <table data-testid="results-table">
        <thead>
          <tr>
            <th scope="col">{show === "model" ? "Model" : "Accelerator"}</th>
            <th scope="col">System</th>
            <th scope="col">Accelerators</th>
            <th scope="col">Precision</th>
            <th scope="col">Engine</th>
            <th scope="col">Scenario</th>
            <th scope="col">Output tok/s (system)</th>
            <th scope="col">
              <GlossaryLink term="tokens-per-second-per-accelerator">Output tok/s per accelerator</GlossaryLink>
            </th>
            <th scope="col">Result</th>
          </tr>
        </thead>
        <tbody>
          {results.map((s) => (
            <tr key={s.id}>
              <td>
                {show === "model" ? (
                  <Link href={`/models/${s.model.slug}`}>{s.model.name}</Link>
                ) : (
                  <Link href={`/hardware/${s.accelerator.slug}`}>{s.accelerator.name}</Link>
                )}
              </td>
              <td>{s.systemName ?? "—"}</td>
              <td>{s.acceleratorCount}</td>
              <td>{s.precision}</td>
              <td>{s.engine}</td>
              <td>{s.scenario ?? "—"}</td>
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
