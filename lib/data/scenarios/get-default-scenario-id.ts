import "server-only";

import type { UserRef } from "@/lib/auth/types";
import { db } from "@/lib/db";

/** The user's default scenario id, if any. Whether it is still readable is checked where it is used. */
export async function getDefaultScenarioId({ user }: { user: UserRef | null }): Promise<string | null> {
  if (!user || typeof user.id !== "string" || user.id.length === 0) return null;
  const row = await db.user.findUnique({ where: { id: user.id }, select: { defaultScenarioId: true } });
  return row?.defaultScenarioId ?? null;
}
