"use client";

import { ArrowIcon } from "@/components/ui/arrow-icon";
import { Link } from "@/components/ui/link";
import type { ImportReport, ImportRowPreview } from "@/lib/data/imports/import-report";
import { formatNumber, formatUsd } from "@/lib/format/numbers";

const FATE_CLASS = { mapped: "text-emerald-800 dark:text-emerald-300", converted: "text-sky-800 dark:text-sky-300", ignored: "text-slate-500" } as const;

// Every source key of the row and what became of it, shown before anything is written.
function KeyReport({ row }: { row: ImportRowPreview }) {
  if (row.keys.length === 0 && row.warnings.length === 0) return null;
  const counts = { mapped: 0, converted: 0, ignored: 0 };
  for (const k of row.keys) counts[k.fate]++;
  return (
    <details className="mt-1 text-xs" data-testid="key-report">
      <summary className="cursor-pointer">
        {row.keys.length} keys: {counts.mapped} mapped, {counts.converted} converted, {counts.ignored} ignored
        {row.warnings.length > 0 ? `, ${row.warnings.length} warning${row.warnings.length > 1 ? "s" : ""}` : ""}
      </summary>
      {row.warnings.map((w) => (
        <p key={w} className="text-amber-800 dark:text-amber-300" data-testid="row-warning">
          {w}
        </p>
      ))}
      <ul className="mt-1 max-h-64 overflow-y-auto">
        {row.keys.map((k) => (
          <li key={k.key} className={FATE_CLASS[k.fate]} data-fate={k.fate}>
            <code>{k.key}</code> {k.fate}
            {k.field ? (
              <>
                {" "}
                <ArrowIcon label="to" /> {k.field}
              </>
            ) : null}
            {k.unit ? ` (${k.unit})` : ""}
            {k.note ? `: ${k.note}` : ""}
          </li>
        ))}
      </ul>
    </details>
  );
}

function RowLine({ r }: { r: ImportRowPreview }) {
  const s = r.submission as Record<string, number | string | undefined>;
  return (
    <tr data-testid="import-row" data-row={r.row} data-status={r.status}>
      <td>{r.row}</td>
      <td data-testid="import-row-status">{r.status}</td>
      <td>
        {r.label}
        {r.missing.length > 0 ? <span className="block text-xs text-amber-700">needs {r.missing.join(", ")}</span> : null}
        {r.errors.map((e) => (
          <span key={e.path + e.message} className="block text-xs text-red-700">
            {e.path}: {e.message}
          </span>
        ))}
        <KeyReport row={r} />
      </td>
      <td>{s.acceleratorCount !== undefined ? `${s.acceleratorCount} × ${s.accelerator ?? "?"}` : "—"}</td>
      <td data-testid="per-accelerator">{formatNumber(r.outputTokensPerSecondPerAccelerator, 2)}</td>
      <td data-testid="ttft">{formatNumber(s.ttftMsP50 as number | undefined, 1)}</td>
      <td data-testid="tpot">{formatNumber(s.tpotMsP50 as number | undefined, 2)}</td>
      <td>{formatNumber(s.interactivityTokensPerSecondPerUser as number | undefined, 1)}</td>
      <td>{r.costPreview?.available ? formatUsd(r.costPreview.usdPerMillionTokens, 3) : "—"}</td>
      <td className="text-xs">
        {r.findings.length === 0
          ? "none"
          : r.findings.map((f) => (
              <span
                key={f.code}
                className={`block ${f.severity === "error" ? "text-red-700" : f.severity === "warning" ? "text-amber-700" : "text-slate-600"}`}
                title={f.message}
              >
                {f.severity}: {f.code}
              </span>
            ))}
      </td>
    </tr>
  );
}

// Rows the parser refused (a value breaking a rule, a wrong cell count…) never become table rows: name them, so the
// table's few rows and the summary's count of skipped ones do not seem to disagree.
function rowsNotInTable(report: ImportReport): number[] {
  const inTable = new Set(report.rows.map((r) => r.row));
  return [...new Set(report.skipped.map((s) => s.row).filter((row) => !inTable.has(row)))];
}

function listRows(rows: number[]): string {
  const shown = rows.slice(0, 20).join(", ");
  return rows.length > 20 ? `${shown} and ${rows.length - 20} more` : shown;
}

export function ImportReportView({ report, done }: { report: ImportReport; done: boolean }) {
  const outside = report.rowsTruncated ? [] : rowsNotInTable(report);
  return (
    <section
      className="space-y-3"
      aria-labelledby="report-heading"
      data-testid="import-report"
      data-created={report.created}
      data-parsed={report.parsed}
      data-skipped={report.skipped.length}
    >
      <h2 id="report-heading">{done ? "Imported" : "Preview (nothing written yet)"}</h2>
      <p className="text-sm" data-testid="import-summary">
        {report.format} file “{report.fileName}” ({formatNumber(report.fileBytes / 1024, 1)} KB, SHA-256{" "}
        <code className="text-xs">{report.fileSha256.slice(0, 16)}…</code>): <strong>{report.parsed}</strong> rows read,{" "}
        {done ? <strong>{report.created} created</strong> : <strong>{report.ready + report.flagged} to create</strong>}
        {report.flagged > 0 ? ` (${report.flagged} flagged for a moderator)` : ""}, <strong>{report.skipped.length}</strong> skipped.
        {done ? (
          <>
            {" "}
            See <Link href="/submissions/mine">your submissions</Link>.
          </>
        ) : null}
      </p>
      {report.warnings.map((w) => (
        <p key={w} className="text-sm text-amber-800">
          {w}
        </p>
      ))}
      {outside.length > 0 ? (
        <p className="text-sm" data-testid="rows-not-in-table">
          The table shows {report.rows.length} of the {report.parsed} rows read. {outside.length === 1 ? "Row" : "Rows"} {listRows(outside)} could not be
          previewed, so {outside.length === 1 ? "it is" : "they are"} listed only under “Skipped rows” below, each with the reason.
        </p>
      ) : null}
      {/* Status comes right after the row number: on a phone the table scrolls sideways, and what will become of each row must not be off screen. */}
      {/* Headers wrap here (the site's tables keep them on one line): ten columns of one-line headers made
          the Findings column scroll out of view on a desktop screen. */}
      <div className="overflow-x-auto">
        <table data-testid="import-rows" className="[&_th]:align-bottom [&_th]:whitespace-normal">
          <thead>
            <tr>
              <th scope="col">Row</th>
              <th scope="col">Status</th>
              <th scope="col">Result (and what became of each key)</th>
              <th scope="col">Accelerators</th>
              <th scope="col">Output tok/s per accelerator</th>
              <th scope="col">TTFT p50 (ms)</th>
              <th scope="col">TPOT p50 (ms)</th>
              <th scope="col">tok/s per user</th>
              <th scope="col">$/M output tokens</th>
              <th scope="col">Findings</th>
            </tr>
          </thead>
          <tbody>
            {report.rows.map((r) => (
              <RowLine key={r.row} r={r} />
            ))}
          </tbody>
        </table>
      </div>
      {report.rowsTruncated ? <p className="text-xs text-slate-500">Only the first {report.rows.length} rows are listed.</p> : null}
      {report.skipped.length > 0 ? (
        // Open: the page promises every row is shown before anything is written, skipped ones included.
        <details open data-testid="import-skipped">
          <summary className="cursor-pointer text-sm font-semibold">
            Skipped rows ({report.skipped.length}): {done ? "not imported" : "these will not be imported"}, each with the reason
          </summary>
          <ul className="mt-2 max-h-96 list-disc overflow-y-auto pl-5 text-xs wrap-anywhere">
            {report.skipped.map((s) => (
              <li key={`${s.row}-${s.reason}`}>{s.reason}</li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
