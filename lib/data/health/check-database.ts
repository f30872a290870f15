import "server-only";

import { db } from "@/lib/db";

export async function checkDatabase(): Promise<{ ok: boolean; latencyMs: number; migrations?: number; error?: string }> {
  const started = performance.now();
  try {
    const rows = await db.$queryRaw<{ count: bigint }[]>`SELECT count(*)::bigint AS count FROM "_prisma_migrations" WHERE finished_at IS NOT NULL`;
    return { ok: true, latencyMs: Math.round(performance.now() - started), migrations: Number(rows[0]?.count ?? 0) };
  } catch (error) {
    return { ok: false, latencyMs: Math.round(performance.now() - started), error: (error as Error).message.split("\n")[0].slice(0, 200) };
  }
}
