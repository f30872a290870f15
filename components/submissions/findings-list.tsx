import type { PlausibilityFinding } from "@/lib/cost/plausibility";

const SEVERITY_STYLE: Record<PlausibilityFinding["severity"], string> = {
  error: "border-red-300 bg-red-50 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100",
  warning: "border-amber-300 bg-amber-50 text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100",
  info: "border-slate-300 bg-slate-50 text-slate-800 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-200",
};

const SEVERITY_LABEL: Record<PlausibilityFinding["severity"], string> = {
  error: "Impossible",
  warning: "Check",
  info: "Note",
};

// Plausibility findings with their numbers; shown to the submitter and to moderators alike.
export function FindingsList({
  findings,
  emptyText = "No plausibility findings: the result is within every physical bound checked.",
}: {
  findings: PlausibilityFinding[];
  emptyText?: string;
}) {
  if (findings.length === 0) {
    return (
      <p className="text-sm text-emerald-800 dark:text-emerald-300" data-testid="findings-none">
        {emptyText}
      </p>
    );
  }
  return (
    <ul className="space-y-2" data-testid="findings">
      {findings.map((f, i) => (
        <li
          key={`${f.code}-${i}`}
          className={`rounded border p-2 text-sm ${SEVERITY_STYLE[f.severity]}`}
          data-testid="finding"
          data-severity={f.severity}
          data-code={f.code}
        >
          <span className="mr-2 font-semibold uppercase tracking-wide">{SEVERITY_LABEL[f.severity]}</span>
          {f.message}
        </li>
      ))}
    </ul>
  );
}
