import type { Metadata } from "next";
import Link from "next/link";
import { LeaderboardView } from "@/components/leaderboard/leaderboard-view";
import { MODEL_TYPES } from "@/lib/cost/model-type";
import { listRankingOptions } from "@/lib/data/leaderboard/list-ranking-options";

export const metadata: Metadata = { title: "Leaderboard" };

export default async function LeaderboardPage({ searchParams }: PageProps<"/leaderboard">) {
  const raw = await searchParams;
  const modelSlug = typeof raw.model === "string" ? raw.model : undefined;
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
      <LeaderboardView searchParams={raw} action="/leaderboard" />
    </div>
  );
}
