import { LeaderboardView, type RawSearchParams } from "@/components/leaderboard/leaderboard-view";
import { Link } from "@/components/ui/link";
import { MODEL_TYPES, type ModelType } from "@/lib/cost/model-type";

// The two leaderboard pages, shared by their dynamic routes (filters, signed-in users) and the cached
// anonymous default views (app/static-views), which pass `anonymous` so no session is read. The view
// renders the heading: a signed-in user's default scenario can narrow what is ranked.
type Props = { searchParams: RawSearchParams; anonymous?: boolean };

export function AllModelsLeaderboard({ searchParams, anonymous }: Props) {
  return (
    <div className="space-y-4">
      <LeaderboardView
        searchParams={searchParams}
        action="/leaderboard"
        anonymous={anonymous}
        intro={
          <nav aria-label="Model types" className="flex flex-wrap gap-3 text-sm">
            {MODEL_TYPES.map((t) => (
              <Link key={t.slug} href={`/leaderboard/${t.slug}`}>
                {t.label}
              </Link>
            ))}
          </nav>
        }
      />
    </div>
  );
}

export function ModelTypeLeaderboard({ type, searchParams, anonymous }: Props & { type: ModelType }) {
  return (
    <div className="space-y-4">
      <LeaderboardView
        searchParams={searchParams}
        modelType={type.slug}
        action={`/leaderboard/${type.slug}`}
        anonymous={anonymous}
        breadcrumb={
          <p className="text-sm text-slate-500">
            <Link href="/leaderboard">Leaderboard</Link>
          </p>
        }
        intro={<p className="text-slate-600 dark:text-slate-400">{type.description}</p>}
      />
    </div>
  );
}
