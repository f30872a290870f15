import { Select } from "@/components/ui/select";
import type { CapacityPlan } from "@/lib/data/plans/get-plan-for-query";
import type { PlanQuery } from "@/lib/validation/plan";

type Option = { value: string; label: string };

const inputClass = "w-full rounded border border-slate-300 bg-white px-2 py-1.5 dark:border-slate-600 dark:bg-slate-900";

function NumberField({ name, label, value, placeholder, glossary }: { name: string; label: string; value?: number; placeholder?: string; glossary?: string }) {
  return (
    <div className="flex flex-col text-sm">
      <label htmlFor={`p-${name}`} className="mb-1 font-medium">
        {glossary ? (
          <a href={`/glossary#${glossary}`} className="text-inherit underline decoration-dotted underline-offset-4">
            {label}
          </a>
        ) : (
          label
        )}
      </label>
      <input
        id={`p-${name}`}
        name={name}
        type="number"
        inputMode="decimal"
        step="any"
        min="0"
        defaultValue={value ?? ""}
        placeholder={placeholder}
        className={inputClass}
      />
    </div>
  );
}

// A GET form: the whole plan lives in the URL, so a link reproduces it. Fields show the effective values
// (the saved plan's, or the query's); a saved plan stays the base through the hidden scenario field.
export function PlanForm({ query, plan, models }: { query: PlanQuery; plan: CapacityPlan | null; models: Option[] }) {
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
      <Select name="model" id="p-model" label="Model" value={model} options={models} allLabel="Choose a model" />
      <Select
        name="mode"
        id="p-mode"
        label="Plan for"
        value={inputs?.mode ?? query.mode ?? "demand"}
        allLabel={null}
        options={[
          { value: "demand", label: "A demand (tokens per day)" },
          { value: "power", label: "A power cap (MW)" },
        ]}
      />
      <NumberField
        name="outputTokensPerDay"
        label="Output tokens per day"
        value={inputs?.outputTokensPerDay ?? query.outputTokensPerDay}
        placeholder="e.g. 5000000000"
      />
      <NumberField name="requestsPerDay" label="or requests per day" value={inputs?.requestsPerDay ?? query.requestsPerDay} placeholder="with lengths below" />
      <NumberField name="inputTokens" label="Average input tokens" value={params?.inputTokens ?? query.inputTokens} placeholder="any" />
      <NumberField name="outputTokens" label="Average output tokens" value={params?.outputTokens ?? query.outputTokens} placeholder="any" />
      <NumberField
        name="peakToAverage"
        label="Peak-to-average"
        glossary="plan-peak-tokens-per-second"
        value={inputs?.peakToAverage ?? query.peakToAverage}
        placeholder="1"
      />
      <NumberField
        name="minTokensPerSecondPerUser"
        label="Interactivity target (tok/s per user)"
        glossary="interactivity"
        value={params?.interactivityTarget ?? query.minTokensPerSecondPerUser}
        placeholder="none"
      />
      <NumberField name="ttftMsLimit" label="TTFT limit (ms)" glossary="ttft" value={params?.ttftMsLimit ?? query.ttftMsLimit} placeholder="none" />
      <Select
        name="deployment"
        id="p-deployment"
        label="Deployment"
        value={params?.deployment ?? query.deployment}
        allLabel={null}
        options={[
          { value: "all", label: "All (cloud, on-prem, estimates)" },
          { value: "cloud", label: "Cloud" },
          { value: "onprem", label: "On-prem" },
          { value: "estimate", label: "Ownership estimates" },
        ]}
      />
      <NumberField name="powerCapMw" label="Site power cap (MW)" glossary="plan-fits" value={inputs?.powerCapMw ?? query.powerCapMw} placeholder="none" />
      <NumberField
        name="budgetUsdPerMonth"
        label="Monthly budget ($)"
        glossary="plan-fits"
        value={inputs?.budgetUsdPerMonth ?? query.budgetUsdPerMonth}
        placeholder="none"
      />
      <div className="flex items-end sm:col-span-2 lg:col-span-4">
        <button type="submit" className="rounded bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700" data-testid="plan-submit">
          Plan
        </button>
      </div>
    </form>
  );
}
