/**
 * What a page shows while its data loads (used by loading.tsx files): a status region whose visible
 * text says what is loading, so screen readers announce it too; the placeholder bars are decoration.
 * A server component: it adds no client JavaScript.
 */
export function PageLoading({ label }: { label: string }) {
  return (
    <div role="status" aria-live="polite" className="space-y-3 py-6" data-testid="page-loading">
      <p className="text-sm text-slate-600 dark:text-slate-400">{label}</p>
      <div aria-hidden="true" className="space-y-3">
        <div className="h-4 w-2/3 animate-pulse rounded bg-slate-200 dark:bg-slate-800" />
        <div className="h-4 w-1/2 animate-pulse rounded bg-slate-200 dark:bg-slate-800" />
        <div className="h-32 w-full animate-pulse rounded bg-slate-100 dark:bg-slate-900" />
      </div>
    </div>
  );
}
