import "server-only";

import type { UserRef } from "@/lib/auth/types";
import { db } from "@/lib/db";
import { diffParams, type ParamChange } from "@/lib/pure/diff-params";
import { scenarioParamsSchema } from "@/lib/validation/scenario-params";

import { scenarioNotFound } from "./access";
import { loadReadableScenario } from "./load-scenario";

/** The parameter changes between any two revisions of a readable scenario (from → to, either order). */
export async function diffRevisions({
  id,
  user,
  from,
  to,
}: {
  id: unknown;
  user: UserRef | null;
  from: number;
  to: number;
}): Promise<{ from: number; to: number; changes: ParamChange[] }> {
  const { scenario } = await loadReadableScenario(db, id, user);
  const wanted = [...new Set([from, to])].filter((r) => Number.isInteger(r) && r > 0);
  const rows = await db.scenarioRevision.findMany({
    where: { scenarioId: scenario.id, revision: { in: wanted } },
    select: { revision: true, params: true },
  });
  const byRevision = new Map(rows.map((r) => [r.revision, scenarioParamsSchema.parse(r.params)]));
  const before = byRevision.get(from);
  const after = byRevision.get(to);
  if (!before) throw scenarioNotFound(`${scenario.id} revision ${from}`);
  if (!after) throw scenarioNotFound(`${scenario.id} revision ${to}`);
  return { from, to, changes: diffParams(before, after) };
}
