import type { Metadata } from "next";

import { Link } from "@/components/ui/link";
import { TableWrap } from "@/components/ui/table-wrap";
import { requirePageUser } from "@/lib/auth/page-guards";
import { listScenarios } from "@/lib/data/scenarios/list-scenarios";
import { formatDay } from "@/lib/format/dates";

export const metadata: Metadata = { title: "Scenarios" };

export default async function ScenariosPage() {
  const user = await requirePageUser("/scenarios");
  const caller = user;
  const scenarios = await listScenarios({ user: caller });
  return (
    <div className="space-y-4">
      <h1>Scenarios</h1>
      <p className="max-w-3xl text-slate-600 dark:text-slate-400">
        A scenario is a named set of assumptions (electricity price, PUE, utilization, amortization, token basis, interactivity target, precisions and features)
        that re-ranks every leaderboard. Private scenarios are yours; team scenarios are read by every member and edited by the team&apos;s owners and admins.
        Every edit adds a revision.
      </p>
      <div className="flex flex-wrap gap-4 text-sm">
        <Link href="/scenarios/new" className="rounded bg-brand-600 px-3 py-1.5 font-medium text-white hover:bg-brand-700" data-testid="new-scenario">
          New scenario
        </Link>
        {scenarios.length >= 2 ? (
          <Link href="/scenarios/compare" className="self-center" data-testid="compare-scenarios">
            Compare two scenarios
          </Link>
        ) : null}
      </div>
      {scenarios.length === 0 ? (
        <p data-testid="no-scenarios">
          No scenarios yet. Set filters on the <Link href="/leaderboard">leaderboard</Link> and choose &quot;Save as scenario&quot;, or start a new one.
        </p>
      ) : (
        <TableWrap label="Scenarios">
          <table data-testid="scenarios-table">
            <caption className="sr-only">Your and your teams&apos; scenarios</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Shared with</th>
                <th scope="col">Owner</th>
                <th scope="col">Revision</th>
                <th scope="col">Updated</th>
                <th scope="col">Leaderboard</th>
              </tr>
            </thead>
            <tbody>
              {scenarios.map((s) => (
                <tr key={s.id} data-scenario-id={s.id}>
                  <td>
                    <Link href={`/scenarios/${s.id}`}>{s.name}</Link>
                    {s.isDefault ? (
                      <span className="ml-2 rounded bg-sky-100 px-1.5 text-xs text-sky-900 dark:bg-sky-900 dark:text-sky-100">default</span>
                    ) : null}
                  </td>
                  <td>{s.visibility === "team" && s.team ? `Team ${s.team.name}` : "Private"}</td>
                  <td>{s.owner.name}</td>
                  <td>{s.latestRevision}</td>
                  <td>{formatDay(s.updatedAt)}</td>
                  <td>
                    <Link href={`/leaderboard?scenario=${s.id}`}>Rank under it</Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
    </div>
  );
}
