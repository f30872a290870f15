import { LeaderboardView, type RawSearchParams } from "@/components/leaderboard/leaderboard-view";
import { Link } from "@/components/ui/link";
import { MODEL_TYPES, type ModelType } from "@/lib/cost/model-type";
import { listRankingOptions } from "@/lib/data/leaderboard/list-ranking-options";

// The two leaderboard pages, shared by their dynamic routes (filters, signed-in users) and the cached
// anonymous default views (app/static-views), which pass `anonymous` so no session is read.
type Props = { searchParams: RawSearchParams; anonymous?: boolean };

export async function AllModelsLeaderboard({ searchParams, anonymous }: Props) {
  const modelSlug = typeof searchParams.model === "string" ? searchParams.model : undefined;
  const model = modelSlug ? (await listRankingOptions()).models.find((m) => m.slug === modelSlug) : undefined;
  return (
    <div className="space-y-4">
      <h1>Cost per million tokens: {model ? model.name : "all models"}</h1>
      <nav aria-label="Model types" className="flex flex-wrap gap-3 text-sm">
        {MODEL_TYPES.map((t) => (
          <Link key={t.slug} href={`/leaderboard/${t.slug}`}>
            {t.label}
          </Link>
        ))}
      </nav>
      <LeaderboardView searchParams={searchParams} action="/leaderboard" anonymous={anonymous} />
    </div>
  );
}

export function ModelTypeLeaderboard({ type, searchParams, anonymous }: Props & { type: ModelType }) {
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-500">
        <Link href="/leaderboard">Leaderboard</Link>
      </p>
      <h1>Cost per million tokens: {type.label}</h1>
      <p className="text-slate-600 dark:text-slate-400">{type.description}</p>
      <LeaderboardView searchParams={searchParams} modelType={type.slug} action={`/leaderboard/${type.slug}`} anonymous={anonymous} />
    </div>
  );
}
