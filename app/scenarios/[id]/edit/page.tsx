import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { ScenarioForm } from "@/components/scenarios/scenario-form";
import { Link } from "@/components/ui/link";
import { requirePageUser } from "@/lib/auth/page-guards";
import { getScenario } from "@/lib/data/scenarios/get-scenario";
import { getScenarioFormOptions } from "@/lib/data/scenarios/scenario-form-options";
import { orNotFound } from "@/lib/http/page-helpers";

import { updateScenarioAction } from "../../actions";

export const metadata: Metadata = { title: "Edit scenario" };

export default async function EditScenarioPage({ params }: PageProps<"/scenarios/[id]/edit">) {
  const { id } = await params;
  const user = await requirePageUser(`/scenarios/${encodeURIComponent(id)}/edit`);
  const caller = user;
  const scenario = await orNotFound(getScenario({ id, user: caller }));
  // Readers who may not edit see the same page as for a missing scenario: nothing to do here.
  if (!scenario.canEdit) notFound();
  const options = await getScenarioFormOptions({ user: caller });
  // The current team stays selectable even when the editor may not share with it.
  const teams =
    scenario.team && !options.teams.some((t) => t.value === scenario.team!.id)
      ? [...options.teams, { value: scenario.team.id, label: scenario.team.name }]
      : options.teams;
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-500">
        <Link href="/scenarios">Scenarios</Link> / <Link href={`/scenarios/${scenario.id}`}>{scenario.name}</Link>
      </p>
      <h1>Edit scenario</h1>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Saving adds revision {scenario.latestRevision + 1}. Revision {scenario.latestRevision} and earlier stay as they are, so pinned links keep their ranking.
      </p>
      <ScenarioForm
        action={updateScenarioAction.bind(null, scenario.id)}
        initial={{ name: scenario.name, visibility: scenario.visibility, teamId: scenario.team?.id ?? "", params: scenario.params }}
        teams={teams}
        models={options.models}
        modelTypes={options.modelTypes}
        expectedRevision={scenario.latestRevision}
        canChangeSharing={scenario.canChangeSharing}
        sharingNote={scenario.team ? `Shared with team ${scenario.team.name}; only the owner (${scenario.owner.name}) can change sharing.` : undefined}
        submitLabel={`Save revision ${scenario.latestRevision + 1}`}
        testId="scenario-form"
      />
    </div>
  );
}
