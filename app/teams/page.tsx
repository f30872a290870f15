import type { Metadata } from "next";

import { CreateTeamForm } from "@/components/teams/create-team-form";
import { Link } from "@/components/ui/link";
import { TableWrap } from "@/components/ui/table-wrap";
import { requirePageUser } from "@/lib/auth/page-guards";
import { listMyTeams } from "@/lib/data/teams/list-my-teams";

import { createTeamAction } from "./actions";

export const metadata: Metadata = { title: "Teams" };

export default async function TeamsPage({ searchParams }: PageProps<"/teams">) {
  const user = await requirePageUser("/teams");
  const [teams, { notice }] = await Promise.all([listMyTeams({ user }), searchParams]);
  return (
    <div className="space-y-6">
      <h1>Teams</h1>
      {notice === "invitation-declined" ? (
        <p role="status" className="text-sm text-emerald-700 dark:text-emerald-300" data-testid="teams-notice">
          Invitation declined: the link no longer works and the team sees it is no longer open.
        </p>
      ) : null}
      <p className="max-w-prose text-sm text-slate-600 dark:text-slate-400">
        Teams share scenarios. Pick the active team in the header; invite people with a link.
      </p>
      {teams.length === 0 ? (
        <p className="text-sm" data-testid="no-teams">
          You are not in any team yet.
        </p>
      ) : (
        <TableWrap label="Your teams">
          <table data-testid="teams-table">
            <thead>
              <tr>
                <th scope="col">Team</th>
                <th scope="col">Your role</th>
                <th scope="col">Members</th>
                <th scope="col">Active</th>
              </tr>
            </thead>
            <tbody>
              {teams.map((team) => (
                <tr key={team.id} data-testid="team-row">
                  <td>
                    <Link href={`/teams/${team.id}`}>{team.name}</Link>
                  </td>
                  <td>{team.role}</td>
                  <td>{team.memberCount}</td>
                  <td>{team.active ? "yes" : ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      <section className="max-w-md space-y-3">
        <h2>Create a team</h2>
        <CreateTeamForm action={createTeamAction} />
      </section>
    </div>
  );
}
