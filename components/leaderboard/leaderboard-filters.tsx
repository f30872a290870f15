"use client";

// A client component with JSON props: the form's many fields travel once as data in the page payload.
import { useState } from "react";

import { Select } from "@/components/ui/select";
import { ASSUMPTION_DOCS } from "@/lib/cost/assumptions";
import { SERVING_REGIME_DOCS, SERVING_REGIMES, WORKLOAD_CLASS_DOCS, WORKLOAD_CLASSES } from "@/lib/cost/workload";
import { DEPLOYMENT_LABELS, EVIDENCE_LABELS } from "@/lib/format/labels";
import { EVIDENCE_KINDS, PRECISIONS, PRICING_BASES } from "@/lib/validation/enums";
import type { LeaderboardQuery } from "@/lib/validation/leaderboard-query";
import type { ScenarioParams } from "@/lib/validation/scenario-params";

type Option = { value: string; label: string };

const inputClass = "w-full rounded border border-slate-300 bg-white px-2 py-1.5 dark:border-slate-600 dark:bg-slate-900";

function NumberField({ name, label, value, placeholder, step = "any" }: { name: string; label: string; value?: number; placeholder: string; step?: string }) {
  return (
    <div className="flex flex-col text-sm">
      <label htmlFor={`f-${name}`} className="mb-1 font-medium">
        {label}
      </label>
      <input
        id={`f-${name}`}
        name={name}
        type="number"
        inputMode="decimal"
        step={step}
        min="0"
        defaultValue={value ?? ""}
        placeholder={placeholder}
        className={inputClass}
      />
    </div>
  );
}

const ALLOWED = [
  { value: "true", label: "Allowed" },
  { value: "false", label: "Excluded" },
];

// A GET form: every filter lives in the URL, so a link reproduces the view. Empty fields fall back to
// the scenario or the documented default, shown as the placeholder.
export function LeaderboardFilters({
  action,
  query,
  params,
  models,
  vendors,
  fixedModelType,
  allModelsLabel,
}: {
  action: string;
  query: LeaderboardQuery;
  params: ScenarioParams;
  models: Option[];
  vendors: Option[];
  fixedModelType?: string;
  /** The model select's empty choice when a default scenario narrows the ranking to a model type. */
  allModelsLabel?: string;
}) {
  const assumptionsOpen = Boolean(
    query.electricityUsdPerKwh ?? query.pue ?? query.utilization ?? query.amortizationYears ?? query.annualOpexRate ?? query.cloudDiscount ?? query.asOf,
  );
  // The date field becomes a date picker once the assumptions are opened: a date input's calendar icon is
  // an SVG image the browser builds on the main thread while the page loads (5–20 ms here, more on a
  // phone), for a field most visitors never see. Before that, and without scripts, it takes the
  // same YYYY-MM-DD text.
  const [datePicker, setDatePicker] = useState(assumptionsOpen);
  const selectedPrecisions = new Set(query.precision ?? []);
  const selectedEvidence = new Set<string>(query.evidence ?? []);
  return (
    <form method="get" action={action} className="space-y-4 rounded-lg border border-slate-200 p-4 dark:border-slate-800" data-testid="leaderboard-filters">
      {query.scenario ? <input type="hidden" name="scenario" value={query.scenario} /> : null}
      {query.revision ? <input type="hidden" name="revision" value={query.revision} /> : null}
      <div className="grid grid-cols-2 gap-3 lg:grid-cols-1">
        <Select
          name="model"
          label="Model"
          value={query.model}
          options={models}
          allLabel={allModelsLabel ?? (fixedModelType ? "All of this type" : "All models")}
        />
        <Select
          name="deployment"
          label="Deployment"
          value={query.deployment}
          allLabel={null}
          options={(["all", "cloud", "onprem", "estimate"] as const).map((value) => ({ value, label: DEPLOYMENT_LABELS[value] }))}
        />
        <Select name="pricingBasis" label="Pricing basis" value={query.pricingBasis} options={PRICING_BASES.map((v) => ({ value: v, label: v }))} />
        <Select name="vendor" label="Vendor" value={query.vendor} options={vendors} />
        <Select
          name="tokenBasis"
          label="Token basis"
          value={query.tokenBasis}
          allLabel={null}
          options={[
            { value: "output", label: "Output tokens" },
            { value: "total", label: "Input + output tokens" },
          ]}
        />
        <Select
          name="workload"
          label="Workload"
          value={query.workload}
          options={WORKLOAD_CLASSES.map((value) => ({ value, label: WORKLOAD_CLASS_DOCS[value].label }))}
          allLabel="All workloads"
        />
        <Select
          name="servingRegime"
          label="Serving regime"
          value={query.servingRegime}
          options={SERVING_REGIMES.map((value) => ({ value, label: SERVING_REGIME_DOCS[value].label }))}
          allLabel="Any regime"
        />
        <NumberField
          name="interactivity"
          label="Min tok/s per user"
          value={query.interactivity}
          placeholder={params.interactivityTarget ? String(params.interactivityTarget) : "none"}
        />
        <NumberField name="ttftMs" label="TTFT limit (ms)" value={query.ttftMs} placeholder={params.ttftMsLimit ? String(params.ttftMsLimit) : "none"} />
      </div>
      <fieldset className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
        <legend className="mb-1 font-medium">Precision</legend>
        {PRECISIONS.map((p) => (
          <label key={p} className="flex items-center gap-1">
            <input type="checkbox" name="precision" value={p} defaultChecked={selectedPrecisions.has(p)} /> {p}
          </label>
        ))}
      </fieldset>
      <fieldset className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
        <legend className="mb-1 font-medium">Evidence</legend>
        {EVIDENCE_KINDS.map((e) => (
          <label key={e} className="flex items-center gap-1" title={EVIDENCE_LABELS[e].description}>
            <input type="checkbox" name="evidence" value={e} defaultChecked={selectedEvidence.has(e)} /> {EVIDENCE_LABELS[e].label}
          </label>
        ))}
      </fieldset>
      <div className="grid grid-cols-2 gap-3 lg:grid-cols-1">
        <Select
          name="allowSpeculativeDecoding"
          label="Speculative decoding"
          value={query.allowSpeculativeDecoding === undefined ? undefined : String(query.allowSpeculativeDecoding)}
          options={ALLOWED}
          allLabel={params.allowSpeculativeDecoding ? "Allowed (default)" : "Excluded (scenario)"}
        />
        <Select
          name="allowDisaggregated"
          label="Disaggregated serving"
          value={query.allowDisaggregated === undefined ? undefined : String(query.allowDisaggregated)}
          options={ALLOWED}
          allLabel={params.allowDisaggregated ? "Allowed (default)" : "Excluded (scenario)"}
        />
        <Select
          name="allowKvCacheOffload"
          label="KV-cache offload"
          value={query.allowKvCacheOffload === undefined ? undefined : String(query.allowKvCacheOffload)}
          options={ALLOWED}
          allLabel={params.allowKvCacheOffload ? "Allowed (default)" : "Excluded (scenario)"}
        />
      </div>
      <details className="text-sm" open={assumptionsOpen} onToggle={(event) => event.currentTarget.open && setDatePicker(true)}>
        <summary className="cursor-pointer font-medium">Assumptions (electricity, PUE, utilization, amortization, opex, discount, date)</summary>
        <div className="mt-3 grid grid-cols-2 gap-3 lg:grid-cols-1">
          <NumberField
            name="electricityUsdPerKwh"
            label={`Electricity (${ASSUMPTION_DOCS.electricityUsdPerKwh.unit})`}
            value={query.electricityUsdPerKwh}
            placeholder={String(params.electricityUsdPerKwh)}
          />
          <NumberField name="pue" label="PUE" value={query.pue} placeholder={String(params.pue)} />
          <NumberField name="utilization" label="Utilization (0–1)" value={query.utilization} placeholder={String(params.utilization)} />
          <NumberField name="amortizationYears" label="Amortization (years)" value={query.amortizationYears} placeholder={String(params.amortizationYears)} />
          <NumberField name="annualOpexRate" label="Annual opex (share of capex)" value={query.annualOpexRate} placeholder={String(params.annualOpexRate)} />
          <NumberField name="cloudDiscount" label="Cloud discount (0–0.9)" value={query.cloudDiscount} placeholder={String(params.cloudDiscount)} />
          <div className="flex flex-col text-sm">
            <label htmlFor="f-asOf" className="mb-1 font-medium">
              Prices as of
            </label>
            <input
              id="f-asOf"
              name="asOf"
              type={datePicker ? "date" : "text"}
              pattern="[0-9]{4}-[0-9]{2}-[0-9]{2}"
              title="A date as YYYY-MM-DD"
              placeholder="YYYY-MM-DD"
              defaultValue={query.asOf ?? ""}
              className={inputClass}
            />
          </div>
        </div>
      </details>
      <div className="flex gap-3">
        <button type="submit" className="rounded bg-brand-600 px-4 py-1.5 text-sm font-medium text-white hover:bg-brand-700" data-testid="apply-filters">
          Apply
        </button>
        <a href={action} className="self-center text-sm">
          Reset
        </a>
      </div>
    </form>
  );
}
