import type { Metadata } from "next";

import { DeleteScenarioForm } from "@/components/scenarios/delete-scenario-form";
import { ParamChangesTable } from "@/components/scenarios/param-changes-table";
import { RevisionHistory } from "@/components/scenarios/revision-history";
import { ScenarioParamsTable } from "@/components/scenarios/scenario-params-table";
import { ActionForm } from "@/components/ui/action-form";
import { Link } from "@/components/ui/link";
import { QueryErrors } from "@/components/ui/query-errors";
import { SubmitButton } from "@/components/ui/submit-button";
import { requirePageUser } from "@/lib/auth/page-guards";
import { diffRevisions } from "@/lib/data/scenarios/diff-revisions";
import { getDeletionImpact } from "@/lib/data/scenarios/get-deletion-impact";
import { getModelNames } from "@/lib/data/scenarios/get-model-names";
import { getScenario } from "@/lib/data/scenarios/get-scenario";
import { listRevisions } from "@/lib/data/scenarios/list-revisions";
import { AppError, type FieldError } from "@/lib/errors";
import { orNotFound, parseSearchParams } from "@/lib/http/page-helpers";
import { scenarioDiffQuerySchema as diffQuerySchema } from "@/lib/validation/scenario-query";

import { cloneScenarioAction, deleteScenarioAction, setDefaultScenarioAction } from "../actions";

export const metadata: Metadata = { title: "Scenario" };

export default async function ScenarioPage({ params, searchParams }: PageProps<"/scenarios/[id]">) {
  const { id } = await params;
  const user = await requirePageUser(`/scenarios/${encodeURIComponent(id)}`);
  const caller = user;
  // Missing and unreadable scenarios are the same 404.
  const scenario = await orNotFound(getScenario({ id, user: caller }));
  const revisions = await listRevisions({ id: scenario.id, user: caller });
  // Every revision's models in one query: the table, the diff and the history show names, not slugs.
  const modelNames = await getModelNames({ slugs: revisions.flatMap((r) => r.params.models ?? []) });
  const paramsOf = (revision: number) => revisions.find((r) => r.revision === revision)?.params ?? null;
  const impact = scenario.canEdit ? await getDeletionImpact({ id: scenario.id, user: caller }) : null;

  const { data: query, errors } = parseSearchParams(diffQuerySchema, await searchParams);
  const notes: FieldError[] = [...errors];
  const to = query.to ?? scenario.latestRevision;
  const from = query.from ?? Math.max(1, to - 1);
  let diff: Awaited<ReturnType<typeof diffRevisions>> | null = null;
  if (scenario.latestRevision > 1 || query.from || query.to) {
    try {
      diff = await diffRevisions({ id: scenario.id, user: caller, from, to });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      notes.push({ path: "from/to", message: error.message });
    }
  }

  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <p className="text-sm text-slate-500">
          <Link href="/scenarios">Scenarios</Link>
        </p>
        <h1 data-testid="scenario-name">{scenario.name}</h1>
        <p className="text-sm text-slate-600 dark:text-slate-400" data-testid="scenario-meta">
          {scenario.visibility === "team" && scenario.team ? (
            <>
              Shared with team <span data-testid="scenario-team-name">{scenario.team.name}</span>
            </>
          ) : (
            "Private"
          )}{" "}
          · owner {scenario.owner.name} · revision <span data-testid="scenario-revision">{scenario.latestRevision}</span>
          {scenario.isDefault ? (
            <>
              {" "}
              · <span data-testid="scenario-default">your default scenario</span>
            </>
          ) : null}
        </p>
      </div>

      <nav aria-label="Scenario actions" className="flex flex-wrap items-start gap-3 text-sm">
        <Link
          href={`/leaderboard?scenario=${scenario.id}`}
          className="rounded bg-brand-600 px-3 py-1.5 font-medium text-white hover:bg-brand-700"
          data-testid="open-leaderboard"
        >
          Open leaderboard under this scenario
        </Link>
        {scenario.plan ? (
          <Link href={`/plan?scenario=${scenario.id}&revision=${scenario.revision}`} className="self-center" data-testid="open-plan">
            Open its capacity plan
          </Link>
        ) : null}
        <Link href={`/scenarios/${scenario.id}/sensitivity`} className="self-center" data-testid="open-sensitivity">
          Sensitivity
        </Link>
        <Link href={`/scenarios/compare?a=${scenario.id}`} className="self-center" data-testid="open-compare">
          Compare with another scenario
        </Link>
        {scenario.canEdit ? (
          <Link href={`/scenarios/${scenario.id}/edit`} className="self-center" data-testid="edit-scenario">
            Edit
          </Link>
        ) : null}
      </nav>

      <div className="flex flex-wrap items-start gap-4">
        <ActionForm action={cloneScenarioAction.bind(null, scenario.id)} className="flex items-end gap-2" testId="clone-form">
          <label className="flex flex-col text-sm">
            <span className="font-medium">Name of the copy</span>
            <input
              name="name"
              defaultValue={`Copy of ${scenario.name}`.slice(0, 120)}
              maxLength={120}
              className="rounded border border-slate-300 px-2 py-1.5 dark:border-slate-600 dark:bg-slate-900"
            />
          </label>
          <SubmitButton variant="secondary" testId="clone-scenario">
            Clone
          </SubmitButton>
        </ActionForm>
        <ActionForm action={setDefaultScenarioAction.bind(null, scenario.isDefault ? null : scenario.id)} testId="default-form">
          <SubmitButton variant="secondary" testId={scenario.isDefault ? "clear-default" : "set-default"}>
            {scenario.isDefault ? "Stop using as my default" : "Use as my default on /leaderboard"}
          </SubmitButton>
        </ActionForm>
      </div>

      <section aria-labelledby="params-title" className="space-y-2">
        <h2 id="params-title">Parameters (revision {scenario.latestRevision})</h2>
        <ScenarioParamsTable params={scenario.params} modelNames={modelNames} />
      </section>

      <section aria-labelledby="diff-title" className="space-y-3">
        <h2 id="diff-title">Compare revisions</h2>
        <QueryErrors errors={notes} />
        <form method="get" className="flex flex-wrap items-end gap-3 text-sm" data-testid="diff-form">
          {(["from", "to"] as const).map((name) => (
            <label key={name} className="flex flex-col">
              <span className="font-medium">{name === "from" ? "From revision" : "To revision"}</span>
              <select
                name={name}
                defaultValue={String(name === "from" ? from : to)}
                className="rounded border border-slate-300 px-2 py-1.5 dark:border-slate-600 dark:bg-slate-900"
                data-testid={`diff-${name}`}
              >
                {revisions.map((r) => (
                  <option key={r.revision} value={r.revision}>
                    {r.revision}
                  </option>
                ))}
              </select>
            </label>
          ))}
          <button type="submit" className="rounded border border-slate-300 px-3 py-1.5 dark:border-slate-600" data-testid="diff-submit">
            Show differences
          </button>
        </form>
        {diff ? (
          <ParamChangesTable
            changes={diff.changes}
            beforeLabel={`Revision ${diff.from}`}
            afterLabel={`Revision ${diff.to}`}
            testId="revision-diff"
            values={{ before: paramsOf(diff.from), after: paramsOf(diff.to) ?? {} }}
            modelNames={modelNames}
          />
        ) : (
          <p className="text-sm text-slate-600 dark:text-slate-400">Only one revision so far: edit the scenario to add another.</p>
        )}
      </section>

      <section aria-labelledby="history-title" className="space-y-2">
        <h2 id="history-title">History</h2>
        <RevisionHistory scenarioId={scenario.id} revisions={revisions} modelNames={modelNames} />
      </section>

      {impact ? (
        <section aria-labelledby="delete-title" className="space-y-3">
          <h2 id="delete-title">Delete scenario</h2>
          <DeleteScenarioForm
            action={deleteScenarioAction.bind(null, scenario.id)}
            scenarioName={scenario.name}
            revisions={impact.revisions}
            teamName={scenario.team?.name ?? null}
            defaultForPeople={impact.defaultForPeople}
            isMyDefault={scenario.isDefault}
          />
        </section>
      ) : null}
    </div>
  );
}
