import "server-only";

import { ValidationError } from "@/lib/errors";

import type { Client } from "./load-scenario";

/**
 * Model slugs live in the catalog, so the zod schema cannot know them: a scenario naming a model the
 * catalog lacks would save fine and then break every leaderboard ranked under it. One query.
 */
export async function assertKnownModels(client: Client, models: readonly string[] | undefined): Promise<void> {
  if (!models || models.length === 0) return;
  const wanted = [...new Set(models)];
  const found = await client.model.findMany({ where: { slug: { in: wanted } }, select: { slug: true } });
  const known = new Set(found.map((m) => m.slug));
  const unknown = wanted.filter((slug) => !known.has(slug));
  if (unknown.length === 0) return;
  const message = unknown.length === 1 ? `Unknown model "${unknown[0]}"` : `Unknown models ${unknown.map((s) => `"${s}"`).join(", ")}`;
  throw new ValidationError([{ path: "params.models", message }], 422);
}
