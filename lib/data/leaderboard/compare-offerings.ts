import "server-only";

import type { UserRef } from "@/lib/auth/types";
import { db } from "@/lib/db";
import { ValidationError } from "@/lib/errors";
import type { CompareQuery } from "@/lib/validation/compare-query";

import { getLeaderboard, type LeaderboardRow } from "./get-leaderboard";
import { resolveLeaderboardParams } from "./resolve-leaderboard-params";

export type ComparedOffering = { slug: string; name: string; row: LeaderboardRow | null };

// 2–4 offerings side by side for one model, each with its cost split into rent or capex/opex/power.
export async function compareOfferings({ query, user }: { query: CompareQuery; user: UserRef | null }) {
  const [model, offerings] = await Promise.all([
    db.model.findUnique({ where: { slug: query.model }, select: { slug: true, name: true } }),
    db.offering.findMany({ where: { slug: { in: query.offerings } }, select: { slug: true, name: true } }),
  ]);
  // Each unknown slug is reported at the field that named it, both at once.
  const errors = query.offerings.filter((s) => !offerings.some((o) => o.slug === s)).map((s) => ({ path: "offerings", message: `Unknown offering "${s}"` }));
  if (!model) throw new ValidationError([{ path: "model", message: `Unknown model "${query.model}"` }, ...errors]);
  if (errors.length) throw new ValidationError(errors);

  const { params, scenario } = await resolveLeaderboardParams({
    query: { ...query, format: "json", modelType: undefined, vendor: undefined, limit: undefined },
    user,
  });
  const board = await getLeaderboard({ params: { ...params, models: [model.slug] }, asOf: query.asOf });
  const bySlug = new Map(board.rows.map((r) => [r.offeringSlug, r]));
  const compared: ComparedOffering[] = query.offerings.map((slug) => ({
    slug,
    name: offerings.find((o) => o.slug === slug)!.name,
    row: bySlug.get(slug) ?? null,
  }));
  return { model, params: board.params, asOf: board.asOf, scenario, offerings: compared };
}
