"use client";

import { useEffect } from "react";

// A page that failed while rendering (an unexpected error, not bad input: that is reported on the page
// itself). The digest lets an operator find the server's log line; no details reach the browser.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div className="space-y-3 py-16 text-center" data-testid="page-error">
      <h1>Something went wrong</h1>
      <p className="text-slate-600 dark:text-slate-400">This page could not be shown. Try again in a moment.</p>
      {error.digest ? <p className="text-xs text-slate-500">Reference: {error.digest}</p> : null}
      <button type="button" onClick={reset} className="rounded border border-slate-300 px-3 py-1.5 text-sm dark:border-slate-600">
        Try again
      </button>
    </div>
  );
}
