import { ArrowIcon } from "@/components/ui/arrow-icon";
import { Link } from "@/components/ui/link";
import type { ScenarioRevisionEntry } from "@/lib/data/scenarios/list-revisions";

import { displayChange, type ModelNames } from "./param-display";

// Who changed what: one entry per revision, newest first, listing the parameters it changed.
export function RevisionHistory({
  scenarioId,
  revisions,
  modelNames = {},
}: {
  scenarioId: string;
  revisions: ScenarioRevisionEntry[];
  modelNames?: ModelNames;
}) {
  return (
    <ol className="space-y-3" data-testid="revision-history">
      {revisions.map((r, i) => (
        <li
          key={r.revision}
          className="rounded border border-slate-200 p-3 text-sm dark:border-slate-800"
          data-testid="revision-entry"
          data-revision={r.revision}
        >
          <p>
            <span className="font-semibold">Revision {r.revision}</span> · {r.author?.name ?? "a deleted user"} ·{" "}
            <time dateTime={r.createdAt.toISOString()}>{r.createdAt.toISOString().slice(0, 16).replace("T", " ")} UTC</time> ·{" "}
            <Link href={`/leaderboard?scenario=${scenarioId}&revision=${r.revision}`}>leaderboard pinned to this revision</Link>
          </p>
          {r.changes.length === 0 ? (
            <p className="text-slate-600 dark:text-slate-400">
              {r.revision === 1 ? "Created with the default assumptions." : "No parameter changed (name or sharing only)."}
            </p>
          ) : (
            <ul className="list-disc pl-5">
              {/* Newest first: the revision before this one is the next entry (none for revision 1). */}
              {r.changes
                .map((change) => displayChange(change, revisions[i + 1]?.params ?? null, r.params, modelNames))
                .map((c) => (
                  <li key={c.key}>
                    {r.revision === 1 ? (
                      <>
                        {c.label}: {c.after} <span className="text-slate-500">(default {c.before})</span>
                      </>
                    ) : (
                      <>
                        {c.label}: {c.before} <ArrowIcon label="to" /> {c.after}
                      </>
                    )}
                  </li>
                ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}
