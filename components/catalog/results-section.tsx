import { ResultsTable, type ResultsTableRow } from "@/components/catalog/results-table";
import { Pager } from "@/components/ui/pager";

// The "Benchmark results" section of a hardware or model page: one server-side page of approved
// results, links to the same list as data, and the pager.
export function ResultsSection({
  results,
  show,
  filter,
  pageHref,
  emptyText,
  className = "space-y-2",
}: {
  results: { total: number; page: number; pageCount: number; pageSize: number; results: ResultsTableRow[] };
  show: "model" | "accelerator";
  /** The results API's filter for the same list, e.g. `{ model: "llama-2-70b" }`. */
  filter: Record<string, string>;
  pageHref: (page: number) => string;
  emptyText: string;
  className?: string;
}) {
  const query = new URLSearchParams(filter).toString();
  return (
    <section aria-labelledby="results" className={className}>
      <h2 id="results">Benchmark results ({results.total})</h2>
      {results.total ? (
        <>
          <p className="text-sm text-slate-600 dark:text-slate-400">
            Also as data: <a href={`/api/v1/results?${query}`}>JSON</a> · <a href={`/api/v1/results?${query}&format=csv`}>CSV</a>
          </p>
          <ResultsTable results={results.results} show={show} />
          <Pager
            page={results.page}
            pageCount={results.pageCount}
            pageSize={results.pageSize}
            total={results.total}
            href={pageHref}
            label="Result pages"
            testId="results-pagination"
          />
        </>
      ) : (
        <p>{emptyText}</p>
      )}
    </section>
  );
}
