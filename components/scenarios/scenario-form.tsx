"use client";

import { useActionState } from "react";

import { FieldError } from "@/components/ui/field-error";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE, type ActionState } from "@/lib/auth/action-state";
import { ASSUMPTION_DOCS } from "@/lib/cost/assumptions";
import { SERVING_REGIME_DOCS, SERVING_REGIMES, WORKLOAD_CLASS_DOCS, WORKLOAD_CLASSES } from "@/lib/cost/workload";
import { DEPLOYMENT_LABELS, EVIDENCE_LABELS } from "@/lib/format/labels";
import { PARAM_LABELS } from "@/lib/pure/diff-params";
import { EVIDENCE_KINDS } from "@/lib/validation/enums";
import { DEPLOYMENTS, PRECISIONS, PRICING_BASES } from "@/lib/validation/scenario-params";

type Option = { value: string; label: string };
type Values = { name?: unknown; visibility?: unknown; teamId?: unknown; params?: Record<string, unknown> };

export type ScenarioFormProps = {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  initial: Values;
  teams: Option[];
  models: Option[];
  modelTypes: Option[];
  /** Edit form: the revision being edited (a concurrent save then answers 409). */
  expectedRevision?: number;
  /** Only the owner moves a scenario between private and a team. */
  canChangeSharing: boolean;
  sharingNote?: string;
  submitLabel: string;
  testId: string;
};

const fieldClass = "rounded border border-slate-300 bg-white px-2 py-1.5 text-sm dark:border-slate-600 dark:bg-slate-900 aria-[invalid=true]:border-red-500";

function ErrorText({ path, errors }: { path: string; errors?: Record<string, string> }) {
  return <FieldError id={`err-${path}`} name={path} message={errors?.[path]} testId={`error-${path}`} />;
}

function str(value: unknown): string {
  return value === undefined || value === null || (typeof value === "number" && Number.isNaN(value)) ? "" : String(value);
}

export function ScenarioForm(props: ScenarioFormProps) {
  const [state, formAction] = useActionState(props.action, IDLE as ActionState);
  const values: Values = (state.input as Values | undefined) ?? props.initial;
  const params = values.params ?? {};
  const errors = state.fieldErrors;
  const listOf = (key: string) => new Set(Array.isArray(params[key]) ? (params[key] as unknown[]).map(String) : []);
  const precisions = listOf("precisions");
  const evidence = listOf("evidence");
  const models = listOf("models");
  const invalid = (path: string) => (errors?.[path] ? true : undefined);
  const describedBy = (path: string) => (errors?.[path] ? `err-${path}` : undefined);

  const numberField = (key: keyof typeof PARAM_LABELS, hint?: string, step = "any") => {
    const path = `params.${key}`;
    const meta = PARAM_LABELS[key];
    return (
      <div className="flex flex-col gap-1 text-sm" key={key}>
        <label htmlFor={`s-${key}`} className="font-medium">
          {meta.label}
          {meta.unit ? <span className="font-normal text-slate-500"> ({meta.unit})</span> : null}
        </label>
        <input
          id={`s-${key}`}
          name={key}
          type="number"
          step={step}
          inputMode="decimal"
          defaultValue={str(params[key])}
          placeholder={hint}
          aria-invalid={invalid(path)}
          aria-describedby={describedBy(path)}
          className={`${fieldClass} w-36`}
        />
        <ErrorText path={path} errors={errors} />
      </div>
    );
  };

  const selectField = (key: string, label: string, options: Option[], emptyLabel: string | null) => {
    const path = `params.${key}`;
    return (
      <div className="flex flex-col gap-1 text-sm" key={key}>
        <label htmlFor={`s-${key}`} className="font-medium">
          {label}
        </label>
        <select
          id={`s-${key}`}
          name={key}
          defaultValue={str(params[key])}
          aria-invalid={invalid(path)}
          aria-describedby={describedBy(path)}
          className={fieldClass}
        >
          {emptyLabel !== null ? <option value="">{emptyLabel}</option> : null}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
        <ErrorText path={path} errors={errors} />
      </div>
    );
  };

  const allowed = [
    { value: "true", label: "Allowed" },
    { value: "false", label: "Excluded" },
  ];
  const visibility = str(values.visibility) || "private";

  return (
    <form key={JSON.stringify(state.input ?? null)} action={formAction} className="space-y-6" data-testid={props.testId} noValidate>
      {props.expectedRevision ? <input type="hidden" name="expectedRevision" value={props.expectedRevision} /> : null}
      <fieldset className="space-y-3">
        <legend className="mb-2 text-lg font-semibold">Name and sharing</legend>
        <div className="flex flex-col gap-1 text-sm">
          <label htmlFor="s-name" className="font-medium">
            Name
          </label>
          <input
            id="s-name"
            name="name"
            defaultValue={str(values.name)}
            required
            maxLength={120}
            aria-invalid={invalid("name")}
            aria-describedby={describedBy("name")}
            className={`${fieldClass} max-w-md`}
          />
          <ErrorText path="name" errors={errors} />
        </div>
        {props.canChangeSharing ? (
          <div className="flex flex-wrap gap-4">
            <div className="flex flex-col gap-1 text-sm">
              <label htmlFor="s-visibility" className="font-medium">
                Visibility
              </label>
              <select id="s-visibility" name="visibility" defaultValue={visibility} className={fieldClass} data-testid="scenario-visibility">
                <option value="private">Private (only you)</option>
                <option value="team" disabled={props.teams.length === 0}>
                  Team (members read, owners/admins edit)
                </option>
              </select>
              <ErrorText path="visibility" errors={errors} />
            </div>
            <div className="flex flex-col gap-1 text-sm">
              <label htmlFor="s-teamId" className="font-medium">
                Team
              </label>
              <select
                id="s-teamId"
                name="teamId"
                defaultValue={str(values.teamId)}
                aria-invalid={invalid("teamId")}
                aria-describedby={describedBy("teamId")}
                className={fieldClass}
                data-testid="scenario-team"
              >
                <option value="">—</option>
                {props.teams.map((t) => (
                  <option key={t.value} value={t.value}>
                    {t.label}
                  </option>
                ))}
              </select>
              <ErrorText path="teamId" errors={errors} />
              {props.teams.length === 0 ? <p className="text-xs text-slate-500">You can share with teams where you are an owner or admin.</p> : null}
            </div>
          </div>
        ) : (
          <>
            <input type="hidden" name="visibility" value={visibility} />
            <input type="hidden" name="teamId" value={str(values.teamId)} />
            {props.sharingNote ? <p className="text-sm text-slate-600 dark:text-slate-400">{props.sharingNote}</p> : null}
          </>
        )}
      </fieldset>

      <fieldset className="space-y-3">
        <legend className="mb-2 text-lg font-semibold">What is ranked</legend>
        <div className="flex flex-wrap items-start gap-4">
          {selectField("modelType", "Model type", props.modelTypes, "Any model type")}
          <div className="flex flex-col gap-1 text-sm">
            <label htmlFor="s-models" className="font-medium">
              Models <span className="font-normal text-slate-500">(none selected: all of the type)</span>
            </label>
            <select
              id="s-models"
              name="models"
              multiple
              size={6}
              defaultValue={[...models]}
              className={`${fieldClass} min-w-56`}
              aria-invalid={invalid("params.models")}
            >
              {props.models.map((m) => (
                <option key={m.value} value={m.value}>
                  {m.label}
                </option>
              ))}
            </select>
            <ErrorText path="params.models" errors={errors} />
          </div>
          {selectField(
            "deployment",
            PARAM_LABELS.deployment.label,
            DEPLOYMENTS.map((d) => ({ value: d, label: DEPLOYMENT_LABELS[d] })),
            null,
          )}
          {selectField(
            "pricingBasis",
            PARAM_LABELS.pricingBasis.label,
            PRICING_BASES.map((p) => ({ value: p, label: p })),
            "Any basis",
          )}
          {selectField(
            "tokenBasis",
            PARAM_LABELS.tokenBasis.label,
            [
              { value: "output", label: "Output tokens" },
              { value: "total", label: "Input + output tokens" },
            ],
            null,
          )}
        </div>
        <fieldset className="flex flex-wrap items-center gap-3 text-sm">
          <legend className="mb-1 font-medium">Allowed precisions (none ticked: all)</legend>
          {PRECISIONS.map((p) => (
            <label key={p} className="flex items-center gap-1">
              <input type="checkbox" name="precisions" value={p} defaultChecked={precisions.has(p)} /> {p}
            </label>
          ))}
          <ErrorText path="params.precisions" errors={errors} />
        </fieldset>
        <fieldset className="flex flex-wrap items-center gap-3 text-sm">
          <legend className="mb-1 font-medium">{PARAM_LABELS.evidence.label} (none ticked: all)</legend>
          {EVIDENCE_KINDS.map((e) => (
            <label key={e} className="flex items-center gap-1">
              <input type="checkbox" name="evidence" value={e} defaultChecked={evidence.has(e)} /> {EVIDENCE_LABELS[e].label}
            </label>
          ))}
          <ErrorText path="params.evidence" errors={errors} />
        </fieldset>
        <div className="flex flex-wrap gap-4">
          {selectField(
            "workloadClass",
            PARAM_LABELS.workloadClass.label,
            WORKLOAD_CLASSES.map((c) => ({ value: c, label: WORKLOAD_CLASS_DOCS[c].label })),
            "Any workload",
          )}
          {selectField(
            "servingRegime",
            PARAM_LABELS.servingRegime.label,
            SERVING_REGIMES.map((r) => ({ value: r, label: SERVING_REGIME_DOCS[r].label })),
            "Any regime",
          )}
        </div>
        <div className="flex flex-wrap gap-4">
          {selectField("allowSpeculativeDecoding", PARAM_LABELS.allowSpeculativeDecoding.label, allowed, null)}
          {selectField("allowDisaggregated", PARAM_LABELS.allowDisaggregated.label, allowed, null)}
          {selectField("allowKvCacheOffload", PARAM_LABELS.allowKvCacheOffload.label, allowed, null)}
        </div>
        <div className="flex flex-wrap gap-4">
          {numberField("interactivityTarget", "none")}
          {numberField("ttftMsLimit", "none")}
          {numberField("inputTokens", "any", "1")}
          {numberField("outputTokens", "any", "1")}
        </div>
      </fieldset>

      <fieldset className="space-y-3">
        <legend className="mb-2 text-lg font-semibold">Cost assumptions</legend>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Defaults and their sources are on the <a href="/glossary#defaults">glossary</a>.
        </p>
        <div className="flex flex-wrap gap-4">
          {(["electricityUsdPerKwh", "pue", "utilization", "amortizationYears", "annualOpexRate", "cloudDiscount"] as const).map((key) =>
            numberField(key, `${ASSUMPTION_DOCS[key].default} (default, ${ASSUMPTION_DOCS[key].min}–${ASSUMPTION_DOCS[key].max})`),
          )}
        </div>
      </fieldset>

      <FormMessage state={state} testId={`${props.testId}-error`} />
      <SubmitButton testId={`${props.testId}-submit`} pendingLabel="Saving…">
        {props.submitLabel}
      </SubmitButton>
    </form>
  );
}
