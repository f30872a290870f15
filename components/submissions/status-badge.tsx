const STYLE: Record<string, string> = {
  pending: "bg-slate-100 text-slate-800 dark:bg-slate-800 dark:text-slate-100",
  flagged: "bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-100",
  approved: "bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100",
  rejected: "bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-100",
};

export function StatusBadge({ status }: { status: string }) {
  return (
    <span
      className={`inline-block rounded px-2 py-0.5 text-xs font-semibold ${STYLE[status] ?? STYLE.pending}`}
      data-testid="submission-status"
      data-status={status}
    >
      {status}
    </span>
  );
}
