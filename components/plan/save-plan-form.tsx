import { savePlanAction } from "@/app/plan/actions";
import { ActionForm } from "@/components/ui/action-form";

type Team = { id: string; name: string };
type Current = { id: string; name: string; revision: number; share: string; canEdit: boolean } | null;

const inputClass = "w-full rounded border border-slate-300 bg-white px-2 py-1.5 dark:border-slate-600 dark:bg-slate-900";
const buttonClass = "rounded bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700";

// Saves what is on screen: the effective assumptions and plan inputs travel as one JSON field.
export function SavePlanForm({ payload, teams, current }: { payload: string; teams: Team[]; current: Current }) {
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <ActionForm action={savePlanAction} className="space-y-2 rounded-lg border border-slate-200 p-4 dark:border-slate-800" testId="save-plan">
        <h3 className="text-base font-semibold">Save as a new scenario</h3>
        <input type="hidden" name="payload" value={payload} />
        <label htmlFor="plan-name" className="block text-sm font-medium">
          Name
        </label>
        <input id="plan-name" name="name" required maxLength={120} className={inputClass} data-testid="save-plan-name" />
        <label htmlFor="plan-share" className="block text-sm font-medium">
          Share with
        </label>
        <select id="plan-share" name="share" className={inputClass} data-testid="save-plan-share" defaultValue="private">
          <option value="private">Only me</option>
          {teams.map((t) => (
            <option key={t.id} value={`team:${t.id}`}>
              Team {t.name}
            </option>
          ))}
        </select>
        <button type="submit" className={buttonClass} data-testid="save-plan-submit">
          Save plan
        </button>
      </ActionForm>
      {current?.canEdit ? (
        <ActionForm action={savePlanAction} className="space-y-2 rounded-lg border border-slate-200 p-4 dark:border-slate-800" testId="save-plan-revision">
          <h3 className="text-base font-semibold">Save as revision {current.revision + 1}</h3>
          <p className="text-sm">Of “{current.name}”: older revisions keep their links.</p>
          <input type="hidden" name="payload" value={payload} />
          <input type="hidden" name="revisionOf" value={current.id} />
          <input type="hidden" name="expectedRevision" value={current.revision} />
          <input type="hidden" name="name" value={current.name} />
          <input type="hidden" name="share" value={current.share} />
          <button type="submit" className={buttonClass} data-testid="save-plan-revision-submit">
            Save revision
          </button>
        </ActionForm>
      ) : null}
    </div>
  );
}
