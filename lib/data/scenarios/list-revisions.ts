import "server-only";

import type { UserRef } from "@/lib/auth/types";
import { db } from "@/lib/db";
import { diffParams, type ParamChange } from "@/lib/pure/diff-params";
import { scenarioParamsSchema, type ScenarioParams } from "@/lib/validation/scenario-params";

import { personName, type ScenarioPerson } from "./get-scenario";
import { loadReadableScenario } from "./load-scenario";

export type ScenarioRevisionEntry = {
  revision: number;
  createdAt: Date;
  author: ScenarioPerson | null;
  params: ScenarioParams;
  /** What this revision changed from the one before (revision 1: from the documented defaults). */
  changes: ParamChange[];
};

/** Every revision of a readable scenario, newest first, each with who saved it and what changed. */
export async function listRevisions({ id, user }: { id: unknown; user: UserRef | null }): Promise<ScenarioRevisionEntry[]> {
  const { scenario } = await loadReadableScenario(db, id, user);
  const rows = await db.scenarioRevision.findMany({
    where: { scenarioId: scenario.id },
    orderBy: { revision: "asc" },
    select: { revision: true, createdAt: true, params: true, author: { select: { id: true, name: true, email: true } } },
  });
  let previous: ScenarioParams | null = null;
  const entries: ScenarioRevisionEntry[] = [];
  for (const row of rows) {
    const params = scenarioParamsSchema.parse(row.params);
    entries.push({
      revision: row.revision,
      createdAt: row.createdAt,
      author: row.author ? { id: row.author.id, name: personName(row.author) } : null,
      params,
      changes: diffParams(previous, params),
    });
    previous = params;
  }
  return entries.reverse();
}
