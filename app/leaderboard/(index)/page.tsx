import type { Metadata } from "next";

import { AllModelsLeaderboard } from "@/components/leaderboard/leaderboard-pages";

export const metadata: Metadata = { title: "Leaderboard" };

// Filtered views and signed-in visitors; the anonymous default view is cached (app/static-views).
export default async function LeaderboardPage({ searchParams }: PageProps<"/leaderboard">) {
  return <AllModelsLeaderboard searchParams={await searchParams} />;
}
