import type { Metadata } from "next";

import { ScenarioForm } from "@/components/scenarios/scenario-form";
import { Link } from "@/components/ui/link";
import { QueryErrors } from "@/components/ui/query-errors";
import { requirePageUser } from "@/lib/auth/page-guards";
import { getScenarioParamsForCaller } from "@/lib/data/scenarios/get-scenario-params";
import { getScenarioFormOptions } from "@/lib/data/scenarios/scenario-form-options";
import { AppError, type FieldError } from "@/lib/errors";
import { parseSearchParams } from "@/lib/http/page-helpers";
import { PARAM_LABELS, type ParamKey } from "@/lib/pure/diff-params";
import { leaderboardQuerySchema, queryToParamOverrides, resolveParams } from "@/lib/validation/leaderboard-query";
import { DEFAULT_SCENARIO_PARAMS, type ScenarioParams } from "@/lib/validation/scenario-params";

import { createScenarioAction } from "../actions";

export const metadata: Metadata = { title: "New scenario" };

type RawSearchParams = Record<string, string | string[] | undefined>;

// "Save as scenario" lands here with the leaderboard's query string: the form starts from those
// filters (on top of the scenario the leaderboard was ranked under, if any).
export default async function NewScenarioPage({ searchParams }: PageProps<"/scenarios/new">) {
  const raw = (await searchParams) as RawSearchParams;
  const back = new URLSearchParams(Object.entries(raw).flatMap(([k, v]) => (v === undefined ? [] : (Array.isArray(v) ? v : [v]).map((x) => [k, x]))));
  const user = await requirePageUser(`/scenarios/new${back.size ? `?${back}` : ""}`);
  const caller = user;
  const { data: query, errors } = parseSearchParams(leaderboardQuerySchema, raw);
  const notes: FieldError[] = [...errors];

  let base: Partial<ScenarioParams> = {};
  let fromScenario: string | null = null;
  if (query.scenario && query.scenario !== "none") {
    try {
      const found = await getScenarioParamsForCaller({ id: query.scenario, revision: query.revision, user: caller });
      base = found.params;
      fromScenario = `${found.name} (revision ${found.revision})`;
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      notes.push({ path: "scenario", message: error.message });
    }
  }
  const overrides = queryToParamOverrides(query);
  const resolved = resolveParams(base, overrides);
  let params: ScenarioParams = DEFAULT_SCENARIO_PARAMS;
  if (resolved.success) params = resolved.params;
  else notes.push(...resolved.errors);
  if (query.vendor) notes.push({ path: "vendor", message: "A vendor filter is a view, not an assumption: it is not saved in the scenario" });

  const options = await getScenarioFormOptions({ user: caller });
  const fromLeaderboard = Object.keys(overrides) as ParamKey[];
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-500">
        <Link href="/scenarios">Scenarios</Link>
      </p>
      <h1>New scenario</h1>
      {fromScenario || fromLeaderboard.length ? (
        <p className="text-sm text-slate-600 dark:text-slate-400" data-testid="prefill-note">
          Prefilled from the leaderboard{fromScenario ? ` under scenario ${fromScenario}` : ""}
          {fromLeaderboard.length ? `: ${fromLeaderboard.map((k) => PARAM_LABELS[k]?.label ?? k).join(", ")}` : ""}.
        </p>
      ) : null}
      <QueryErrors errors={notes} />
      <ScenarioForm
        action={createScenarioAction}
        initial={{ name: "", visibility: "private", teamId: "", params }}
        teams={options.teams}
        models={options.models}
        modelTypes={options.modelTypes}
        canChangeSharing
        submitLabel="Save scenario"
        testId="scenario-form"
      />
    </div>
  );
}
