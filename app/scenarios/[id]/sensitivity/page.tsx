import type { Metadata } from "next";

import { SensitivitySections } from "@/components/scenarios/sensitivity-sections";
import { Link } from "@/components/ui/link";
import { QueryErrors } from "@/components/ui/query-errors";
import { Select } from "@/components/ui/select";
import { requirePageUser } from "@/lib/auth/page-guards";
import { listModels } from "@/lib/data/catalog/list-models";
import { getScenario } from "@/lib/data/scenarios/get-scenario";
import { getScenarioSensitivity, type ScenarioSensitivity } from "@/lib/data/scenarios/get-scenario-sensitivity";
import { AppError, type FieldError } from "@/lib/errors";
import { offeringKindLabel } from "@/lib/format/labels";
import { formatUsd } from "@/lib/format/numbers";
import { orNotFound, parseSearchParams } from "@/lib/http/page-helpers";
import { scenarioSensitivityQuerySchema as querySchema } from "@/lib/validation/scenario-query";

export const metadata: Metadata = { title: "Scenario sensitivity" };

export default async function ScenarioSensitivityPage({ params, searchParams }: PageProps<"/scenarios/[id]/sensitivity">) {
  const { id } = await params;
  const user = await requirePageUser(`/scenarios/${encodeURIComponent(id)}/sensitivity`);
  const caller = user;
  const { data: query, errors } = parseSearchParams(querySchema, await searchParams);
  const notes: FieldError[] = [...errors];
  const scenario = await orNotFound(getScenario({ id, user: caller, revision: query.revision }));
  const models = await listModels(scenario.params.modelType ? { modelType: scenario.params.modelType } : {});
  const model = query.model ?? scenario.params.models?.[0] ?? models.find((m) => m._count.submissions > 0)?.slug;

  let data: ScenarioSensitivity | null = null;
  if (model) {
    try {
      data = await getScenarioSensitivity({ id: scenario.id, revision: scenario.revision, user: caller, model });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      notes.push({ path: "model", message: error.message });
    }
  }
  const names = new Map(data?.offerings.map((o) => [o.key, o.offeringName]) ?? []);
  const name = (key: string) => names.get(key) ?? key;
  const top = data?.offerings[0];

  return (
    <div className="space-y-6">
      <p className="text-sm text-slate-500">
        <Link href="/scenarios">Scenarios</Link> / <Link href={`/scenarios/${scenario.id}`}>{scenario.name}</Link>
      </p>
      <h1>Sensitivity: where the top offering loses its place</h1>
      <p className="text-sm text-slate-600 dark:text-slate-400" data-testid="sensitivity-scenario">
        Scenario {scenario.name}, revision {scenario.revision}, one model at a time.
      </p>
      <form method="get" className="flex flex-wrap items-end gap-3" data-testid="sensitivity-form">
        {query.revision ? <input type="hidden" name="revision" value={query.revision} /> : null}
        <Select name="model" label="Model" value={model} options={models.map((m) => ({ value: m.slug, label: m.name }))} allLabel={null} />
        <button type="submit" className="rounded border border-slate-300 px-3 py-1.5 text-sm dark:border-slate-600" data-testid="sensitivity-submit">
          Show
        </button>
      </form>
      <QueryErrors errors={notes} />
      {data && top ? (
        <>
          <p data-testid="sensitivity-top">
            Top offering: <strong>{top.offeringName}</strong> at {formatUsd(top.usdPerMillionTokens, 3)} per million {data.params.tokenBasis} tokens (
            {offeringKindLabel(top.kind).toLowerCase()}
            ), ahead of {data.offerings.length - 1} other offering{data.offerings.length === 2 ? "" : "s"}.
          </p>
          <SensitivitySections data={data} name={name} />
          <p className="text-xs text-slate-500">
            Each offering is compared at the configuration (precision, engine, point on the frontier) that ranks it under this scenario.
          </p>
        </>
      ) : data ? (
        <p data-testid="sensitivity-empty">No offering has an approved result for this model under this scenario.</p>
      ) : null}
    </div>
  );
}
