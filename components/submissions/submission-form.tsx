"use client";

import { useActionState, useState, type ReactNode } from "react";

import { FieldError } from "@/components/ui/field-error";
import { FormMessage } from "@/components/ui/form-message";
import { IDLE, type ActionState } from "@/lib/auth/action-state";

import { CostPreviewPanel } from "./cost-preview";
import { FindingsList } from "./findings-list";
import type { SubmitFormData } from "./submit-form-state";

type Choice = { slug: string; name: string };
type Props = {
  action: (state: ActionState<SubmitFormData>, formData: FormData) => Promise<ActionState<SubmitFormData>>;
  models: Choice[];
  accelerators: Choice[];
  precisions: readonly string[];
  speculativeMethods: readonly string[];
};

const inputClass =
  "w-full rounded border border-slate-300 bg-white px-2 py-1.5 text-sm dark:border-slate-600 dark:bg-slate-900 aria-[invalid=true]:border-red-500";

function FieldShell({ name, label, hint, errors, children }: { name: string; label: string; hint?: string; errors: string[]; children: ReactNode }) {
  return (
    <div className="flex flex-col text-sm">
      <label htmlFor={`f-${name}`} className="mb-1 font-medium">
        {label}
      </label>
      {children}
      {hint ? (
        <span id={`h-${name}`} className="mt-0.5 text-xs text-slate-500">
          {hint}
        </span>
      ) : null}
      {errors.map((message) => (
        <FieldError key={message} id={`e-${name}`} name={name} message={message} testId={`error-${name}`} />
      ))}
    </div>
  );
}

// The submit form. Values survive every round trip (React resets a form after its action, back to
// these defaults). "Submit" is offered once a preview of the current values has been seen.
export function SubmissionForm({ action, models, accelerators, precisions, speculativeMethods }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE as ActionState<SubmitFormData>);
  // Counts the action's answers: inputs re-mount with the echoed values on each, and a preview is
  // current until the form changes after it.
  const [answer, setAnswer] = useState({ state, version: 0 });
  if (answer.state !== state) setAnswer({ state, version: answer.version + 1 });
  const version = answer.state === state ? answer.version : answer.version + 1;
  const [changedSince, setChangedSince] = useState<number | null>(null);
  const errorsFor = (key: string) => (state.fieldErrors?.[key] ? [state.fieldErrors[key]] : []);
  const v = state.values ?? {};
  const preview = state.data?.preview;
  const previewIsCurrent = Boolean(preview) && changedSince !== version;
  const markChanged = () => setChangedSince(version);

  const field = (name: string, label: string, opts: { type?: string; step?: string; hint?: string; required?: boolean; placeholder?: string } = {}) => {
    const errors = errorsFor(name);
    return (
      <FieldShell name={name} label={label} hint={opts.hint} errors={errors}>
        <input
          id={`f-${name}`}
          name={name}
          type={opts.type ?? "text"}
          step={opts.step}
          inputMode={opts.type === "number" ? "decimal" : undefined}
          defaultValue={v[name] ?? ""}
          placeholder={opts.placeholder}
          aria-invalid={errors.length > 0}
          aria-describedby={errors.length > 0 ? `e-${name}` : opts.hint ? `h-${name}` : undefined}
          className={inputClass}
        />
      </FieldShell>
    );
  };
  const select = (name: string, label: string, options: { value: string; label: string }[], placeholder: string) => {
    const errors = errorsFor(name);
    return (
      <FieldShell name={name} label={label} errors={errors}>
        <select id={`f-${name}`} name={name} defaultValue={v[name] ?? ""} key={`${name}-${version}`} aria-invalid={errors.length > 0} className={inputClass}>
          <option value="">{placeholder}</option>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </FieldShell>
    );
  };
  const checkbox = (name: string, label: string) => (
    <label className="flex items-center gap-2 text-sm">
      <input type="checkbox" name={name} value="true" defaultChecked={v[name] === "true"} key={`${name}-${version}`} />
      {label}
      {errorsFor(name).map((m) => (
        <FieldError key={m} name={name} message={m} testId={`error-${name}`} />
      ))}
    </label>
  );

  return (
    <form action={formAction} onChange={markChanged} className="space-y-6" noValidate data-testid="submission-form">
      <FormMessage state={state} testId="form-message" />
      <fieldset className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <legend className="mb-2 text-lg font-semibold">Hardware and software</legend>
        {select(
          "model",
          "Model",
          models.map((m) => ({ value: m.slug, label: m.name })),
          "Choose a model",
        )}
        {select(
          "accelerator",
          "Accelerator",
          accelerators.map((a) => ({ value: a.slug, label: a.name })),
          "Choose an accelerator",
        )}
        {field("acceleratorCount", "Accelerator count", {
          type: "number",
          step: "1",
          hint: "Every accelerator the result used (prefill + decode when disaggregated)",
        })}
        {select(
          "precision",
          "Precision",
          precisions.map((p) => ({ value: p, label: p })),
          "Choose a precision",
        )}
        {field("engine", "Engine", { placeholder: "vLLM, SGLang, TensorRT-LLM…" })}
        {field("engineVersion", "Engine version", { placeholder: "0.9.1" })}
        {field("systemName", "System name", { placeholder: "8× H100 SXM server" })}
      </fieldset>
      <fieldset className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <legend className="mb-2 text-lg font-semibold">Features</legend>
        {select(
          "features.speculativeDecoding",
          "Speculative decoding",
          speculativeMethods.map((m) => ({ value: m, label: m })),
          "none",
        )}
        {field("features.expertParallelism", "Expert parallelism (degree)", { type: "number", step: "1", hint: "MoE models only" })}
        <div className="flex flex-col gap-2 pt-5">
          {checkbox("features.kvCacheOffload", "KV-cache offload")}
          {checkbox("features.disaggregated", "Disaggregated prefill/decode")}
        </div>
        {field("prefillAcceleratorCount", "Prefill accelerators", { type: "number", step: "1", hint: "Only when disaggregated" })}
        {field("decodeAcceleratorCount", "Decode accelerators", { type: "number", step: "1", hint: "Only when disaggregated" })}
      </fieldset>
      <fieldset className="grid gap-4 sm:grid-cols-3">
        <legend className="mb-2 text-lg font-semibold">Workload</legend>
        {field("inputTokens", "Input length (tokens)", { type: "number", step: "1" })}
        {field("outputTokens", "Output length (tokens)", { type: "number", step: "1" })}
        {field("concurrency", "Concurrency (requests)", { type: "number", step: "1" })}
      </fieldset>
      <fieldset className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <legend className="mb-2 text-lg font-semibold">Metrics</legend>
        {field("outputTokensPerSecond", "Output throughput, system (tok/s)", {
          type: "number",
          step: "any",
          hint: "Generated tokens per second, whole system",
        })}
        {field("inputTokensPerSecond", "Input throughput, system (tok/s)", { type: "number", step: "any" })}
        {field("interactivityTokensPerSecondPerUser", "Interactivity (tok/s per user)", {
          type: "number",
          step: "any",
          hint: "Output speed one user sees, about 1000 / TPOT",
        })}
        {field("ttftMsP50", "TTFT p50 (ms)", { type: "number", step: "any" })}
        {field("ttftMsP99", "TTFT p99 (ms)", { type: "number", step: "any" })}
        {field("tpotMsP50", "TPOT p50 (ms)", { type: "number", step: "any" })}
        {field("tpotMsP99", "TPOT p99 (ms)", { type: "number", step: "any" })}
        {field("averagePowerWatts", "Average power, system (W)", { type: "number", step: "any", hint: "Measured at the wall for all accelerators' servers" })}
      </fieldset>
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-lg font-semibold">Provenance</legend>
        {field("sourceUrl", "Source URL", { type: "url", placeholder: "https://…", hint: "Where the result is published or reproducible from" })}
        <FieldShell name="notes" label="Notes" errors={errorsFor("notes")}>
          <textarea id="f-notes" name="notes" rows={3} defaultValue={v.notes ?? ""} className={inputClass} />
        </FieldShell>
      </fieldset>

      {preview && previewIsCurrent ? (
        <section
          aria-labelledby="preview-heading"
          className="space-y-3 rounded border border-slate-200 p-4 dark:border-slate-700"
          data-testid="submission-preview"
          data-status={preview.status}
        >
          <h2 id="preview-heading">Preview</h2>
          <p className="text-sm">
            {preview.model.name} on {preview.accelerator.name}: this result will be{" "}
            <strong>{preview.status === "flagged" ? "flagged for a moderator (a physical bound is exceeded)" : "queued for review"}</strong>.
          </p>
          <CostPreviewPanel preview={preview.costPreview} />
          <h3 className="font-semibold">Plausibility findings</h3>
          <FindingsList findings={preview.findings} />
        </section>
      ) : null}

      <div className="flex flex-wrap items-center gap-3">
        <button
          type="submit"
          name="intent"
          value="preview"
          disabled={pending}
          className="rounded border border-brand-600 px-4 py-2 font-semibold text-brand-700 disabled:opacity-50 dark:text-sky-300"
          data-testid="preview-button"
        >
          {pending ? "Checking…" : "Preview cost and checks"}
        </button>
        <button
          type="submit"
          name="intent"
          value="submit"
          disabled={pending || !previewIsCurrent}
          className="rounded bg-brand-600 px-4 py-2 font-semibold text-white disabled:opacity-50"
          data-testid="submit-button"
        >
          Submit for review
        </button>
        {!previewIsCurrent ? <span className="text-xs text-slate-500">Preview the current values first.</span> : null}
      </div>
    </form>
  );
}
