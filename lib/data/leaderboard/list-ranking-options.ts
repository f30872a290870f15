import "server-only";

import { getRankingSnapshot } from "./ranking-snapshot";

// Filter choices for leaderboard views, read from the in-memory snapshot (no query per render).
export async function listRankingOptions({ modelType }: { modelType?: string } = {}) {
  const snapshot = await getRankingSnapshot();
  const models = [...snapshot.models.values()]
    .filter((m) => !modelType || m.modelType === modelType)
    .map((m) => ({ slug: m.slug, name: m.name }))
    .sort((a, b) => a.name.localeCompare(b.name));
  const vendors = [...snapshot.vendorsBySlug.values()].map((v) => ({ slug: v.slug, name: v.name })).sort((a, b) => a.name.localeCompare(b.name));
  return { models, vendors };
}
