// A migrated, seeded PostgreSQL (Debian's PostgreSQL 15, tests/support/external-pg.ts) that a fault test
// may stop and start again, plus a Prisma client and API tokens made directly in the database.
import { scopesAllowedForRole } from "@/lib/auth/roles";
import { API_TOKEN_DISPLAY_PREFIX_LENGTH, API_TOKEN_PREFIX, generateSecret, sha256Hex } from "@/lib/auth/secrets";
import { createPrismaClient, type PrismaClient } from "@/lib/db/client";
import { runMigrateDeploy, runSeed } from "@/ops/db-scripts";

import { startExternalPostgres, type ExternalPostgres } from "../../support/external-pg";

export interface FaultDatabase {
  server: ExternalPostgres;
  prisma: PrismaClient;
  close(): Promise<void>;
}

export async function startFaultDatabase(): Promise<FaultDatabase> {
  const server = await startExternalPostgres({ portRange: [56000, 56999] });
  try {
    await runMigrateDeploy({ databaseUrl: server.url, stdio: "pipe" });
    await runSeed({ databaseUrl: server.url, stdio: "pipe" });
  } catch (error) {
    await server.stop();
    throw error;
  }
  const prisma = createPrismaClient(server.url);
  return {
    server,
    prisma,
    close: async () => {
      await prisma.$disconnect().catch(() => undefined);
      await server.stop();
    },
  };
}

/** A user with the given site role and a bearer token carrying every scope that role may hold. */
export async function createUserWithToken(
  prisma: PrismaClient,
  role: "user" | "moderator" | "admin",
  label: string,
): Promise<{ userId: string; token: string }> {
  const user = await prisma.user.create({ data: { email: `${label}-${Math.random().toString(36).slice(2, 10)}@faults.example`, name: label, role } });
  const token = generateSecret(API_TOKEN_PREFIX);
  await prisma.apiToken.create({
    data: {
      userId: user.id,
      name: label,
      prefix: token.slice(0, API_TOKEN_DISPLAY_PREFIX_LENGTH),
      tokenHash: sha256Hex(token),
      scopes: scopesAllowedForRole(role),
    },
  });
  return { userId: user.id, token };
}
