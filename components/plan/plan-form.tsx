import { FieldError } from "@/components/ui/field-error";
import { Select } from "@/components/ui/select";
import type { CapacityPlan } from "@/lib/data/plans/get-plan-for-query";
import type { PlanQuery } from "@/lib/validation/plan";

import { PLAN_FIELD_LABELS } from "./plan-field-labels";

type Option = { value: string; label: string };

const inputClass = "w-full rounded border border-slate-300 bg-white px-2 py-1.5 dark:border-slate-600 dark:bg-slate-900";
const invalidClass = "border-red-600 dark:border-red-500";

// A field's error sits below it and is what the control's aria-describedby names.
function errorProps(name: string, error?: string) {
  return {
    "aria-invalid": error ? true : undefined,
    "aria-describedby": error ? `p-${name}-error` : undefined,
    className: error ? `${inputClass} ${invalidClass}` : inputClass,
  };
}

function FieldLabel({ name, label, glossary }: { name: string; label: string; glossary?: string }) {
  return (
    <label htmlFor={`p-${name}`} className="mb-1 font-medium">
      {glossary ? (
        <a href={`/glossary#${glossary}`} className="text-inherit underline decoration-dotted underline-offset-4">
          {label}
        </a>
      ) : (
        label
      )}
    </label>
  );
}

function NumberField({
  name,
  label,
  value,
  placeholder,
  glossary,
  error,
}: {
  name: string;
  label: string;
  value?: number | string;
  placeholder?: string;
  glossary?: string;
  error?: string;
}) {
  return (
    <div className="flex flex-col text-sm">
      <FieldLabel name={name} label={label} glossary={glossary} />
      <input
        id={`p-${name}`}
        name={name}
        type="number"
        inputMode="decimal"
        step="any"
        min="0"
        defaultValue={value ?? ""}
        placeholder={placeholder}
        {...errorProps(name, error)}
      />
      <FieldError id={`p-${name}-error`} name={name} testId={`plan-${name}-error`} message={error} />
    </div>
  );
}

// A GET form: the whole plan lives in the URL, so a link reproduces it. Fields show the effective values
// (the saved plan's, or the query's); a saved plan stays the base through the hidden scenario field.
export function PlanForm({
  query,
  plan,
  models,
  errors = {},
  raw = {},
}: {
  query: PlanQuery;
  plan: CapacityPlan | null;
  models: Option[];
  /** Error message per field name (errorsByField). */
  errors?: Record<string, string>;
  /** The query string as typed: a field in error shows what was typed, not the value left after it. */
  raw?: Record<string, string | string[] | undefined>;
}) {
  const L = PLAN_FIELD_LABELS;
  const typed = (name: string, value: number | undefined) => {
    const given = raw[name];
    return errors[name] && typeof given === "string" && given !== "" ? given : value;
  };
  const inputs = plan?.inputs;
  const params = plan?.params;
  const model = params?.models?.[0] ?? query.model;
  return (
    <form
      method="get"
      action="/plan"
      className="grid gap-3 rounded-lg border border-slate-200 p-4 sm:grid-cols-2 lg:grid-cols-4 dark:border-slate-800"
      data-testid="plan-form"
    >
      {query.scenario ? <input type="hidden" name="scenario" value={query.scenario} /> : null}
      {query.revision ? <input type="hidden" name="revision" value={query.revision} /> : null}
      <Select
        name="model"
        id="p-model"
        label={L.model}
        value={model}
        options={models}
        allLabel="Choose a model"
        error={errors.model}
        errorTestId="plan-model-error"
      />
      <Select
        name="mode"
        id="p-mode"
        label={L.mode}
        value={inputs?.mode ?? query.mode ?? "demand"}
        allLabel={null}
        error={errors.mode}
        errorTestId="plan-mode-error"
        options={[
          { value: "demand", label: "A demand (tokens per day)" },
          { value: "power", label: "A power cap (MW)" },
        ]}
      />
      <NumberField
        name="outputTokensPerDay"
        label={L.outputTokensPerDay}
        value={typed("outputTokensPerDay", inputs?.outputTokensPerDay ?? query.outputTokensPerDay)}
        placeholder="e.g. 5000000000"
        error={errors.outputTokensPerDay}
      />
      <NumberField
        name="requestsPerDay"
        label={`or ${L.requestsPerDay.toLowerCase()}`}
        value={typed("requestsPerDay", inputs?.requestsPerDay ?? query.requestsPerDay)}
        placeholder="with lengths below"
        error={errors.requestsPerDay}
      />
      {/* Only turn requests into tokens: results of any benchmark length are ranked. */}
      <NumberField
        name="inputTokens"
        label={L.inputTokens}
        value={typed("inputTokens", inputs?.inputTokens ?? query.inputTokens)}
        placeholder="per request"
        error={errors.inputTokens}
      />
      <NumberField
        name="outputTokens"
        label={L.outputTokens}
        value={typed("outputTokens", inputs?.outputTokens ?? query.outputTokens)}
        placeholder="per request"
        error={errors.outputTokens}
      />
      <NumberField
        name="peakToAverage"
        label={L.peakToAverage}
        glossary="plan-peak-tokens-per-second"
        value={typed("peakToAverage", inputs?.peakToAverage ?? query.peakToAverage)}
        placeholder="1"
        error={errors.peakToAverage}
      />
      <NumberField
        name="minTokensPerSecondPerUser"
        label={L.minTokensPerSecondPerUser}
        glossary="interactivity"
        value={typed("minTokensPerSecondPerUser", params?.interactivityTarget ?? query.minTokensPerSecondPerUser)}
        placeholder="none"
        error={errors.minTokensPerSecondPerUser}
      />
      <NumberField
        name="ttftMsLimit"
        label={L.ttftMsLimit}
        glossary="ttft"
        value={typed("ttftMsLimit", params?.ttftMsLimit ?? query.ttftMsLimit)}
        placeholder="none"
        error={errors.ttftMsLimit}
      />
      <Select
        name="deployment"
        id="p-deployment"
        label={L.deployment}
        value={params?.deployment ?? query.deployment}
        allLabel={null}
        error={errors.deployment}
        errorTestId="plan-deployment-error"
        options={[
          { value: "all", label: "All (cloud, on-prem, estimates)" },
          { value: "cloud", label: "Cloud" },
          { value: "onprem", label: "On-prem" },
          { value: "estimate", label: "Ownership estimates" },
        ]}
      />
      <NumberField
        name="powerCapMw"
        label={L.powerCapMw}
        glossary="plan-fits"
        value={typed("powerCapMw", inputs?.powerCapMw ?? query.powerCapMw)}
        placeholder="none"
        error={errors.powerCapMw}
      />
      <NumberField
        name="budgetUsdPerMonth"
        label={L.budgetUsdPerMonth}
        glossary="plan-fits"
        value={typed("budgetUsdPerMonth", inputs?.budgetUsdPerMonth ?? query.budgetUsdPerMonth)}
        placeholder="none"
        error={errors.budgetUsdPerMonth}
      />
      <div className="flex items-end sm:col-span-2 lg:col-span-4">
        <button type="submit" className="rounded bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700" data-testid="plan-submit">
          Plan
        </button>
      </div>
    </form>
  );
}
