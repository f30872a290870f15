"use client";
import Link from "next/link";
import { useState } from "react";
import type { ImportReport } from "@/lib/data/imports/import-report";
import { formatNumber, formatUsd } from "@/lib/format/numbers";

type Choice = { slug: string; name: string };
type Props = { models: Choice[]; accelerators: Choice[]; precisions: readonly string[]; maxFileBytes: number };
type FieldError = { path: string; message: string };
type Phase = "idle" | "uploading" | "processing" | "preview" | "done";
type Defaults = Record<"model" | "accelerator" | "acceleratorCount" | "precision" | "engine" | "engineVersion" | "sourceUrl", string>;

const EMPTY_DEFAULTS: Defaults = { model: "", accelerator: "", acceleratorCount: "", precision: "", engine: "", engineVersion: "", sourceUrl: "" };
const inputClass = "w-full rounded border border-slate-300 bg-white px-2 py-1.5 text-sm dark:border-slate-600 dark:bg-slate-900";

function megabytes(bytes: number) {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

// XMLHttpRequest rather than fetch: it reports upload progress, which matters for multi-megabyte files.
function postImport(form: FormData, onProgress: (loaded: number, total: number) => void, onUploaded: () => void): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/api/v1/imports");
    xhr.responseType = "text";
    xhr.upload.onprogress = (event) => onProgress(event.loaded, event.lengthComputable ? event.total : 0);
    xhr.upload.onload = onUploaded;
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = null;
      }
      resolve({ status: xhr.status, body });
    };
    xhr.onerror = () => reject(new Error("The upload failed: check your connection and try again"));
    xhr.send(form);
  });
}

function errorsOf(status: number, body: unknown): FieldError[] {
  const b = body as { errors?: FieldError[]; error?: { message?: string } } | null;
  if (b?.errors && Array.isArray(b.errors)) return b.errors;
  if (b?.error?.message) return [{ path: status === 409 ? "file" : "(request)", message: b.error.message }];
  return [{ path: "(request)", message: `The server answered ${status}` }];
}

export function ImportUploader({ models, accelerators, precisions, maxFileBytes }: Props) {
  const [file, setFile] = useState<File | null>(null);
  const [format, setFormat] = useState("auto");
  const [defaults, setDefaults] = useState<Defaults>(EMPTY_DEFAULTS);
  const [phase, setPhase] = useState<Phase>("idle");
  const [progress, setProgress] = useState<{ loaded: number; total: number }>({ loaded: 0, total: 0 });
  const [report, setReport] = useState<ImportReport | null>(null);
  const [errors, setErrors] = useState<FieldError[]>([]);

  const busy = phase === "uploading" || phase === "processing";

  async function send(dryRun: boolean) {
    if (!file) {
      setErrors([{ path: "file", message: "Choose a file first" }]);
      return;
    }
    if (file.size > maxFileBytes) {
      setErrors([{ path: "file", message: `The file is ${megabytes(file.size)}; files may be at most ${megabytes(maxFileBytes)}. Split it and import the parts.` }]);
      return;
    }
    const form = new FormData();
    form.set("file", file, file.name);
    form.set("format", format);
    form.set("dryRun", dryRun ? "true" : "false");
    for (const [key, value] of Object.entries(defaults)) if (value.trim() !== "") form.set(key, value.trim());
    setErrors([]);
    setPhase("uploading");
    setProgress({ loaded: 0, total: file.size });
    try {
      const { status, body } = await postImport(form, (loaded, total) => setProgress({ loaded, total }), () => setPhase("processing"));
      if (status === 200 || status === 201) {
        setReport(body as ImportReport);
        setPhase(dryRun ? "preview" : "done");
      } else {
        setErrors(errorsOf(status, body));
        if (status === 422 && body && typeof body === "object" && "rows" in body) setReport(body as ImportReport);
        setPhase(report ? "preview" : "idle");
      }
    } catch (error) {
      setErrors([{ path: "(request)", message: (error as Error).message }]);
      setPhase(report ? "preview" : "idle");
    }
  }

  const setDefault = (key: keyof Defaults) => (event: { target: { value: string } }) => setDefaults((d) => ({ ...d, [key]: event.target.value }));
  const creatable = report ? report.ready + report.flagged : 0;
  const percent = progress.total > 0 ? Math.round((progress.loaded / progress.total) * 100) : 0;

  return (
    <div className="space-y-6" data-testid="import-uploader">
      <section className="grid gap-4 sm:grid-cols-3" aria-label="File">
        <div className="flex flex-col text-sm sm:col-span-2">
          <label htmlFor="import-file" className="mb-1 font-medium">
            Results file (at most {megabytes(maxFileBytes)})
          </label>
          <input
            id="import-file"
            type="file"
            accept=".json,.jsonl,.csv,application/json,text/csv"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setReport(null);
              setErrors([]);
              setPhase("idle");
            }}
            className="text-sm"
            data-testid="import-file"
          />
          <span className="mt-0.5 text-xs text-slate-500">vLLM `bench serve --save-result` JSON (or JSON Lines), MLPerf Inference summary (JSON or CSV), or the TokenCost CSV template.</span>
        </div>
        <div className="flex flex-col text-sm">
          <label htmlFor="import-format" className="mb-1 font-medium">
            Format
          </label>
          <select id="import-format" value={format} onChange={(e) => setFormat(e.target.value)} className={inputClass} data-testid="import-format">
            <option value="auto">Detect automatically</option>
            <option value="vllm">vLLM benchmark result</option>
            <option value="mlperf">MLPerf Inference summary</option>
            <option value="csv">TokenCost CSV</option>
          </select>
        </div>
      </section>

      {report ? (
        <section className="space-y-3 rounded border border-slate-200 p-4 dark:border-slate-700" aria-labelledby="mapping-heading" data-testid="mapping-step">
          <h2 id="mapping-heading">Mapping: values for what the file lacks</h2>
          {report.missingFields.length > 0 ? (
            <p className="text-sm text-amber-800 dark:text-amber-300" data-testid="missing-fields">
              The file does not say: <strong>{report.missingFields.join(", ")}</strong>. Choose them below and preview again.
            </p>
          ) : (
            <p className="text-sm">Every required field was found in the file. Values below only fill gaps; they never override the file.</p>
          )}
          <div className="grid gap-3 sm:grid-cols-3 lg:grid-cols-4">
            <label className="flex flex-col text-sm">
              <span className="mb-1 font-medium">Model</span>
              <select name="model" value={defaults.model} onChange={setDefault("model")} className={inputClass} data-testid="default-model">
                <option value="">(from the file)</option>
                {models.map((m) => (
                  <option key={m.slug} value={m.slug}>
                    {m.name}
                  </option>
                ))}
              </select>
            </label>
            <label className="flex flex-col text-sm">
              <span className="mb-1 font-medium">Accelerator</span>
              <select name="accelerator" value={defaults.accelerator} onChange={setDefault("accelerator")} className={inputClass} data-testid="default-accelerator">
                <option value="">(from the file)</option>
                {accelerators.map((a) => (
                  <option key={a.slug} value={a.slug}>
                    {a.name}
                  </option>
                ))}
              </select>
            </label>
            <label className="flex flex-col text-sm">
              <span className="mb-1 font-medium">Accelerator count</span>
              <input name="acceleratorCount" type="number" min={1} step={1} value={defaults.acceleratorCount} onChange={setDefault("acceleratorCount")} className={inputClass} data-testid="default-acceleratorCount" />
            </label>
            <label className="flex flex-col text-sm">
              <span className="mb-1 font-medium">Precision</span>
              <select name="precision" value={defaults.precision} onChange={setDefault("precision")} className={inputClass} data-testid="default-precision">
                <option value="">(from the file)</option>
                {precisions.map((p) => (
                  <option key={p} value={p}>
                    {p}
                  </option>
                ))}
              </select>
            </label>
            <label className="flex flex-col text-sm">
              <span className="mb-1 font-medium">Engine</span>
              <input name="engine" value={defaults.engine} onChange={setDefault("engine")} placeholder="(from the file)" className={inputClass} data-testid="default-engine" />
            </label>
            <label className="flex flex-col text-sm">
              <span className="mb-1 font-medium">Engine version</span>
              <input name="engineVersion" value={defaults.engineVersion} onChange={setDefault("engineVersion")} className={inputClass} data-testid="default-engineVersion" />
            </label>
            <label className="flex flex-col text-sm sm:col-span-2">
              <span className="mb-1 font-medium">Source URL</span>
              <input name="sourceUrl" type="url" value={defaults.sourceUrl} onChange={setDefault("sourceUrl")} placeholder="https://…" className={inputClass} data-testid="default-sourceUrl" />
            </label>
          </div>
        </section>
      ) : null}

      <div className="flex flex-wrap items-center gap-3">
        <button type="button" onClick={() => send(true)} disabled={busy || !file} className="rounded border border-brand-600 px-4 py-2 font-semibold text-brand-700 disabled:opacity-50 dark:text-sky-300" data-testid="import-preview-button">
          {report ? "Preview again" : "Upload and preview"}
        </button>
        {report && phase === "preview" ? (
          <button type="button" onClick={() => send(false)} disabled={busy || creatable === 0} className="rounded bg-brand-600 px-4 py-2 font-semibold text-white disabled:opacity-50" data-testid="import-confirm-button">
            Import {creatable} result{creatable === 1 ? "" : "s"}
          </button>
        ) : null}
      </div>

      {busy ? (
        <div className="space-y-1" data-testid="import-progress">
          <progress className="w-full" max={100} value={phase === "processing" ? undefined : percent} aria-label="Upload progress" />
          <p className="text-sm" role="status">
            {phase === "uploading"
              ? `Uploading… ${percent} % (${megabytes(progress.loaded)} of ${megabytes(progress.total)})`
              : "Uploaded. Checking every row against the catalog and the physical bounds…"}
          </p>
        </div>
      ) : null}

      {errors.length > 0 ? (
        <div role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100" data-testid="import-errors">
          <ul className="list-disc pl-5">
            {errors.map((e) => (
              <li key={e.path + e.message}>
                {e.path !== "(request)" && e.path !== "(body)" ? <code>{e.path}</code> : null} {e.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      {report ? <ImportReportView report={report} done={phase === "done"} /> : null}
    </div>
  );
}

function ImportReportView({ report, done }: { report: ImportReport; done: boolean }) {
  return (
    <section className="space-y-3" aria-labelledby="report-heading" data-testid="import-report" data-created={report.created} data-parsed={report.parsed} data-skipped={report.skipped.length}>
      <h2 id="report-heading">{done ? "Imported" : "Preview (nothing written yet)"}</h2>
      <p className="text-sm" data-testid="import-summary">
        {report.format} file “{report.fileName}” ({formatNumber(report.fileBytes / 1024, 1)} KB, SHA-256 <code className="text-xs">{report.fileSha256.slice(0, 16)}…</code>):{" "}
        <strong>{report.parsed}</strong> rows read, {done ? <strong>{report.created} created</strong> : <strong>{report.ready + report.flagged} to create</strong>}
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
      <div className="overflow-x-auto">
        <table data-testid="import-rows">
          <thead>
            <tr>
              <th scope="col">Row</th>
              <th scope="col">Result</th>
              <th scope="col">Status</th>
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
            {report.rows.map((r) => {
              const s = r.submission as Record<string, number | string | undefined>;
              return (
                <tr key={r.row} data-testid="import-row" data-row={r.row} data-status={r.status}>
                  <td>{r.row}</td>
                  <td>
                    {r.label}
                    {r.missing.length > 0 ? <span className="block text-xs text-amber-700">needs {r.missing.join(", ")}</span> : null}
                    {r.errors.map((e) => (
                      <span key={e.path + e.message} className="block text-xs text-red-700">
                        {e.path}: {e.message}
                      </span>
                    ))}
                  </td>
                  <td>{r.status}</td>
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
                          <span key={f.code} className={`block ${f.severity === "error" ? "text-red-700" : f.severity === "warning" ? "text-amber-700" : "text-slate-600"}`} title={f.message}>
                            {f.severity}: {f.code}
                          </span>
                        ))}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {report.rowsTruncated ? <p className="text-xs text-slate-500">Only the first {report.rows.length} rows are listed.</p> : null}
      {report.skipped.length > 0 ? (
        <details data-testid="import-skipped">
          <summary className="cursor-pointer text-sm font-semibold">Skipped rows ({report.skipped.length})</summary>
          <ul className="mt-2 max-h-96 list-disc overflow-y-auto pl-5 text-xs">
            {report.skipped.map((s) => (
              <li key={`${s.row}-${s.reason}`}>{s.reason}</li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
