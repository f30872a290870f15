import type { PrismaClient } from "@/lib/generated/prisma/client";

/** Migrations applied (finished, not rolled back) to the database, by name; [] when none. */
export async function listAppliedMigrations(prisma: PrismaClient): Promise<string[]> {
  const table = await prisma.$queryRaw<{ exists: boolean }[]>`SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS exists`;
  if (!table[0]?.exists) return [];
  const rows = await prisma.$queryRaw<{ migration_name: string }[]>`
    SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`;
  return rows.map((row) => row.migration_name);
}
