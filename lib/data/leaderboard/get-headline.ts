import "server-only";

import { MODEL_TYPES } from "@/lib/cost/model-type";
import { DEFAULT_SCENARIO_PARAMS } from "@/lib/validation/scenario-params";

import { getLeaderboard, type LeaderboardRow } from "./get-leaderboard";

export type HeadlineEntry = {
  modelType: { slug: string; label: string; description: string };
  cloud: LeaderboardRow | null;
  onprem: LeaderboardRow | null;
  /** Cheapest ownership estimate, shown on its own labelled line, never as a cloud or on-prem price. */
  estimate: LeaderboardRow | null;
};

// The home page's answer: under default assumptions, the cheapest cloud and on-prem row per model type.
// Each card reads the leaderboard of its own deployment kind, which holds only offerings of that kind.
export async function getHeadline(): Promise<HeadlineEntry[]> {
  const [cloud, onprem, estimate] = await Promise.all(
    (["cloud", "onprem", "estimate"] as const).map((deployment) => getLeaderboard({ params: { ...DEFAULT_SCENARIO_PARAMS, deployment } })),
  );
  const cheapest = (rows: LeaderboardRow[], type: string) => rows.find((r) => r.modelType === type) ?? null;
  return MODEL_TYPES.map((t) => ({
    modelType: { slug: t.slug, label: t.label, description: t.description },
    cloud: cheapest(cloud.rows, t.slug),
    onprem: cheapest(onprem.rows, t.slug),
    estimate: cheapest(estimate.rows, t.slug),
  })).filter((e) => e.cloud || e.onprem || e.estimate);
}
