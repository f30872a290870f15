import type { Metadata } from "next";

import { MySubmissionsTable } from "@/components/submissions/my-submissions-table";
import { Link } from "@/components/ui/link";
import { requirePageUser } from "@/lib/auth/page-guards";
import { listMySubmissions } from "@/lib/data/submissions/list-my-submissions";

export const metadata: Metadata = { title: "Your submissions" };

function pageOf(value: string | string[] | undefined): number {
  const n = Number(Array.isArray(value) ? value[0] : value);
  return Number.isInteger(n) && n > 0 ? n : 1;
}

export default async function MySubmissionsPage({ searchParams }: PageProps<"/submissions/mine">) {
  const user = await requirePageUser("/submissions/mine");
  const mine = await listMySubmissions({ user, page: pageOf((await searchParams).page) });
  return (
    <div className="space-y-4">
      <h1>Your submissions</h1>
      <p className="text-sm text-slate-700 dark:text-slate-300" data-testid="my-counts">
        {mine.total} in total: {mine.countsByStatus.pending} pending, {mine.countsByStatus.flagged} flagged, {mine.countsByStatus.approved} approved,{" "}
        {mine.countsByStatus.rejected} rejected. <Link href="/submit">Submit another</Link> or <Link href="/submit/import">import a file</Link>.
      </p>
      {mine.items.length === 0 ? <p>You have not submitted any result yet.</p> : <MySubmissionsTable items={mine.items} />}
      {mine.pageCount > 1 ? (
        <nav aria-label="Pages" className="flex gap-3 text-sm">
          {mine.page > 1 ? <Link href={`/submissions/mine?page=${mine.page - 1}`}>Previous</Link> : null}
          <span>
            Page {mine.page} of {mine.pageCount}
          </span>
          {mine.page < mine.pageCount ? <Link href={`/submissions/mine?page=${mine.page + 1}`}>Next</Link> : null}
        </nav>
      ) : null}
    </div>
  );
}
