import "server-only";

import { db } from "@/lib/db";

/** Display names of catalog models by slug, for the slugs a scenario page shows; unknown slugs are left out. */
export async function getModelNames({ slugs }: { slugs: readonly string[] }): Promise<Record<string, string>> {
  const wanted = [...new Set(slugs)];
  if (wanted.length === 0) return {};
  const rows = await db.model.findMany({ where: { slug: { in: wanted } }, select: { slug: true, name: true } });
  return Object.fromEntries(rows.map((m) => [m.slug, m.name]));
}
