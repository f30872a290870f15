"use client";

import { usePathname } from "next/navigation";

/** Header control: picks the active team (a plain form, so it also works without JavaScript). */
export function ActiveTeamPicker({
  teams,
  activeTeamId,
  action,
}: {
  teams: { id: string; name: string }[];
  activeTeamId: string | null;
  action: (formData: FormData) => Promise<void>;
}) {
  const pathname = usePathname();
  return (
    <form action={action} className="flex items-center gap-1" data-testid="active-team-form">
      <input type="hidden" name="returnTo" value={pathname} />
      <label htmlFor="active-team" className="sr-only">
        Active team
      </label>
      <select
        id="active-team"
        name="teamId"
        defaultValue={activeTeamId ?? ""}
        data-testid="active-team-select"
        onChange={(event) => event.currentTarget.form?.requestSubmit()}
        className="max-w-28 rounded border border-slate-300 bg-white px-1 py-1 text-sm sm:max-w-40 dark:border-slate-600 dark:bg-slate-900"
      >
        <option value="">No team</option>
        {teams.map((team) => (
          <option key={team.id} value={team.id}>
            {team.name}
          </option>
        ))}
      </select>
      <button type="submit" className="sr-only focus:not-sr-only" data-testid="active-team-submit">
        Switch team
      </button>
    </form>
  );
}
