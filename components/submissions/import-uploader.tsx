"use client";

import { useState } from "react";

import {
  DEFAULT_KEYS,
  DEFAULT_LABELS,
  EMPTY_DEFAULTS,
  ImportMapping,
  inputClass,
  type Choice,
  type DefaultKey,
  type Defaults,
} from "@/components/submissions/import/import-mapping";
import { ImportReportView } from "@/components/submissions/import/import-report-view";
import { errorsOf, megabytes, postImport, type FieldError } from "@/components/submissions/import/post-import";
import { FieldError as FieldErrorText } from "@/components/ui/field-error";
import type { ImportReport } from "@/lib/data/imports/import-report";
import { IMPORT_FORMAT_LABELS, IMPORT_FORMAT_NAMES } from "@/lib/importers/formats";
import { errorsByField } from "@/lib/validation/field-errors";

type Props = { models: Choice[]; accelerators: Choice[]; precisions: readonly string[]; maxFileBytes: number };
type Phase = "idle" | "uploading" | "processing" | "preview" | "done";

const FILE_FIELDS = { file: "Results file", systemFile: "System description", format: "Format" } as const;

// The API names a mapping value's error defaults.<key>; on this page that is the mapping field <key>.
function withoutDefaultsPrefix(errors: FieldError[]): FieldError[] {
  return errors.map((e) => ({ ...e, path: e.path.replace(/^defaults\./, "") }));
}

// The summary names a field by its label, as the form does, rather than by its API path, unless the
// message already starts with that name.
function summaryLabel(error: FieldError): string | null {
  const key = error.path.replace(/^defaults\./, "");
  const label = Object.hasOwn(DEFAULT_LABELS, key)
    ? DEFAULT_LABELS[key as DefaultKey]
    : Object.hasOwn(FILE_FIELDS, key)
      ? FILE_FIELDS[key as keyof typeof FILE_FIELDS]
      : error.path === "(request)" || error.path === "(body)"
        ? null
        : error.path;
  return label && !error.message.toLowerCase().startsWith(label.toLowerCase()) ? label : null;
}

// Fields where some row's file value and the form's value disagree (the rows' warnings say so).
function conflictsOf(report: ImportReport | null): DefaultKey[] {
  if (!report) return [];
  const keys = new Set(
    report.rows.flatMap((r) => r.warnings.map((w) => /^(\w+): the (file says|form's)/.exec(w)?.[1]).filter((k): k is string => k !== undefined)),
  );
  return DEFAULT_KEYS.filter((k) => keys.has(k));
}

export function ImportUploader({ models, accelerators, precisions, maxFileBytes }: Props) {
  const [file, setFile] = useState<File | null>(null);
  const [systemFile, setSystemFile] = useState<File | null>(null);
  const [format, setFormat] = useState("auto");
  const [defaults, setDefaults] = useState<Defaults>(EMPTY_DEFAULTS);
  const [overrides, setOverrides] = useState<DefaultKey[]>([]);
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
      setErrors([
        { path: "file", message: `The file is ${megabytes(file.size)}; files may be at most ${megabytes(maxFileBytes)}. Split it and import the parts.` },
      ]);
      return;
    }
    const form = new FormData();
    form.set("file", file, file.name);
    if (systemFile) form.set("systemFile", systemFile, systemFile.name);
    form.set("format", format);
    form.set("dryRun", dryRun ? "true" : "false");
    for (const [key, value] of Object.entries(defaults)) if (value.trim() !== "") form.set(key, value.trim());
    const activeOverrides = overrides.filter((key) => defaults[key].trim() !== "");
    if (activeOverrides.length > 0) form.set("overrides", activeOverrides.join(","));
    setErrors([]);
    setPhase("uploading");
    setProgress({ loaded: 0, total: file.size });
    try {
      const { status, body } = await postImport(
        form,
        (loaded, total) => setProgress({ loaded, total }),
        () => setPhase("processing"),
      );
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

  const reset = () => {
    setReport(null);
    setErrors([]);
    setPhase("idle");
  };
  const creatable = report ? report.ready + report.flagged : 0;
  const mappingErrors = errorsByField(withoutDefaultsPrefix(errors), DEFAULT_KEYS);
  const fileErrors = errorsByField(errors, Object.keys(FILE_FIELDS));
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
            accept=".json,.jsonl,.csv,.md,.txt,application/json,text/csv,text/plain,text/markdown"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              reset();
            }}
            className="text-sm"
            data-testid="import-file"
            aria-invalid={Boolean(fileErrors.file)}
            aria-describedby={fileErrors.file ? "import-file-error" : undefined}
          />
          <FieldErrorText id="import-file-error" name="import-file" message={fileErrors.file} />
          <span className="mt-0.5 text-xs text-slate-500">
            vLLM / SGLang serving benchmark JSON (or JSON Lines), vLLM nightly tables, guidellm CSV, LLMPerf, genai-perf / AIPerf, MLPerf summaries or
            mlperf_log_summary.txt, or the TokenCost CSV template. The format is recognised by the file&apos;s keys.
          </span>
          <label htmlFor="import-system-file" className="mt-3 mb-1 font-medium">
            MLPerf system description JSON (optional, with an mlperf_log_summary.txt)
          </label>
          <input
            id="import-system-file"
            type="file"
            accept=".json,application/json"
            onChange={(e) => {
              setSystemFile(e.target.files?.[0] ?? null);
              reset();
            }}
            className="text-sm"
            data-testid="import-system-file"
            aria-invalid={Boolean(fileErrors.systemFile)}
            aria-describedby={fileErrors.systemFile ? "import-system-file-error" : undefined}
          />
          <FieldErrorText id="import-system-file-error" name="import-system-file" message={fileErrors.systemFile} />
        </div>
        <div className="flex flex-col text-sm">
          <label htmlFor="import-format" className="mb-1 font-medium">
            Format
          </label>
          <select
            id="import-format"
            value={format}
            onChange={(e) => setFormat(e.target.value)}
            className={inputClass}
            data-testid="import-format"
            aria-invalid={Boolean(fileErrors.format)}
            aria-describedby={fileErrors.format ? "import-format-error" : undefined}
          >
            <option value="auto">Detect automatically</option>
            {IMPORT_FORMAT_NAMES.map((name) => (
              <option key={name} value={name}>
                {IMPORT_FORMAT_LABELS[name]}
              </option>
            ))}
          </select>
          <FieldErrorText id="import-format-error" name="import-format" message={fileErrors.format} />
        </div>
      </section>

      {report ? (
        <ImportMapping
          models={models}
          accelerators={accelerators}
          precisions={precisions}
          missingRows={report.missingRows}
          conflicts={conflictsOf(report)}
          defaults={defaults}
          overrides={overrides}
          errors={mappingErrors}
          onDefault={(key, value) => setDefaults((d) => ({ ...d, [key]: value }))}
          onOverride={(key, on) => setOverrides((o) => (on ? [...new Set([...o, key])] : o.filter((k) => k !== key)))}
        />
      ) : null}

      <div className="flex flex-wrap items-center gap-3">
        <button
          type="button"
          onClick={() => send(true)}
          disabled={busy || !file}
          className="rounded border border-brand-600 px-4 py-2 font-semibold text-brand-700 disabled:opacity-50 dark:text-sky-300"
          data-testid="import-preview-button"
        >
          {report ? "Preview again" : "Upload and preview"}
        </button>
        {report && phase === "preview" ? (
          <button
            type="button"
            onClick={() => send(false)}
            disabled={busy || creatable === 0}
            className="rounded bg-brand-600 px-4 py-2 font-semibold text-white disabled:opacity-50"
            data-testid="import-confirm-button"
          >
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
        <div
          role="alert"
          className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900 wrap-anywhere dark:border-red-800 dark:bg-red-950 dark:text-red-100"
          data-testid="import-errors"
        >
          <ul className="list-disc pl-5">
            {errors.map((e) => {
              const label = summaryLabel(e);
              return (
                <li key={e.path + e.message}>
                  {label ? <strong>{label}:</strong> : null} {e.message}
                </li>
              );
            })}
          </ul>
        </div>
      ) : null}

      {report ? <ImportReportView report={report} done={phase === "done"} /> : null}
    </div>
  );
}
