import "server-only";
import { db } from "@/lib/db";
import type { UserRef } from "@/lib/auth/types";

/** The caller's default scenario id, if any. Whether it is still readable is checked where it is used. */
export async function getDefaultScenarioId({ caller }: { caller: UserRef | null }): Promise<string | null> {
  if (!caller || typeof caller.id !== "string" || caller.id.length === 0) return null;
  const user = await db.user.findUnique({ where: { id: caller.id }, select: { defaultScenarioId: true } });
  return user?.defaultScenarioId ?? null;
}
