import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { ModelTypeLeaderboard } from "@/components/leaderboard/leaderboard-pages";
import { modelTypeBySlug } from "@/lib/cost/model-type";

export async function generateMetadata({ params }: PageProps<"/leaderboard/[modelType]">): Promise<Metadata> {
  const type = modelTypeBySlug((await params).modelType);
  return { title: type ? `${type.label} leaderboard` : "Leaderboard" };
}

// Filtered views and signed-in visitors; the anonymous default view is cached (app/static-views).
export default async function ModelTypeLeaderboardPage({ params, searchParams }: PageProps<"/leaderboard/[modelType]">) {
  const type = modelTypeBySlug((await params).modelType);
  if (!type) notFound();
  return <ModelTypeLeaderboard type={type} searchParams={await searchParams} />;
}
