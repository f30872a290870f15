"use client";

import { EvidenceBadge } from "@/components/ui/evidence-badge";
import { GlossaryLink } from "@/components/ui/glossary-link";
import { TableWrap } from "@/components/ui/table-wrap";

import type { ResultsTableViewRow } from "./results-table";

// A client component fed plain JSON rows, like the leaderboard table: as server output each cell's
// element tree went into the page's RSC payload next to its HTML. Plain anchors for the same reason.
// On a phone each result is a card (stack-on-phone, app/globals.css): the subject and the per-accelerator
// throughput on its first line, the rest labelled below, and no sideways scrolling.
export function ResultsTableView({ rows, show }: { rows: ResultsTableViewRow[]; show: "model" | "accelerator" }) {
  return (
    <TableWrap label="Benchmark results">
      <table data-testid="results-table" className="stack-on-phone">
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
              <td className="cell-main">
                <a href={s.subject.href}>{s.subject.name}</a>
              </td>
              <td className="min-w-36" data-label="Evidence">
                <EvidenceBadge evidence={s.evidence} />
                {s.source ? <span className="block text-xs text-slate-500 max-sm:ml-1 max-sm:inline">{s.source}</span> : null}
              </td>
              <td data-label="System">{s.systemName ?? "—"}</td>
              <td data-label="Accelerators">{s.acceleratorCount}</td>
              <td data-label="Precision">{s.precision}</td>
              <td data-label="Engine">{s.engine}</td>
              <td className="min-w-36 text-xs" data-label="Workload">
                {s.scenario ? (
                  <span className="block max-sm:inline">
                    {s.scenario}
                    <span className="sm:hidden"> · </span>
                  </span>
                ) : null}
                {s.workload}
              </td>
              <td data-label="Output tok/s (system)">{s.display.outputTokensPerSecond}</td>
              <td className="cell-key whitespace-nowrap" data-testid="result-per-accelerator" data-label="tok/s per accelerator">
                {s.display.outputTokensPerSecondPerAccelerator}
              </td>
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
