import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { LeaderboardView } from "@/components/leaderboard/leaderboard-view";
import { modelTypeBySlug } from "@/lib/cost/model-type";

export async function generateMetadata({ params }: PageProps<"/leaderboard/[modelType]">): Promise<Metadata> {
  const type = modelTypeBySlug((await params).modelType);
  return { title: type ? `${type.label} leaderboard` : "Leaderboard" };
}

export default async function ModelTypeLeaderboardPage({ params, searchParams }: PageProps<"/leaderboard/[modelType]">) {
  const type = modelTypeBySlug((await params).modelType);
  if (!type) notFound();
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-500">
        <Link href="/leaderboard">Leaderboard</Link>
      </p>
      <h1>Cost per million tokens: {type.label}</h1>
      <p className="text-slate-600 dark:text-slate-400">{type.description}</p>
      <LeaderboardView searchParams={await searchParams} modelType={type.slug} action={`/leaderboard/${type.slug}`} />
    </div>
  );
}
