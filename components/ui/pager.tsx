import { ArrowIcon } from "@/components/ui/arrow-icon";
import { Link } from "@/components/ui/link";

/**
 * Previous / next links of a list paginated on the server, with where the page sits in the list.
 * Nothing when everything fits on one page.
 */
export function Pager({
  page,
  pageCount,
  pageSize,
  total,
  href,
  label,
  testId,
}: {
  page: number;
  pageCount: number;
  pageSize: number;
  total: number;
  href: (page: number) => string;
  label: string;
  testId: string;
}) {
  if (pageCount <= 1) return null;
  const first = (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  return (
    <nav aria-label={label} className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm" data-testid={testId}>
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev" data-testid="pager-previous">
          <ArrowIcon direction="left" spaced />
          Previous
        </Link>
      ) : (
        <span className="text-slate-500">
          <ArrowIcon direction="left" spaced />
          Previous
        </span>
      )}
      <span data-testid="pager-status">
        Page {page} of {pageCount} · {first}–{last} of {total}
      </span>
      {page < pageCount ? (
        <Link href={href(page + 1)} rel="next" data-testid="pager-next">
          Next
          <ArrowIcon spaced />
        </Link>
      ) : (
        <span className="text-slate-500">
          Next
          <ArrowIcon spaced />
        </span>
      )}
    </nav>
  );
}
