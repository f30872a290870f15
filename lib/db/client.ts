import { PrismaPg } from "@prisma/adapter-pg";

import { PrismaClient } from "@/lib/generated/prisma/client";

// Plain factory, usable from CLIs and tests; the app imports the singleton from "@/lib/db".
export function createPrismaClient(connectionString = process.env.DATABASE_URL): PrismaClient {
  if (!connectionString) {
    throw new Error("DATABASE_URL is not set: start the app with `npm start` (embedded PostgreSQL) or set it.");
  }
  // A bounded connect timeout: with the database down, requests fail fast (503) instead of hanging.
  const adapter = new PrismaPg({
    connectionString,
    max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
    connectionTimeoutMillis: Number(process.env.DATABASE_CONNECT_TIMEOUT_MS ?? 5000),
  });
  return new PrismaClient({ adapter });
}

export type { PrismaClient };
