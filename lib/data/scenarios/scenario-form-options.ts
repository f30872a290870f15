import "server-only";

import type { UserRef } from "@/lib/auth/types";
import { MODEL_TYPES } from "@/lib/cost/model-type";
import { listModels } from "@/lib/data/catalog/list-models";

import { listShareableTeams } from "./list-shareable-teams";

type Option = { value: string; label: string };

/** Choices the scenario form offers: catalog models and types, and the teams the user may share with. */
export async function getScenarioFormOptions({ user }: { user: UserRef }): Promise<{ models: Option[]; modelTypes: Option[]; teams: Option[] }> {
  const [models, teams] = await Promise.all([listModels(), listShareableTeams({ user })]);
  return {
    models: models.map((m) => ({ value: m.slug, label: m.name })),
    modelTypes: MODEL_TYPES.map((t) => ({ value: t.slug, label: t.label })),
    teams: teams.map((t) => ({ value: t.id, label: t.name })),
  };
}
