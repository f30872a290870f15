"use client";

import { EvidenceBadge } from "@/components/ui/evidence-badge";
import { GlossaryLink } from "@/components/ui/glossary-link";
import { TableWrap } from "@/components/ui/table-wrap";

import type { ResultsTableViewRow } from "./results-table";

// A client component fed plain JSON rows, like the leaderboard table: as server output each cell's
// element tree went into the page's RSC payload next to its HTML. Plain anchors for the same reason.
export function ResultsTableView({ rows, show }: { rows: ResultsTableViewRow[]; show: "model" | "accelerator" }) {
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
          {rows.map((s) => (
            <tr key={s.id} data-testid="result-row">
              <td>
                <a href={s.subject.href}>{s.subject.name}</a>
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
                {s.workload}
              </td>
              <td>{s.display.outputTokensPerSecond}</td>
              <td>{s.display.outputTokensPerSecondPerAccelerator}</td>
              <td>
                <a href={`/submissions/${s.id}`}>details</a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
